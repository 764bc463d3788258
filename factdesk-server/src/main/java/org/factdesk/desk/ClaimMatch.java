// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import org.jdbi.v3.core.mapper.Nested;

/**
 * A prior fact-check shown under a claim (by its sentence, so it survives re-analysis) and the
 * editor's decision on it, if any: {@code decision} is "accepted" or "rejected", with who,
 * when and why.
 */
public record ClaimMatch(long id, String sentence, @Nested PriorCheck check, String decision, String reason,
    Long decidedBy, String decidedByName, Instant decidedAt) {
  public boolean about(ClaimRecord claim) {
    return sentence.equals(CarryOver.normalise(claim.sentence()));
  }

  public boolean rejected() {
    return "rejected".equals(decision);
  }
}
