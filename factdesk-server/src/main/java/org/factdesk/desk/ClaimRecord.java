// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.util.List;

/**
 * A check-worthy claim on the checklist and its verdict, if any. {@code carryNote} says why an
 * earlier verdict did not carry over when the sentence changed.
 */
public record ClaimRecord(long id, long articleId, String claimType, double score, int start,
    int end, String sentence, Verdict verdict, List<String> evidence, String note, Long decidedBy,
    String decidedByName, Instant decidedAt, String carryNote) {
  public ClaimRecord {
    evidence = List.copyOf(evidence);
  }

  public boolean awaitingVerdict() {
    return verdict == null;
  }
}
