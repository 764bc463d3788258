// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What one side of a comparison says, taken apart by surface rules (no parser: cheap enough for
 * ten candidates per claim): the names it mentions (capitalised words, not at the start of a
 * sentence unless they are not function words), the numbers with their scale ("2.8 million"
 * is 2,800,000), the years, whether it is negated, who it is attributed to ("X said",
 * "according to X"), and its content stems as the archive's analyzer makes them.
 */
record ClaimParts(String text, Map<String, String> names, Map<Double, String> numbers,
    Set<Integer> years, boolean negated, Optional<String> claimant, Map<String, String> stems,
    Set<String> nameStems) {

  private static final Pattern NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}’'\\-]*(?:\\.?\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'\\-]*)*");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w.])\\$?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(percent|per cent|%|thousand|million|billion|trillion|bn|mln|m\\b))?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)s?\\b");
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(not|no|never|none|nobody|nothing|neither|nor|without|deny|denies|denied|false(?:ly)?|fake|hoax)\\b|n[’']t\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SAID_BY = Pattern.compile(
      "(?:according to|said|says|told|claimed|stated|wrote|tweeted)\\s+((?:\\p{Lu}[\\p{L}’'\\-.]*\\s*){1,4})");
  private static final Pattern BY_SAID = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}’'\\-.]*\\s+){0,3}\\p{Lu}[\\p{L}’'\\-]*)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:said|says|told|claimed|claims|stated|states|announced|wrote|tweeted|called|warned|promised|admitted)\\b");
  /** Capitalised words that are not names: sentence openers, titles, months, wire furniture. */
  private static final Set<String> NOT_NAMES = Set.copyOf(List.of("the", "a", "an", "in", "on", "at", "for",
      "but", "and", "or", "if", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
      "those", "his", "her", "their", "our", "its", "as", "by", "from", "with", "after", "before",
      "when", "while", "some", "many", "most", "according", "however", "also", "mr", "mrs", "ms",
      "dr", "reuters", "there", "here", "what", "who", "why", "how", "one", "two", "three", "all",
      "no", "not", "yes", "did", "does", "do", "is", "was", "are", "were", "has", "have", "can",
      "will", "would", "could", "should", "may", "might", "photo", "video", "viral", "image",
      "claim", "rumor", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "president", "former", "senator", "sen",
      "rep", "governor", "gov", "minister", "prime", "secretary", "chairman", "chief", "executive",
      "officer", "ceo", "spokesman", "spokeswoman", "u.s", "us", "new", "said", "says", "shares",
      "sales", "analysts", "officials", "investors", "prices", "people", "now", "so", "yet",
      "still", "then", "because", "since", "under", "over", "despite", "although", "even",
      "only", "last", "next", "earlier", "later", "other", "such", "each", "every", "both",
      "more", "less", "several", "any", "just", "until", "during", "among", "between"));

  static ClaimParts of(String text, Analyzer analyzer) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      for (String word : n.group().split("[\\s.]+")) {
        String key = normalise(word);
        if (key.length() > 1 && !NOT_NAMES.contains(key)) {
          names.putIfAbsent(key, word);
        }
      }
    }
    Set<Integer> years = new LinkedHashSet<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      years.add(Integer.parseInt(y.group(1)));
    }
    Map<Double, String> numbers = new LinkedHashMap<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(1).replace(",", "");
      double value;
      try {
        value = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        continue;
      }
      boolean yearLike = m.group(2) == null && !digits.contains(".") && years.contains((int) value);
      if (yearLike || (m.group(2) == null && value < 2 && !digits.contains("."))) {
        continue; // a year, or "one" written as a digit: no quantity worth comparing
      }
      value *= scale(m.group(2));
      numbers.putIfAbsent(value, m.group().strip());
    }
    Optional<String> claimant = claimant(text);
    Map<String, String> stems = stemsWithWords(text, analyzer);
    Set<String> nameStems = new LinkedHashSet<>();
    for (String name : names.keySet()) {
      nameStems.addAll(stemsWithWords(name, analyzer).keySet());
    }
    return new ClaimParts(text, names, numbers, years, NEGATION.matcher(text).find(), claimant,
        stems, nameStems);
  }

  /** Content stems that are not part of a name: what is said, rather than of whom. */
  Set<String> predicateStems() {
    Set<String> out = new LinkedHashSet<>(stems.keySet());
    out.removeAll(nameStems);
    out.removeIf(s -> s.chars().allMatch(Character::isDigit));
    return out;
  }

  private static Optional<String> claimant(String text) {
    Matcher said = BY_SAID.matcher(text);
    while (said.find()) {
      String who = cleanName(said.group(1));
      if (!who.isEmpty()) {
        return Optional.of(who);
      }
    }
    Matcher by = SAID_BY.matcher(text);
    while (by.find()) {
      String who = cleanName(by.group(1));
      if (!who.isEmpty()) {
        return Optional.of(who);
      }
    }
    return Optional.empty();
  }

  /** Drops titles and function words around a name ("President Barack Obama" → "Barack Obama"). */
  private static String cleanName(String raw) {
    List<String> kept = new ArrayList<>();
    for (String word : raw.strip().split("\\s+")) {
      String key = normalise(word);
      if (key.length() > 1 && !NOT_NAMES.contains(key)) {
        kept.add(word.replaceAll("[.,;:]+$", ""));
      }
    }
    return String.join(" ", kept);
  }

  static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
  }

  private static double scale(String unit) {
    if (unit == null) {
      return 1;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "thousand" -> 1e3;
      case "million", "mln", "m" -> 1e6;
      case "billion", "bn" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1; // percent: compared as the number itself
    };
  }

  /** Each content stem with the first word it came from, in text order. */
  static Map<String, String> stemsWithWords(String text, Analyzer analyzer) {
    Map<String, String> out = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream("all", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
