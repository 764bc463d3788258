// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The worst misses: wrong decisions ordered by how far their score sits on the wrong side. */
public final class Misses {
  private Misses() {}

  public static List<ScoredSentence> worst(List<ScoredSentence> scored, double threshold, int limit) {
    return scored.stream()
        .filter(s -> s.missed(threshold))
        .sorted(Comparator.comparingDouble((ScoredSentence s) -> Math.abs(s.score() - threshold)).reversed()
            .thenComparing(s -> s.sentence().id()))
        .limit(limit)
        .toList();
  }

  /** One line per miss: {@code missed positive 0.012 id  text} or {@code false positive 0.981 ...}. */
  public static String describe(ScoredSentence miss) {
    String kind = miss.sentence().positive() ? "missed positive" : "false positive ";
    return String.format(Locale.ROOT, "%s %.3f %s  %s", kind, miss.score(), miss.sentence().id(), miss.sentence().text());
  }
}
