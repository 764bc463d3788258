// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.eval.training.TrainingOptions;
import org.factdesk.textmodel.FeatureSpec;
import picocli.CommandLine.Option;

/** The options both train commands share (a picocli mixin). Defaults are those of the bundled models. */
final class TrainingFlags {
  @Option(names = "--train", required = true, paramLabel = "PATH", description = "training data file or folder")
  Path train;

  @Option(names = "--dev", paramLabel = "PATH", description = "dev data: the threshold is chosen for the best F1 here")
  Path dev;

  @Option(names = "--test", paramLabel = "PATH", description = "held-out data: only reported, never used to choose anything")
  Path test;

  @Option(names = "--experiment-minilm", description = "instead of writing a model, compare MiniLM embedding heads with the same data (slow)")
  boolean experimentMiniLm;

  @Option(names = "--export", paramLabel = "DIR",
      description = "also write every sentence's features, the model's score and sentence embeddings to DIR "
          + "(for eval/checkworthy-heads.py; embeddings are cached there)")
  Path export;

  @Option(names = "--embedding", split = ",", defaultValue = "minilm,minilm-q",
      description = "embedding models for --export: minilm, minilm-q (default: ${DEFAULT-VALUE})")
  List<String> embeddings;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
  Path out;

  @Option(names = "--name", description = "the model's short name in findings (default: logreg TASK, TRAIN-FILE)")
  String name;

  @Option(names = "--features", defaultValue = "bits=18 words=1-2 chars=3-5 cues",
      description = "feature families: bits=N words=1-N chars=A-B cues (default: ${DEFAULT-VALUE})")
  String features;

  @Option(names = "--l2", defaultValue = "1e-5", description = "L2 penalty (default: ${DEFAULT-VALUE})")
  double l2;

  @Option(names = "--epochs", defaultValue = "10", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--learning-rate", defaultValue = "0.2", description = "Adagrad step (default: ${DEFAULT-VALUE})")
  double learningRate;

  @Option(names = "--positive-weight", defaultValue = "1", description = "weight of a positive example (default: ${DEFAULT-VALUE})")
  double positiveWeight;

  @Option(names = "--nb-scaling", description = "scale features by naive-Bayes log-count ratios before fitting (NBSVM)")
  boolean naiveBayesScaling;

  @Option(names = "--seeds", defaultValue = "1", description = "fits to average, from --seed upwards (default: ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--seed", defaultValue = "20261124", description = "shuffling seed (default: ${DEFAULT-VALUE})")
  long seed;

  FeatureSpec featureSpec() {
    try {
      return FeatureSpec.parse(features);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--features: " + e.getMessage());
    }
  }

  TrainingOptions options() {
    try {
      return new TrainingOptions(l2, epochs, learningRate, positiveWeight, seed, naiveBayesScaling, seeds);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
