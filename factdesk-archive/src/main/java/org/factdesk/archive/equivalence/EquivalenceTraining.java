// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import java.util.List;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.TermRarity;

/**
 * Fits the equivalence model: L2-regularised logistic regression by full-batch gradient
 * descent over a few thousand pairs (deterministic; seconds). Each pair may carry a weight,
 * so that a few hundred news pairs count against a thousand tweets.
 */
public final class EquivalenceTraining {
  /** One labelled pair: does {@code match} check the same claim as {@code sentence}? */
  public record Pair(String sentence, ArchiveMatch match, boolean same, double weight) {}

  private final int iterations;
  private final double l2;

  public EquivalenceTraining(int iterations, double l2) {
    this.iterations = iterations;
    this.l2 = l2;
  }

  /** Features of each pair, computed once (the expensive part). */
  public static double[][] features(List<Pair> pairs, TermRarity rarity) {
    double[][] x = new double[pairs.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = ClaimEquivalence.features(pairs.get(i).sentence(), pairs.get(i).match(), rarity).values();
    }
    return x;
  }

  public EquivalenceWeights fit(double[][] x, List<Pair> pairs, double threshold, String trained) {
    int d = PairFeatures.NAMES.size();
    double[] w = new double[d];
    double b = 0;
    double totalWeight = pairs.stream().mapToDouble(Pair::weight).sum();
    double rate = 0.5;
    for (int it = 0; it < iterations; it++) {
      double[] g = new double[d];
      double gb = 0;
      for (int i = 0; i < x.length; i++) {
        double z = b;
        for (int j = 0; j < d; j++) {
          z += w[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = (p - (pairs.get(i).same() ? 1 : 0)) * pairs.get(i).weight();
        for (int j = 0; j < d; j++) {
          g[j] += err * x[i][j];
        }
        gb += err;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= rate * (g[j] / totalWeight + l2 * w[j]);
      }
      b -= rate * gb / totalWeight;
    }
    return new EquivalenceWeights(w, b, threshold, trained);
  }

  /** The model's score for precomputed features. */
  public static double score(EquivalenceWeights weights, double[] x) {
    return new ClaimEquivalence(weights).score(x);
  }

  public static List<String> featureNames() {
    return PairFeatures.NAMES;
  }
}
