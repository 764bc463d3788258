// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;

/**
 * One message in a claim's discussion. It belongs to the claim's sentence (normalised), not to
 * the claim's number, so the thread survives re-analysis while the sentence stays.
 */
public record ClaimComment(long id, String sentence, String body, long createdBy, String createdByName,
    Instant createdAt) {
  public boolean about(ClaimRecord claim) {
    return sentence.equals(CarryOver.normalise(claim.sentence()));
  }
}
