// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.scoring.ScoredSentence;
import org.factdesk.eval.scoring.Thresholds;
import org.factdesk.eval.training.LogisticRegression;
import org.factdesk.eval.training.Progress;
import org.factdesk.eval.training.TrainingOptions;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.HashedTextFeatures;
import org.factdesk.textmodel.SparseVector;

/**
 * Embeds every sentence once (single-threaded), then fits two logistic heads: on the 384-d
 * embedding alone, and on the embedding beside the hashed features of {@code spec}. Thresholds
 * are chosen on dev; the test set, when given, is only reported.
 */
public final class MiniLmHeadExperiment {
  private static final int DIMENSIONS = 384;

  /** One head's figures. */
  public record HeadResult(String name, PrecisionRecall dev, PrecisionRecall test) {}

  /** Both heads, and the warm embedding time per sentence. */
  public record Result(List<HeadResult> heads, double embedMillisPerSentence) {
    public List<String> lines(String task) {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "MiniLM embedding: %.2f ms per sentence warm, single thread", embedMillisPerSentence));
      for (HeadResult head : heads) {
        if (head.test().n() > 0) {
          lines.add(head.test().headline(task + " test (" + head.name() + ")"));
        }
        lines.add(head.dev().headline(task + " dev (" + head.name() + ")"));
      }
      return lines;
    }
  }

  private final FeatureSpec spec;
  private final TrainingOptions options;
  private final Progress progress;

  public MiniLmHeadExperiment(FeatureSpec spec, TrainingOptions options, Progress progress) {
    this.spec = spec;
    this.options = options;
    this.progress = progress;
  }

  public Result run(List<LabelledSentence> train, List<LabelledSentence> dev, List<LabelledSentence> test) {
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    List<LabelledSentence> all = new ArrayList<>(train);
    all.addAll(dev);
    all.addAll(test);
    for (int i = 0; i < Math.min(50, all.size()); i++) {
      model.embed(all.get(i).text());
    }
    List<float[]> embeddings = new ArrayList<>(all.size());
    long start = System.nanoTime();
    for (int i = 0; i < all.size(); i++) {
      embeddings.add(model.embed(all.get(i).text()).content().vector());
      if (i % 256 == 0) {
        progress.update("embedding with MiniLM", i, all.size());
      }
    }
    double millis = (System.nanoTime() - start) / 1e6 / all.size();
    progress.update("embedded " + all.size() + " sentences", all.size(), all.size());
    HashedTextFeatures hashed = new HashedTextFeatures(spec);
    List<HeadResult> heads = new ArrayList<>();
    heads.add(fit("minilm + linear head", all, embeddings, null, train.size(), dev.size()));
    heads.add(fit("minilm + " + spec + " + linear head", all, embeddings, hashed, train.size(), dev.size()));
    return new Result(heads, millis);
  }

  private HeadResult fit(String name, List<LabelledSentence> all, List<float[]> embeddings, HashedTextFeatures hashed,
      int trainSize, int devSize) {
    int offset = hashed == null ? 0 : spec.buckets();
    List<SparseVector> vectors = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      vectors.add(combine(hashed == null ? null : hashed.featurize(all.get(i).text()), embeddings.get(i), offset));
    }
    boolean[] labels = new boolean[trainSize];
    for (int i = 0; i < trainSize; i++) {
      labels[i] = all.get(i).positive();
    }
    int buckets = offset + DIMENSIONS;
    float[] weights = new LogisticRegression(options).fit(vectors.subList(0, trainSize), labels, buckets, progress);
    List<ScoredSentence> scored = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      double z = weights[buckets] + vectors.get(i).dot(weights);
      scored.add(new ScoredSentence(all.get(i), 1 / (1 + Math.exp(-z))));
    }
    List<ScoredSentence> devScored = scored.subList(trainSize, trainSize + devSize);
    double threshold = Thresholds.bestF1(devScored);
    return new HeadResult(name, PrecisionRecall.at(devScored, threshold),
        PrecisionRecall.at(scored.subList(trainSize + devSize, all.size()), threshold));
  }

  private static SparseVector combine(SparseVector hashed, float[] embedding, int offset) {
    int base = hashed == null ? 0 : hashed.size();
    int[] indices = new int[base + embedding.length];
    float[] values = new float[base + embedding.length];
    if (hashed != null) {
      System.arraycopy(hashed.indices(), 0, indices, 0, base);
      System.arraycopy(hashed.values(), 0, values, 0, base);
    }
    for (int d = 0; d < embedding.length; d++) {
      indices[base + d] = offset + d;
      values[base + d] = embedding[d];
    }
    return new SparseVector(indices, values);
  }
}
