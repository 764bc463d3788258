// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;
import org.factdesk.audit.AuditEntry;

/** Everything the article page and {@code GET /api/articles/{id}} show about one article. */
public record ArticleDetail(ArticleRecord article, List<ClaimRecord> claims,
    List<FindingRecord> findings, List<CorrectionRecord> corrections, LabelDecision label,
    boolean labelShown, List<AuditEntry> audit) {}
