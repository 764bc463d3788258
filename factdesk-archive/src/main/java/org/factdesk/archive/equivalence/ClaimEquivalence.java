// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.TermRarity;

/**
 * Decides whether a retrieved fact-check checked the same claim as a sentence, not only the
 * same topic: a logistic model over {@link PairFeatures} (embedding similarity, how much of the
 * checked claim the sentence says weighted by rarity, names only one side has, numbers, years,
 * negation, claimant). Stateless and thread-safe; the bundled weights were fitted on CheckThat!
 * pairs and labelled news pairs (docs/archive.md) and carry the threshold used in reports.
 */
public final class ClaimEquivalence {
  /** Same stemming as the archive's index, so rarity look-ups hit the indexed stems. */
  static final Analyzer ANALYZER = new EnglishAnalyzer();

  private final EquivalenceWeights weights;

  public ClaimEquivalence(EquivalenceWeights weights) {
    this.weights = weights;
  }

  public static ClaimEquivalence bundled() {
    return new ClaimEquivalence(EquivalenceWeights.bundled());
  }

  /** Score at or above which a comparison counts as the same claim in reports. */
  public double threshold() {
    return weights.threshold();
  }

  public EquivalenceWeights weights() {
    return weights;
  }

  public ClaimComparison compare(String sentence, ArchiveMatch match, TermRarity rarity) {
    PairFeatures f = features(sentence, match, rarity);
    return new ClaimComparison(score(f.values()), f.agrees(), f.differs());
  }

  public boolean isSameClaim(ClaimComparison c) {
    return c.score() >= weights.threshold();
  }

  double score(double[] x) {
    double z = weights.bias();
    double[] w = weights.weights();
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static PairFeatures features(String sentence, ArchiveMatch match, TermRarity rarity) {
    FactCheck f = match.factCheck();
    ClaimParts here = ClaimParts.of(sentence, ANALYZER);
    ClaimParts there = ClaimParts.of(f.headline(), ANALYZER);
    ClaimParts title = ClaimParts.of(f.title(), ANALYZER);
    return PairFeatures.of(here, there, title, match.similarity(), rarity);
  }
}
