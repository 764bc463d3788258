// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.nlp.Dependencies;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/**
 * Unnamed sources read from the dependency parse: the subject of a verb of saying or thinking,
 * however long the words between them. The phrase rules and {@link OpenGroups} read the words
 * just before the verb, so a subject with words after its noun escapes them: "engineers who have
 * studied the bridge say", "tenants on short leases said", "residents and groups representing
 * farmers said", "Kowalski's grandfather, who was at the house, said". This class reads only such
 * subjects (a noun with words after it, or nouns joined by "and"); the plain ones stay with the
 * rules, which have been measured on them.
 */
final class ParsedSources {
  /** Kin and neighbours: "her grandfather said" keeps the speaker's name back as "a friend said" does. */
  private static final Set<String> TIES = Set.of("grandfather", "grandmother", "mother", "father", "uncle", "aunt",
      "cousin", "brother", "sister", "son", "daughter", "nephew", "niece", "wife", "husband", "partner", "neighbour",
      "neighbor", "friend", "stepfather", "stepmother", "grandson", "granddaughter", "fiancé", "fiancee", "fiance", "roommate",
      "classmate", "colleague", "boyfriend", "girlfriend");
  /** Determiners that point back or say whose: the group is one the story has named. */
  private static final Set<String> POINTING = Set.of("the", "these", "those", "this", "that", "its", "their", "his", "her",
      "our", "my", "your", "both", "all", "each", "every", "such", "no", "any");

  /** What was found: the subject's first token, its noun, the verb, and whether it is one person (anonymous). */
  record Source(int first, int head, int verb, boolean individual) {}

  private ParsedSources() {}

  /**
   * Cheap gate before parsing: a verb only people do, and before it, not next to it, a noun for
   * people or a person. Most sentences fail it, so most are never parsed.
   */
  static boolean mayHold(Sentence s) {
    List<Token> toks = s.tokens();
    List<Integer> people = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = lower(t);
      if (t.pos().startsWith("VB") && OpenGroups.humanVerb(w)) {
        for (int p : people) {
          if (p < i - 2 || p == i - 2 && !(toks.get(i - 1).pos().startsWith("RB") || toks.get(i - 1).pos().equals("MD")
              || toks.get(i - 1).pos().startsWith("VB"))) {
            return true;
          }
        }
      }
      if (t.pos().equals("NNS") && OpenGroups.peopleNoun(w, true) || w.equals("staff")
          || t.pos().equals("NN") && (TIES.contains(w) || UnnamedAuthorityDetector.ROLE_WORDS.contains(w))) {
        people.add(i);
      }
    }
    return false;
  }

  static List<Source> find(Sentence s, Dependencies d) {
    List<Source> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int h = 0; h < toks.size(); h++) {
      if (!d.relation(h).equals("nsubj")) {
        continue;
      }
      int v = d.head(h);
      if (v <= h || !toks.get(v).pos().startsWith("VB") || !OpenGroups.humanVerb(lower(toks.get(v)))) {
        continue;
      }
      Token head = toks.get(h);
      String noun = lower(head);
      int[] extent = d.extent(h);
      boolean postModified = extent[1] > h || d.children(h).stream().anyMatch(c -> d.relation(c).equals("conj"));
      if (!postModified || extent[1] >= v || passive(d, v)) {
        continue;
      }
      boolean group = head.pos().equals("NNS") && OpenGroups.peopleNoun(noun, true) || noun.equals("staff");
      boolean individual = head.pos().equals("NN") && (TIES.contains(noun) || UnnamedAuthorityDetector.ROLE_WORDS.contains(noun));
      // "find out what customers like you think": a question about their views, not a source.
      if (extent[0] > 0 && (toks.get(extent[0] - 1).pos().startsWith("W")
          || Set.of("if", "whether").contains(lower(toks.get(extent[0] - 1))))) {
        continue;
      }
      if (!(group || individual) || named(toks, d, h, extent) || !lower(head).equals(head.text())
          && !(h == OpenGroups.firstWord(toks) && OpenGroups.peopleNoun(noun, false)) || twoClauses(toks, d, h, extent, v)) {
        continue;
      }
      String det = determiner(toks, d, h);
      if (individual) {
        // "a lawyer for a securities group", "a manager at a bank": a person tied to a body, which speaks through them.
        if (d.children(h).stream().anyMatch(c -> d.relation(c).startsWith("nmod") && !d.relation(c).equals("nmod:poss"))) {
          continue;
        }
        boolean indefinite = Set.of("a", "an", "one", "another").contains(det);
        boolean kinOfSomeone = TIES.contains(noun) && det.isEmpty() && possessor(toks, d, h);
        if (!(indefinite || kinOfSomeone)) {
          continue;
        }
      } else if (POINTING.contains(det) || OpenGroups.institutional(noun) && det.isEmpty()) {
        continue;
      }
      out.add(new Source(afterDateline(toks, extent[0], h), h, v, individual));
    }
    return out;
  }

  /** Kin of a named person, "Smith's nephew": the kin's own name is kept back. */
  private static boolean possessor(List<Token> toks, Dependencies d, int h) {
    for (int c : d.children(h)) {
      if (d.relation(c).equals("nmod:poss") && toks.get(c).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name anywhere in the subject but inside a relative clause: "engineers at Boeing", "critics,
   * including Jane Roe,", "Pentagon engineers", "the company's staff". A name in "who worked with
   * Smith" says what the people did, not who they are.
   */
  private static boolean named(List<Token> toks, Dependencies d, int h, int[] extent) {
    List<Integer> clauses = new ArrayList<>();
    for (int c : d.children(h)) {
      if (d.relation(c).equals("acl:relcl")) {
        clauses.add(c);
      }
      if (d.relation(c).equals("nmod:poss") && !toks.get(c).pos().startsWith("PRP") && !TIES.contains(lower(toks.get(h)))) {
        return true;
      }
    }
    for (int t = extent[0]; t <= extent[1]; t++) {
      int token = t;
      if (properName(toks, t) && t != OpenGroups.firstWord(toks) && clauses.stream().noneMatch(c -> d.dominates(c, token))) {
        return true;
      }
    }
    return false;
  }

  /** The subject's words after a dash or colon the parse took in: "July 3 - Several shareholders urge". */
  private static int afterDateline(List<Token> toks, int first, int h) {
    int start = first;
    for (int t = first; t < h; t++) {
      if (toks.get(t).text().matches("[-–—:]")) {
        start = t + 1;
      }
    }
    return start;
  }

  /**
   * Two clauses the parse has run together ("mothers of young children comprised 14 percent of managers, the study
   * said"): a finite verb between the subject and its verb, or one inside the subject that no "who" or "that" opens,
   * or a second subject of the same verb.
   */
  private static boolean twoClauses(List<Token> toks, Dependencies d, int h, int[] extent, int v) {
    for (int t = extent[0]; t < v; t++) {
      String pos = toks.get(t).pos();
      boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
      if (t > extent[1] && (finite || pos.equals("VBN")) && d.head(t) != v
          || t <= extent[1] && finite && d.relation(t).equals("acl")) {
        return true;
      }
    }
    return d.children(v).stream().anyMatch(c -> c != h && d.relation(c).startsWith("nsubj"));
  }

  private static boolean properName(List<Token> toks, int t) {
    Token tok = toks.get(t);
    return tok.isProperNoun() && !UnnamedAuthorityDetector.NOT_NAMES.contains(tok.text())
        && !UnnamedAuthorityDetector.DEMONYM_PATTERN.matcher(tok.text()).matches();
  }

  private static String determiner(List<Token> toks, Dependencies d, int h) {
    for (int c : d.children(h)) {
      String rel = d.relation(c);
      if (rel.equals("det") || rel.equals("nummod") || rel.equals("nmod:poss") && toks.get(c).pos().startsWith("PRP")) {
        return lower(toks.get(c));
      }
    }
    return "";
  }

  /** "were told", "are expected": someone else's act on them. */
  private static boolean passive(Dependencies d, int v) {
    for (int c : d.children(v)) {
      if (d.relation(c).equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
