// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.archive.TermRarity;

/**
 * The features of one (sentence, fact-check) pair, in {@link #NAMES} order, with the words that
 * explain them. Everything is in [0, 1] except {@code length_gap}, so plain logistic regression
 * needs no scaling.
 */
record PairFeatures(double[] values, List<String> agrees, List<String> differs) {
  static final List<String> NAMES = List.of("similarity", "coverage_of_check",
      "coverage_of_sentence", "predicate_coverage", "check_names_missing", "shared_names",
      "numbers_agree", "numbers_differ", "years_agree", "years_differ", "negation_differs",
      "claimant_agrees", "claimant_differs", "length_gap");

  static PairFeatures of(ClaimParts sentence, ClaimParts check, ClaimParts checkTitle,
      double similarity, TermRarity rarity) {
    List<String> agrees = new ArrayList<>();
    List<String> differs = new ArrayList<>();
    Set<String> sentenceStems = sentence.stems().keySet();
    Set<String> checkAll = new LinkedHashSet<>(check.stems().keySet());
    checkAll.addAll(checkTitle.stems().keySet());
    double coverageOfCheck = coverage(check.stems().keySet(), sentenceStems, rarity);
    double coverageOfSentence = coverage(sentenceStems, checkAll, rarity);
    Set<String> predicate = check.predicateStems();
    double predicateCoverage = coverage(predicate, sentenceStems, rarity);

    Set<String> sharedNames = new LinkedHashSet<>(check.names().keySet());
    sharedNames.retainAll(sentence.names().keySet());
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> n : check.names().entrySet()) {
      if (!sentence.names().containsKey(n.getKey()) && !sentenceStems.containsAll(
          ClaimParts.stemsWithWords(n.getKey(), ClaimEquivalence.ANALYZER).keySet())) {
        missing.add(n.getValue());
      }
    }
    double namesMissing = check.names().isEmpty() ? 0 : missing.size() / (double) check.names().size();
    if (!sharedNames.isEmpty()) {
      agrees.add("names: " + String.join(", ", sharedNames.stream().map(k -> check.names().get(k)).toList()));
    }
    if (!missing.isEmpty()) {
      differs.add("only in the fact-check: " + String.join(", ", missing));
    }
    List<String> sharedWords = new ArrayList<>();
    for (String stem : predicate) {
      if (sentenceStems.contains(stem) && sharedWords.size() < 5) {
        sharedWords.add(check.stems().get(stem));
      }
    }
    if (!sharedWords.isEmpty()) {
      agrees.add("wording: " + String.join(", ", sharedWords));
    }
    List<String> unsaid = new ArrayList<>();
    for (String stem : predicate) {
      if (!sentenceStems.contains(stem) && rarity.idf(stem) >= 3 && unsaid.size() < 4) {
        unsaid.add(check.stems().get(stem));
      }
    }
    if (!unsaid.isEmpty() && predicateCoverage < 0.6) {
      differs.add("the fact-check's claim also says: " + String.join(", ", unsaid));
    }

    double numbersAgree = 0;
    double numbersDiffer = 0;
    if (!sentence.numbers().isEmpty() && !check.numbers().isEmpty()) {
      List<String> same = new ArrayList<>();
      for (Map.Entry<Double, String> n : check.numbers().entrySet()) {
        for (double v : sentence.numbers().keySet()) {
          if (Math.abs(v - n.getKey()) <= 0.01 * Math.max(Math.abs(v), 1e-9)) {
            same.add(n.getValue());
            break;
          }
        }
      }
      if (!same.isEmpty()) {
        numbersAgree = 1;
        agrees.add("numbers: " + String.join(", ", same));
      } else {
        numbersDiffer = 1;
        differs.add("numbers: " + String.join(", ", sentence.numbers().values()) + " here, "
            + String.join(", ", check.numbers().values()) + " in the fact-check");
      }
    }
    double yearsAgree = 0;
    double yearsDiffer = 0;
    if (!sentence.years().isEmpty() && !check.years().isEmpty()) {
      Set<Integer> same = new LinkedHashSet<>(check.years());
      same.retainAll(sentence.years());
      if (!same.isEmpty()) {
        yearsAgree = 1;
        agrees.add("years: " + join(same));
      } else {
        yearsDiffer = 1;
        differs.add("years: " + join(sentence.years()) + " here, " + join(check.years()) + " in the fact-check");
      }
    }
    double negationDiffers = sentence.negated() != check.negated() ? 1 : 0;
    if (negationDiffers > 0) {
      differs.add(sentence.negated() ? "this sentence is negated, the fact-check's claim is not"
          : "the fact-check's claim is negated, this sentence is not");
    }
    double claimantAgrees = 0;
    double claimantDiffers = 0;
    if (sentence.claimant().isPresent() || check.claimant().isPresent()) {
      String here = sentence.claimant().orElse("");
      String there = check.claimant().orElse("");
      if (!here.isEmpty() && !there.isEmpty()) {
        if (overlaps(here, there)) {
          claimantAgrees = 1;
          agrees.add("claimant: " + there);
        } else {
          claimantDiffers = 1;
          differs.add("claimant: " + here + " here, " + there + " in the fact-check");
        }
      } else if (!there.isEmpty() && mentions(sentence, there)) {
        claimantAgrees = 1;
        agrees.add("claimant: " + there);
      } else if (!here.isEmpty() && mentions(check, here)) {
        claimantAgrees = 1;
        agrees.add("claimant: " + here);
      }
    }
    double lengthGap = Math.abs(Math.log((sentenceStems.size() + 1.0) / (check.stems().size() + 1.0)));
    double[] values = {similarity, coverageOfCheck, coverageOfSentence, predicateCoverage,
        namesMissing, Math.min(1, sharedNames.size() / 2.0), numbersAgree, numbersDiffer,
        yearsAgree, yearsDiffer, negationDiffers, claimantAgrees, claimantDiffers, lengthGap};
    return new PairFeatures(values, agrees, differs);
  }

  /** The share of {@code of}'s weight (idf) that {@code in} holds. */
  private static double coverage(Set<String> of, Set<String> in, TermRarity rarity) {
    double total = 0;
    double found = 0;
    for (String stem : of) {
      double w = rarity.idf(stem);
      total += w;
      if (in.contains(stem)) {
        found += w;
      }
    }
    return total == 0 ? 0 : found / total;
  }

  private static boolean overlaps(String a, String b) {
    Set<String> left = words(a);
    left.retainAll(words(b));
    return !left.isEmpty();
  }

  private static boolean mentions(ClaimParts side, String name) {
    for (String w : words(name)) {
      if (side.names().containsKey(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : name.split("\\s+")) {
      String k = ClaimParts.normalise(w);
      if (k.length() > 1) {
        out.add(k);
      }
    }
    return out;
  }

  private static String join(Set<Integer> years) {
    return String.join(", ", years.stream().map(String::valueOf).toList());
  }
}
