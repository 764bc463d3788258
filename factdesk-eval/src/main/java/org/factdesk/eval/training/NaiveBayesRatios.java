// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.textmodel.SparseVector;

/**
 * Naive-Bayes log-count ratios per bucket, {@code r = log((p/|p|) / (q/|q|))} with {@code p} and
 * {@code q} the add-one counts of sentences having the feature among positives and negatives.
 */
final class NaiveBayesRatios {
  private NaiveBayesRatios() {}

  static float[] of(List<SparseVector> vectors, boolean[] labels, int buckets) {
    double[] positive = new double[buckets];
    double[] negative = new double[buckets];
    java.util.Arrays.fill(positive, 1);
    java.util.Arrays.fill(negative, 1);
    for (int i = 0; i < vectors.size(); i++) {
      double[] counts = labels[i] ? positive : negative;
      for (int j : vectors.get(i).indices()) {
        counts[j]++;
      }
    }
    double positiveTotal = 0;
    double negativeTotal = 0;
    for (int j = 0; j < buckets; j++) {
      positiveTotal += positive[j];
      negativeTotal += negative[j];
    }
    float[] ratios = new float[buckets];
    for (int j = 0; j < buckets; j++) {
      ratios[j] = (float) Math.log((positive[j] / positiveTotal) / (negative[j] / negativeTotal));
    }
    return ratios;
  }

  static List<SparseVector> scale(List<SparseVector> vectors, float[] ratios) {
    List<SparseVector> scaled = new ArrayList<>(vectors.size());
    for (SparseVector v : vectors) {
      float[] values = v.values().clone();
      for (int k = 0; k < values.length; k++) {
        values[k] *= ratios[v.indices()[k]];
      }
      scaled.add(new SparseVector(v.indices(), values));
    }
    return scaled;
  }
}
