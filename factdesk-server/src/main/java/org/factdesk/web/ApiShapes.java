// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.time.Instant;
import java.util.List;
import org.factdesk.analysis.Severity;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.FindingRecord;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.Verdict;
import org.factdesk.kb.Evidence;

/**
 * The API's own JSON for claims and findings (docs/api.md), copied from the desk's rows field by
 * field: a column added to or renamed in the desk's tables is not an API change until it is
 * added here.
 */
final class ApiShapes {
  private ApiShapes() {}

  /** A claim on the checklist, its verdict and who decided it. */
  record Claim(long id, long articleId, String claimType, double score, int claimRank, int start, int end,
      String sentence, Verdict verdict, List<String> evidence, String note, Long decidedBy, String decidedByName,
      Instant decidedAt, String carryNote, boolean manual, Long assigneeId, String assigneeName) {
    static Claim of(ClaimRecord c) {
      return new Claim(c.id(), c.articleId(), c.claimType(), c.score(), c.claimRank(), c.start(), c.end(),
          c.sentence(), c.verdict(), c.evidence(), c.note(), c.decidedBy(), c.decidedByName(), c.decidedAt(),
          c.carryNote(), c.manual(), c.assigneeId(), c.assigneeName());
    }
  }

  /** A finding (anything but a claim) and what the desk decided about it. */
  record Finding(long id, long articleId, String code, Severity severity, int start, int end, String quote,
      String message, List<Evidence> evidence, FindingStatus status, String reason, Long decidedBy,
      String decidedByName, Instant decidedAt) {
    static Finding of(FindingRecord f) {
      return new Finding(f.id(), f.articleId(), f.code(), f.severity(), f.start(), f.end(), f.quote(), f.message(),
          f.evidence(), f.status(), f.reason(), f.decidedBy(), f.decidedByName(), f.decidedAt());
    }
  }

  /** What is assigned to a person and what changed, articles as list summaries. */
  record Inbox(List<Api.ArticleSummary> articles, List<Claim> claims, List<?> notices) {}
}
