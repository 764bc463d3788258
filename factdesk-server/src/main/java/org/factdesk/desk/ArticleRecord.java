// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.time.LocalDate;

/** One article as the desk stores it. {@code revision} grows with every change of text. */
public record ArticleRecord(long id, String title, ArticleKind kind, ArticleState state,
    String sourceFormat, String sourceUrl, String sourceText, String analysedText, LocalDate asOf,
    int revision, AnalysisStatus analysisStatus, String analysisStage, String analysisError,
    Integer analysedRevision, long createdBy, String createdByName, Long assignedTo,
    String assignedToName, Instant createdAt, Instant updatedAt, Instant publishedAt) {

  /** Whether the stored findings and claims describe the current text. */
  public boolean analysisCurrent() {
    return analysisStatus == AnalysisStatus.DONE && analysedRevision != null
        && analysedRevision == revision;
  }
}
