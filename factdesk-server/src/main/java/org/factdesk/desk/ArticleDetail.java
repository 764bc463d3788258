// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;
import org.factdesk.audit.AuditEntry;

/**
 * Everything the article page and {@code GET /api/articles/{id}} show about one article;
 * {@code discussion} holds every claim's thread (match with {@link ClaimComment#about}).
 */
public record ArticleDetail(ArticleRecord article, List<ClaimRecord> claims,
    List<FindingRecord> findings, List<CorrectionRecord> corrections, LabelDecision label,
    boolean labelShown, List<AuditEntry> audit, List<ClaimComment> discussion) {
  public List<ClaimComment> thread(ClaimRecord claim) {
    return discussion.stream().filter(c -> c.about(claim)).toList();
  }
}
