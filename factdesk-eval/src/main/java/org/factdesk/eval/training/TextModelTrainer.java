// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.scoring.ScoredSentence;
import org.factdesk.eval.scoring.Scoring;
import org.factdesk.eval.scoring.Thresholds;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.HashedTextFeatures;
import org.factdesk.textmodel.LinearTextModel;
import org.factdesk.textmodel.SparseVector;

/**
 * Featurizes, fits a logistic regression on train, and picks the threshold with the best F1 on
 * dev (0.5 without dev). Deterministic: the same sentences, spec and options give the same bytes.
 */
public final class TextModelTrainer {
  private final FeatureSpec spec;
  private final TrainingOptions options;
  private final Progress progress;

  public TextModelTrainer(FeatureSpec spec, TrainingOptions options, Progress progress) {
    this.spec = spec;
    this.options = options;
    this.progress = progress;
  }

  /**
   * @param name the model's short name, for findings ("logreg checkworthy, CT24 train")
   * @param what what the model predicts and from what data, for its description
   */
  public TrainedTextModel train(String name, String what, List<LabelledSentence> train, List<LabelledSentence> dev) {
    if (train.isEmpty() || train.stream().allMatch(LabelledSentence::positive) || train.stream().noneMatch(LabelledSentence::positive)) {
      throw new IllegalArgumentException("the training set needs both positive and negative sentences");
    }
    HashedTextFeatures features = new HashedTextFeatures(spec);
    List<SparseVector> vectors = new ArrayList<>(train.size());
    boolean[] labels = new boolean[train.size()];
    for (int i = 0; i < train.size(); i++) {
      vectors.add(features.featurize(train.get(i).text()));
      labels[i] = train.get(i).positive();
      if (i % 1024 == 0) {
        progress.update("featurizing", i, train.size());
      }
    }
    progress.update("featurized " + train.size() + " sentences", train.size(), train.size());
    float[] ratios = options.naiveBayesScaling() ? NaiveBayesRatios.of(vectors, labels, spec.buckets()) : null;
    List<SparseVector> fitOn = ratios == null ? vectors : NaiveBayesRatios.scale(vectors, ratios);
    float[] fitted = new LogisticRegression(options).fit(fitOn, labels, spec.buckets(), progress);
    for (int k = 1; k < options.seeds(); k++) {
      float[] more = new LogisticRegression(options.withSeed(options.seed() + k)).fit(fitOn, labels, spec.buckets(), progress);
      for (int j = 0; j < fitted.length; j++) {
        fitted[j] += more[j];
      }
    }
    for (int j = 0; j < fitted.length; j++) {
      fitted[j] /= options.seeds();
    }
    float[] weights = java.util.Arrays.copyOf(fitted, spec.buckets());
    if (ratios != null) {
      for (int j = 0; j < weights.length; j++) {
        weights[j] *= ratios[j];
      }
    }
    double bias = fitted[spec.buckets()];
    long positives = train.stream().filter(LabelledSentence::positive).count();
    String description = String.format(Locale.ROOT,
        "%s: logistic regression%s (%s; l2 %g, %d epochs, lr %g, positive weight %g, seed %d%s) on %d sentences (%d positive)",
        what, options.naiveBayesScaling() ? " on naive-Bayes-scaled features" : "", spec, options.l2(), options.epochs(), options.learningRate(), options.positiveWeight(), options.seed(),
        options.seeds() > 1 ? ", weights averaged over " + options.seeds() + " seeds" : "",
        train.size(), positives);
    LinearTextModel model = new LinearTextModel(spec, weights, bias, 0.5, name, description);
    Optional<PrecisionRecall> onDev = Optional.empty();
    if (!dev.isEmpty()) {
      List<ScoredSentence> scoredDev = Scoring.score(dev, model::score);
      double threshold = Thresholds.bestF1(scoredDev);
      PrecisionRecall figures = PrecisionRecall.at(scoredDev, threshold);
      model = model.withThreshold(threshold, String.format(Locale.ROOT,
          "%s; threshold %.4f chosen for best F1 on %d dev sentences (dev f1 %.3f)", description, threshold, dev.size(), figures.f1()));
      onDev = Optional.of(figures);
    }
    PrecisionRecall onTrain = PrecisionRecall.at(Scoring.score(train, model::score), model.threshold());
    return new TrainedTextModel(model, onTrain, onDev);
  }
}
