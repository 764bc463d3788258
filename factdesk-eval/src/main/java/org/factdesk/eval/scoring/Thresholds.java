// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import java.util.Comparator;
import java.util.List;

/** Chooses a decision threshold from scored dev sentences. */
public final class Thresholds {
  private Thresholds() {}

  /**
   * The threshold with the best F1 of the positive class, placed half-way between two adjacent
   * distinct scores so that it does not sit on any one sentence; 0.5 when there is nothing to
   * choose from.
   */
  public static double bestF1(List<ScoredSentence> scored) {
    List<ScoredSentence> sorted = scored.stream().sorted(Comparator.comparingDouble(ScoredSentence::score).reversed()).toList();
    int positives = (int) scored.stream().filter(s -> s.sentence().positive()).count();
    if (sorted.isEmpty() || positives == 0) {
      return 0.5;
    }
    double best = -1;
    double bestThreshold = 0.5;
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).sentence().positive()) {
        tp++;
      } else {
        fp++;
      }
      boolean boundary = i + 1 == sorted.size() || sorted.get(i + 1).score() < sorted.get(i).score();
      if (!boundary) {
        continue;
      }
      double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
      if (f1 > best) {
        best = f1;
        double below = i + 1 == sorted.size() ? 0 : sorted.get(i + 1).score();
        bestThreshold = (sorted.get(i).score() + below) / 2;
      }
    }
    return bestThreshold;
  }
}
