// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import java.util.List;
import java.util.Random;
import org.factdesk.textmodel.SparseVector;

/**
 * Logistic regression on hashed sparse vectors by Adagrad, from a fixed seed. Plain Java: a
 * 20,000-sentence set trains in seconds on one core, and the result needs no library to run.
 */
public final class LogisticRegression {
  private final TrainingOptions options;

  public LogisticRegression(TrainingOptions options) {
    this.options = options;
  }

  /** The fitted weights, with the bias in the last slot. */
  public float[] fit(List<SparseVector> examples, boolean[] labels, int buckets, Progress progress) {
    if (examples.size() != labels.length) {
      throw new IllegalArgumentException("examples and labels differ in number");
    }
    float[] weights = new float[buckets + 1];
    float[] squaredGradients = new float[buckets + 1];
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(options.seed());
    long total = (long) options.epochs() * order.length;
    long done = 0;
    double rate = options.learningRate();
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, random);
      for (int index : order) {
        SparseVector x = examples.get(index);
        double z = weights[buckets] + x.dot(weights);
        double p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        double y = labels[index] ? 1 : 0;
        double g = (p - y) * (labels[index] ? options.positiveWeight() : 1.0);
        int[] indices = x.indices();
        float[] values = x.values();
        for (int k = 0; k < indices.length; k++) {
          int j = indices[k];
          double grad = g * values[k] + options.l2() * weights[j];
          squaredGradients[j] += (float) (grad * grad);
          weights[j] -= (float) (rate * grad / Math.sqrt(squaredGradients[j] + 1e-8));
        }
        squaredGradients[buckets] += (float) (g * g);
        weights[buckets] -= (float) (rate * g / Math.sqrt(squaredGradients[buckets] + 1e-8));
        done++;
        if (done % 2048 == 0) {
          progress.update("training epoch " + epoch + "/" + options.epochs(), done, total);
        }
      }
    }
    progress.update("trained " + options.epochs() + " epochs", total, total);
    return weights;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
