// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.util.List;

/**
 * A check-worthy claim on the checklist and its verdict, if any. {@code carryNote} says why an
 * earlier verdict did not carry over when the sentence changed; {@code manual} claims were added
 * by a checker rather than found by the analysis.
 */
public record ClaimRecord(long id, long articleId, String claimType, double score, int start,
    int end, String sentence, Verdict verdict, List<String> evidence, String note, Long decidedBy,
    String decidedByName, Instant decidedAt, String carryNote, boolean manual, Long assigneeId,
    String assigneeName, int claimRank) {
  public ClaimRecord {
    evidence = List.copyOf(evidence);
  }

  public boolean awaitingVerdict() {
    return verdict == null;
  }

  /** Rated as wrong: inaccurate or misleading. */
  public boolean ratedWrong() {
    return verdict == Verdict.INACCURATE || verdict == Verdict.MISLEADING;
  }
}
