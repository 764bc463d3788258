// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

/** Ranks every judged query with a matcher and scores the rankings the CheckThat! way. */
public final class RetrievalEvaluation {
  /** Depth of each ranking: enough for recall@20 and any k up to 20. */
  public static final int DEPTH = 20;

  private final BiFunction<String, Integer, List<String>> ranker;

  /** {@code ranker} maps (claim text, depth) to archive ids, best first. */
  public RetrievalEvaluation(BiFunction<String, Integer, List<String>> ranker) {
    this.ranker = ranker;
  }

  public RetrievalScores run(RetrievalQueries data, int k, IntConsumer progress) {
    if (k < 1 || k > DEPTH) {
      throw new IllegalArgumentException("k must be between 1 and " + DEPTH + ", got " + k);
    }
    List<String> ids = data.judged();
    double map1 = 0;
    double mapK = 0;
    double recall = 0;
    int done = 0;
    for (String id : ids) {
      List<String> ranked = new ArrayList<>(ranker.apply(data.queries().get(id), DEPTH));
      Set<String> relevant = data.relevant().get(id);
      map1 += RetrievalScores.averagePrecision(ranked, relevant, 1);
      mapK += RetrievalScores.averagePrecision(ranked, relevant, k);
      recall += RetrievalScores.recall(ranked, relevant, DEPTH);
      progress.accept(++done);
    }
    int n = ids.size();
    return n == 0 ? new RetrievalScores(0, 0, k, 0, 0)
        : new RetrievalScores(map1 / n, mapK / n, k, recall / n, n);
  }
}
