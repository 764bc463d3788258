// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;
import org.factdesk.audit.AuditEntry;

/**
 * Everything the article page and {@code GET /api/articles/{id}} show about one article;
 * {@code discussion} holds every claim's thread (match with {@link ClaimComment#about}),
 * {@code matches} every claim's prior fact-checks (match with {@link ClaimMatch#about}), and
 * {@code priorChecks} whether and how the desk matches claims at all.
 */
public record ArticleDetail(ArticleRecord article, List<ClaimRecord> claims,
    List<FindingRecord> findings, List<CorrectionRecord> corrections, LabelDecision label,
    boolean labelShown, List<AuditEntry> audit, List<ClaimComment> discussion,
    List<ClaimMatch> matches, PriorChecksStatus priorChecks) {
  public List<ClaimComment> thread(ClaimRecord claim) {
    return discussion.stream().filter(c -> c.about(claim)).toList();
  }

  public List<ClaimMatch> matches(ClaimRecord claim) {
    return matches.stream().filter(m -> m.about(claim)).toList();
  }
}
