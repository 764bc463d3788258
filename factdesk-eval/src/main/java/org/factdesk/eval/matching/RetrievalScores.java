// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** MAP@1, MAP@k and recall@20 over {@code n} judged queries. */
public record RetrievalScores(double map1, double mapK, int k, double recall20, int n) {
  /**
   * The CheckThat! scorer's average precision: precision at each relevant hit within the first
   * {@code k}, summed, divided by the number of relevant claims.
   */
  static double averagePrecision(List<String> ranked, Set<String> relevant, int k) {
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += hits / (double) (i + 1);
      }
    }
    return relevant.isEmpty() ? 0 : sum / relevant.size();
  }

  static double recall(List<String> ranked, Set<String> relevant, int k) {
    long found = ranked.stream().limit(k).filter(relevant::contains).count();
    return relevant.isEmpty() ? 0 : found / (double) relevant.size();
  }

  /** The line scripts read: {@code retrieval: map@1 A map@5 B recall@20 C n N}. */
  public String line() {
    return String.format(Locale.ROOT, "retrieval: map@1 %.4f map@%d %.4f recall@20 %.4f n %d",
        map1, k, mapK, recall20, n);
  }
}
