// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.util.Locale;

/** Counts of the thresholded "same claim" decision over {@code n} labelled pairs. */
public record MatchingScores(int truePositives, int falsePositives, int falseNegatives, int n) {
  /** 1 when nothing was called the same claim: no claim made, none wrong. */
  public double precision() {
    int said = truePositives + falsePositives;
    return said == 0 ? 1 : truePositives / (double) said;
  }

  public double recall() {
    int same = truePositives + falseNegatives;
    return same == 0 ? 1 : truePositives / (double) same;
  }

  /** The line scripts read: {@code matching: precision P recall R n N}. */
  public String line() {
    return String.format(Locale.ROOT, "matching: precision %.4f recall %.4f n %d", precision(), recall(), n);
  }
}
