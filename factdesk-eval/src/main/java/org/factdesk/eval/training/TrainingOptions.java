// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

/**
 * How to fit a logistic regression.
 *
 * @param l2 L2 penalty per example on the weights a step touches
 * @param epochs passes over the shuffled training set
 * @param learningRate Adagrad base step
 * @param positiveWeight how much more a positive example counts than a negative one
 * @param seed shuffling seed: the same data, options and seed give the same model
 * @param naiveBayesScaling scale each feature by its naive-Bayes log-count ratio before fitting
 *     (NBSVM, Wang and Manning 2012); the ratios are folded into the saved weights, so the model
 *     runs exactly like any other
 * @param seeds how many fits, from seeds {@code seed, seed+1, ...}, to average the weights of
 *     (still one linear model, with less of the variance of one shuffle)
 */
public record TrainingOptions(double l2, int epochs, double learningRate, double positiveWeight, long seed,
    boolean naiveBayesScaling, int seeds) {
  public TrainingOptions {
    if (l2 < 0 || epochs < 1 || learningRate <= 0 || positiveWeight <= 0 || seeds < 1) {
      throw new IllegalArgumentException("need l2 >= 0, epochs >= 1, learning rate > 0, positive weight > 0 and seeds >= 1");
    }
  }

  /** The same options with another seed. */
  public TrainingOptions withSeed(long newSeed) {
    return new TrainingOptions(l2, epochs, learningRate, positiveWeight, newSeed, naiveBayesScaling, seeds);
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(1e-5, 10, 0.2, 1.0, 20261124L, false, 1);
  }
}
