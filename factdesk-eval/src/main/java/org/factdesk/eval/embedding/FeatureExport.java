// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.training.Progress;
import org.factdesk.textmodel.HashedTextFeatures;
import org.factdesk.textmodel.LinearTextModel;
import org.factdesk.textmodel.SparseVector;

/**
 * Writes every train, dev and test sentence with its hashed features, the score of a linear model
 * and its sentence embeddings to a folder, for head experiments outside the JVM
 * (eval/checkworthy-heads.py). Embeddings are cached there by text, so a second export with other
 * training options embeds nothing again.
 */
public final class FeatureExport {
  /** The embedding models the export knows, by the name used on the command line. */
  public static final List<String> EMBEDDINGS = List.of("minilm", "minilm-q");

  private final Progress progress;

  public FeatureExport(Progress progress) {
    this.progress = progress;
  }

  /** Returns one line per embedding model: its warm cost per sentence (or that all came from the cache). */
  public List<String> write(Path folder, LinearTextModel linear, List<String> embeddings, List<LabelledSentence> train,
      List<LabelledSentence> dev, List<LabelledSentence> test) throws IOException {
    Files.createDirectories(folder);
    List<LabelledSentence> all = new ArrayList<>(train);
    all.addAll(dev);
    all.addAll(test);
    HashedTextFeatures features = new HashedTextFeatures(linear.spec());
    try (BufferedWriter sentences = Files.newBufferedWriter(folder.resolve("sentences.tsv"));
        BufferedWriter hashed = Files.newBufferedWriter(folder.resolve("hashed.txt"))) {
      for (int i = 0; i < all.size(); i++) {
        LabelledSentence s = all.get(i);
        String split = i < train.size() ? "train" : i < train.size() + dev.size() ? "dev" : "test";
        SparseVector x = features.featurize(s.text());
        sentences.write(String.format(Locale.ROOT, "%s\t%d\t%.6f\t%s\t%s%n", split, s.positive() ? 1 : 0, linear.score(x),
            s.id().replaceAll("\\s", " "), s.text().replaceAll("\\s", " ")));
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < x.size(); k++) {
          line.append(k == 0 ? "" : " ").append(x.indices()[k]).append(':').append(x.values()[k]);
        }
        hashed.write(line.append('\n').toString());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String name : embeddings) {
      lines.add(embed(folder, name, all));
    }
    return lines;
  }

  private String embed(Path folder, String name, List<LabelledSentence> all) throws IOException {
    Path cache = folder.resolve("cache-" + name + ".bin");
    Map<String, float[]> known = read(cache);
    EmbeddingModel model = null;
    int fresh = 0;
    long nanos = 0;
    List<float[]> vectors = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      String text = all.get(i).text();
      float[] v = known.get(text);
      if (v == null) {
        if (model == null) {
          model = model(name);
          for (int w = 0; w < 20; w++) {
            model.embed("A warm-up sentence of ordinary length, with 12 words in it.");
          }
        }
        long start = System.nanoTime();
        v = model.embed(text).content().vector();
        nanos += System.nanoTime() - start;
        fresh++;
        known.put(text, v);
      }
      vectors.add(v);
      if (i % 256 == 0) {
        progress.update("embedding with " + name, i, all.size());
      }
    }
    if (fresh > 0) {
      writeCache(cache, known);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve("emb-" + name + ".f32"))) {
      ByteBuffer buffer = ByteBuffer.allocate(vectors.get(0).length * 4).order(ByteOrder.LITTLE_ENDIAN);
      for (float[] v : vectors) {
        buffer.clear();
        buffer.asFloatBuffer().put(v);
        out.write(buffer.array());
      }
    }
    return fresh == 0 ? name + ": all " + all.size() + " embeddings from the cache"
        : String.format(Locale.ROOT, "%s: %.2f ms per sentence warm, single thread (%d sentences embedded)", name,
            nanos / 1e6 / fresh, fresh);
  }

  private static EmbeddingModel model(String name) {
    return switch (name) {
      case "minilm" -> new AllMiniLmL6V2EmbeddingModel();
      case "minilm-q" -> new AllMiniLmL6V2QuantizedEmbeddingModel();
      default -> throw new IllegalArgumentException("unknown embedding model " + name + "; known: " + EMBEDDINGS);
    };
  }

  private static Map<String, float[]> read(Path cache) throws IOException {
    Map<String, float[]> known = new HashMap<>();
    if (!Files.exists(cache)) {
      return known;
    }
    try (InputStream in = Files.newInputStream(cache);
        DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
      int n = data.readInt();
      for (int i = 0; i < n; i++) {
        String text = new String(data.readNBytes(data.readInt()), StandardCharsets.UTF_8);
        float[] v = new float[data.readInt()];
        for (int d = 0; d < v.length; d++) {
          v[d] = data.readFloat();
        }
        known.put(text, v);
      }
    }
    return known;
  }

  private static void writeCache(Path cache, Map<String, float[]> known) throws IOException {
    try (OutputStream out = Files.newOutputStream(cache);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
      data.writeInt(known.size());
      for (Map.Entry<String, float[]> e : known.entrySet()) {
        byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
        data.writeInt(text.length);
        data.write(text);
        data.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          data.writeFloat(f);
        }
      }
    }
  }
}
