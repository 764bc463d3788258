// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import java.util.Comparator;
import java.util.List;
import org.factdesk.analysis.Finding;

/** Claims in the order a checker should work them: by rank (1 first), unranked ones after, in document order. */
final class ClaimOrder {
  private ClaimOrder() {}

  static List<Finding> byRank(List<Finding> claims) {
    return claims.stream().sorted(Comparator.comparingInt(ClaimOrder::rank)).toList();
  }

  private static int rank(Finding f) {
    int rank = f.claim().map(c -> c.rank()).orElse(0);
    return rank > 0 ? rank : Integer.MAX_VALUE;
  }
}
