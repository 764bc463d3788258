// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.util.List;

/**
 * A prior fact-check that matches a claim: the fused {@code score} (comparable to the calibrated
 * threshold), the keyword score and the embedding cosine it came from, and the words the claim
 * and the fact-check share (why it matched).
 */
public record ArchiveMatch(FactCheck factCheck, double score, double keywordScore,
    double similarity, List<String> sharedTerms) {
  public ArchiveMatch {
    sharedTerms = List.copyOf(sharedTerms);
  }
}
