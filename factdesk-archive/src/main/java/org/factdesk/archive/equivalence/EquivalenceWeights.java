// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fitted equivalence model as a small text file: one {@code feature.NAME = weight} line per
 * feature, {@code bias}, the report {@code threshold} and a {@code trained} line saying on what.
 * Unknown keys and missing features are refused, so a file from another version cannot load
 * half-right.
 */
public record EquivalenceWeights(double[] weights, double bias, double threshold, String trained) {
  public EquivalenceWeights {
    if (weights.length != PairFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
    }
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  static EquivalenceWeights bundled() {
    try (InputStream in = EquivalenceWeights.class.getResourceAsStream("claim-equivalence.properties")) {
      if (in == null) {
        throw new IllegalStateException("claim-equivalence.properties is missing from the archive jar");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the bundled claim-equivalence.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EquivalenceWeights read(Path file) throws IOException {
    return read(Files.readString(file), file.toString());
  }

  static EquivalenceWeights read(String text, String where) {
    Properties p = new Properties();
    try (Reader r = new StringReader(text)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> known = new TreeSet<>(List.of("bias", "threshold", "trained"));
    PairFeatures.NAMES.forEach(n -> known.add("feature." + n));
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + ": unknown keys " + unknown);
    }
    Set<String> missing = new TreeSet<>(known);
    missing.removeAll(p.stringPropertyNames());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(where + ": missing keys " + missing);
    }
    double[] w = new double[PairFeatures.NAMES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = Double.parseDouble(p.getProperty("feature." + PairFeatures.NAMES.get(i)).strip());
    }
    return new EquivalenceWeights(w, Double.parseDouble(p.getProperty("bias").strip()),
        Double.parseDouble(p.getProperty("threshold").strip()), p.getProperty("trained").strip());
  }

  public EquivalenceWeights withThreshold(double t) {
    return new EquivalenceWeights(weights, bias, t, trained);
  }

  public String format() {
    List<String> lines = new ArrayList<>();
    lines.add("# Claim equivalence model: logistic regression over PairFeatures (factdesk-archive).");
    lines.add("# Written by: factdesk train matching. See docs/archive.md.");
    lines.add("trained = " + trained);
    lines.add(String.format(Locale.ROOT, "threshold = %.4f", threshold));
    lines.add(String.format(Locale.ROOT, "bias = %.6f", bias));
    for (int i = 0; i < weights.length; i++) {
      lines.add(String.format(Locale.ROOT, "feature.%s = %.6f", PairFeatures.NAMES.get(i), weights[i]));
    }
    return String.join("\n", lines) + "\n";
  }
}
