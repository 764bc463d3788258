// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import java.util.List;

/**
 * How a sentence compares with one fact-check: the model's {@code score} (0–1; the same claim
 * when at or above {@link ClaimEquivalence#threshold()}), and in words what agrees and what
 * differs ("claimant: Barack Obama", "numbers: 2.8 million here, 800,000 in the fact-check"),
 * so an editor can accept or reject the match at a glance.
 */
public record ClaimComparison(double score, List<String> agrees, List<String> differs) {
  public ClaimComparison {
    agrees = List.copyOf(agrees);
    differs = List.copyOf(differs);
  }
}
