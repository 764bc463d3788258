// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import java.util.List;
import java.util.Locale;

/** Counts of a binary decision against gold labels, and the positive class's precision, recall, F1. */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

  /** Predicts positive when a score is at or above {@code threshold}. */
  public static PrecisionRecall at(List<ScoredSentence> scored, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (ScoredSentence s : scored) {
      boolean predicted = s.predicted(threshold);
      boolean gold = s.sentence().positive();
      if (predicted && gold) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
    }
    return new PrecisionRecall(tp, fp, fn, tn);
  }

  public int n() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, n());
  }

  private static double ratio(double top, double bottom) {
    return bottom == 0 ? 0 : top / bottom;
  }

  /** The headline line: {@code <task>: precision P recall R f1 F n N}. */
  public String headline(String task) {
    return String.format(Locale.ROOT, "%s: precision %.3f recall %.3f f1 %.3f n %d", task, precision(), recall(), f1(), n());
  }
}
