package org.factdesk.archive;

/**
 * How hybrid matching weighs its parts. Keyword side: BM25 over claim, title, subtitle and
 * their concatenation, each with a boost. Dense side: cosine between the claim's embedding and
 * the fact-check's. {@code depth} candidates come from each side; their union is re-ranked by
 * {@code keywordWeight * bm25 / best bm25 + similarityWeight * cosine}. The defaults are the
 * best found on the CheckThat! 2022 train set (docs/benchmarks.md).
 */
public record MatchSettings(boolean cleanQuery, float claimBoost, float titleBoost,
    float subtitleBoost, float allBoost, int depth, double keywordWeight,
    double similarityWeight) {
  public MatchSettings {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, got " + depth);
    }
  }

  public static MatchSettings defaults() {
    return new MatchSettings(true, 1.0f, 1.0f, 0.5f, 1.0f, 50, 0.5, 1.0);
  }

  public MatchSettings withWeights(double keyword, double similarity) {
    return new MatchSettings(cleanQuery, claimBoost, titleBoost, subtitleBoost, allBoost, depth,
        keyword, similarity);
  }

  public MatchSettings withBoosts(float claim, float title, float subtitle, float all) {
    return new MatchSettings(cleanQuery, claim, title, subtitle, all, depth, keywordWeight,
        similarityWeight);
  }

  public MatchSettings withCleaning(boolean clean) {
    return new MatchSettings(clean, claimBoost, titleBoost, subtitleBoost, allBoost, depth,
        keywordWeight, similarityWeight);
  }
}
