// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

/**
 * How hybrid matching weighs its parts. Keyword side: BM25 over claim, title, subtitle and
 * their concatenation, each with a boost. Dense side: cosine between the claim's embedding and
 * the fact-check's. Time: how close the fact-check's date is to the claim's own date, when both
 * are known. {@code depth} candidates come from each side; their union is re-ranked by
 * {@code keywordWeight * bm25 / best bm25 + similarityWeight * cosine
 * + dateWeight * exp(-|days apart| / dateScaleDays)}. The defaults were chosen on the
 * CheckThat! 2022 train set (docs/benchmarks.md records each attempt).
 */
public record MatchSettings(boolean cleanQuery, float claimBoost, float titleBoost,
    float subtitleBoost, float allBoost, int depth, double keywordWeight,
    double similarityWeight, double dateWeight, double dateScaleDays) {
  public MatchSettings {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, got " + depth);
    }
    if (dateScaleDays <= 0) {
      throw new IllegalArgumentException("dateScaleDays must be positive, got " + dateScaleDays);
    }
  }

  public static MatchSettings defaults() {
    return new MatchSettings(true, 1.0f, 1.0f, 0.5f, 1.0f, 100, 0.3, 1.0, 0.3, 14);
  }
}
