// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.List;

/**
 * One prior fact-check proposed for a claim: what it checked, its rating, who published it,
 * when and where; {@code timing} against the article ("before", "since", "check-undated",
 * "article-undated"); the same-claim {@code score} and whether the model {@code judged} it the
 * same claim (false: a keyword candidate nobody judged); what agrees and what differs.
 */
public record PriorCheck(String factCheckId, String claim, String rating, String publisher,
    String url, LocalDate date, String timing, double score, boolean judged, List<String> agrees,
    List<String> differs) {
  public PriorCheck {
    agrees = List.copyOf(agrees);
    differs = List.copyOf(differs);
  }
}
