// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One article as the desk stores it. {@code revision} grows with every change of text or date.
 * {@code assignedTo} is whoever worked on it last; {@code assigneeId} is who is asked to work on
 * it. {@code underReviewSince} is set while a published article's label is withdrawn.
 */
public record ArticleRecord(long id, String title, ArticleKind kind, ArticleState state,
    String sourceFormat, String sourceUrl, String sourceText, String analysedText, LocalDate asOf,
    int revision, AnalysisStatus analysisStatus, String analysisStage, String analysisError,
    Integer analysedRevision, long createdBy, String createdByName, Long assignedTo,
    String assignedToName, Instant createdAt, Instant updatedAt, Instant publishedAt,
    Instant underReviewSince, String underReviewReason, Integer reviewAfterSeq, Long assigneeId,
    String assigneeName, String claimant, String sourcePublisher, String asOfSource) {

  /** Whether the stored findings and claims describe the current text. */
  public boolean analysisCurrent() {
    return analysisStatus == AnalysisStatus.DONE && analysedRevision != null
        && analysedRevision == revision;
  }

  public boolean underReview() {
    return underReviewSince != null;
  }
}
