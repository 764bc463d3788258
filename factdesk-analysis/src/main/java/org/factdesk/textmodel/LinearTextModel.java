// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A logistic model over {@link HashedTextFeatures}: {@code score = sigmoid(bias + w · x)}, with
 * the decision threshold chosen when it was trained. Immutable and thread-safe; scoring one
 * sentence costs one featurization and one sparse dot product.
 *
 * <p>File format (gzip): {@code "factdesk-linear-text-model"}, version int, name, description,
 * feature spec, bias, threshold, bucket count, then one float per bucket.
 */
public final class LinearTextModel {
  private static final String MAGIC = "factdesk-linear-text-model";
  private static final int VERSION = 1;

  private final HashedTextFeatures features;
  private final float[] weights;
  private final double bias;
  private final double threshold;
  private final String name;
  private final String description;

  /**
   * Takes ownership of {@code weights}; callers must not change the array afterwards.
   *
   * @param name a short name for findings and reports ("logreg checkworthy, CT24 train")
   * @param description how it was trained, in full, for docs and eval output
   */
  public LinearTextModel(FeatureSpec spec, float[] weights, double bias, double threshold, String name, String description) {
    if (weights.length != spec.buckets()) {
      throw new IllegalArgumentException("expected " + spec.buckets() + " weights for " + spec + ", got " + weights.length);
    }
    this.features = new HashedTextFeatures(spec);
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
    this.name = name;
    this.description = description;
  }

  public FeatureSpec spec() {
    return features.spec();
  }

  public double threshold() {
    return threshold;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The probability-like score in [0, 1] of one sentence. */
  public double score(String sentence) {
    return score(features.featurize(sentence));
  }

  /** The score of an already featurized sentence (same spec as this model). */
  public double score(SparseVector x) {
    return sigmoid(bias + x.dot(weights));
  }

  /** The same weights with another threshold and description, e.g. after choosing it on dev. */
  public LinearTextModel withThreshold(double newThreshold, String newDescription) {
    return new LinearTextModel(spec(), weights, bias, newThreshold, name, newDescription);
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(target, 1 << 16));
    DataOutputStream out = new DataOutputStream(gzip);
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(name);
    out.writeUTF(description);
    out.writeUTF(spec().toString());
    out.writeDouble(bias);
    out.writeDouble(threshold);
    out.writeInt(weights.length);
    for (float w : weights) {
      out.writeFloat(w);
    }
    out.flush();
    gzip.finish();
    gzip.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws UnreadableModelException if the stream is not such a model, saying why
   */
  /** A model file written by {@code factdesk train}. */
  public static LinearTextModel read(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** A model bundled on the classpath; a missing or unreadable one is a broken build. */
  public static LinearTextModel readResource(String resource) {
    try (java.io.InputStream in = LinearTextModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled model " + resource + " is missing from the classpath");
      }
      return read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read bundled model " + resource, e);
    }
  }

  public static LinearTextModel read(InputStream source) throws IOException {
    try {
      DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(source, 1 << 16)));
      if (!MAGIC.equals(in.readUTF())) {
        throw new UnreadableModelException("not a factdesk linear text model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new UnreadableModelException("model format version " + version + " is not supported (expected " + VERSION + ")");
      }
      String name = in.readUTF();
      String description = in.readUTF();
      FeatureSpec spec;
      try {
        spec = FeatureSpec.parse(in.readUTF());
      } catch (IllegalArgumentException e) {
        throw new UnreadableModelException("bad feature spec in model: " + e.getMessage());
      }
      double bias = in.readDouble();
      double threshold = in.readDouble();
      int count = in.readInt();
      if (count != spec.buckets()) {
        throw new UnreadableModelException("model has " + count + " weights but its spec needs " + spec.buckets());
      }
      float[] weights = new float[count];
      for (int i = 0; i < count; i++) {
        weights[i] = in.readFloat();
      }
      return new LinearTextModel(spec, weights, bias, threshold, name, description);
    } catch (ZipException | EOFException | java.io.UTFDataFormatException e) {
      throw new UnreadableModelException("not a factdesk linear text model (" + e.getMessage() + ")");
    }
  }
}
