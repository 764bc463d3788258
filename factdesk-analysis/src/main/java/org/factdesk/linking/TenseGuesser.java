// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.linking.EventMention.Tense;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/** Whether a sentence speaks of the past or the future, from its verbs and time words. */
final class TenseGuesser {
  private static final Set<String> FUTURE = Set.of("will", "'ll", "upcoming", "forthcoming", "shall");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "'d");

  private TenseGuesser() {}

  static Tense tense(Sentence s) {
    List<Token> tokens = s.tokens();
    boolean past = false;
    boolean future = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (FUTURE.contains(w) || (w.equals("set") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to")
          && i > 0 && Set.of("is", "are").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))) {
        future = true;
      }
      if (t.isVerbPast() || w.equals("ago")) {
        past = true;
      }
      if (t.pos().equals("VBN") && i > 0) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
          if (HAVE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT).replace('’', '\''))) {
            past = true;
          }
        }
      }
    }
    if (past && !future) {
      return Tense.PAST;
    }
    if (future && !past) {
      return Tense.FUTURE;
    }
    return Tense.UNKNOWN;
  }
}
