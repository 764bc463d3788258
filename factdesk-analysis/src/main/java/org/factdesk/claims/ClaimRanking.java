// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How much a checker should care about a claim, to order the list: first the lead paragraph's
 * claims (what the story is about), then the claim the headline makes, then the rest; within
 * each tier by priority, the model's score plus a figure and a named accusation, less opinion and
 * colour.
 */
final class ClaimRanking {
  static final int LEAD_TIER = 2;
  static final int HEADLINE_TIER = 1;
  static final double FIGURE = 0.15;
  static final double NAMED_ACCUSATION = 0.15;
  static final double COLOUR = -0.15;
  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "with", "that", "this", "from", "into", "over", "after", "says", "said", "will", "have",
      "has", "its", "their", "more", "than", "about", "amid", "as", "on", "in", "of", "to", "a", "an", "by", "at");

  private ClaimRanking() {}

  static int tier(boolean lead, boolean headlineClaim) {
    return lead ? LEAD_TIER : headlineClaim ? HEADLINE_TIER : 0;
  }

  static double priority(double score, SentenceFeatures f) {
    double p = score;
    p += f.quantity() ? FIGURE : 0;
    p += f.accusation() && f.named() ? NAMED_ACCUSATION : 0;
    p += f.opinion() && !f.quantity() ? COLOUR : 0;
    return Math.round(p * 1000) / 1000.0;
  }

  /** The content words a headline and a sentence share (words of four letters or more, no stop words). */
  static int sharedWords(String headline, String sentence) {
    Set<String> a = words(headline);
    a.retainAll(words(sentence));
    return a.size();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !STOP.contains(w)) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }
}
