// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;
import java.util.Map;

/**
 * The desk at a glance: articles by state, open findings by severity, claims waiting for a
 * verdict, and who last worked on each unpublished article.
 */
public record Dashboard(Map<String, List<ArticleRecord>> articlesByState,
    Map<String, Long> openFindingsBySeverity, long claimsAwaitingVerdict,
    List<ClaimRecord> firstClaimsAwaitingVerdict, List<WorkItem> inProgress) {

  /** Who is working on what: the last person to act on an unpublished article. */
  public record WorkItem(String person, long articleId, String title, String state) {}
}
