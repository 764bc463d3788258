// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;
import java.util.List;
import org.factdesk.analysis.Severity;
import org.factdesk.kb.Evidence;

/** A stored finding (anything but a claim) and what the desk decided about it. */
public record FindingRecord(long id, long articleId, String code, Severity severity, int start,
    int end, String quote, String message, List<Evidence> evidence, FindingStatus status,
    String reason, Long decidedBy, String decidedByName, Instant decidedAt) {
  public FindingRecord {
    evidence = List.copyOf(evidence);
  }

  public boolean blocksLabel() {
    return severity == Severity.ERROR && status == FindingStatus.OPEN;
  }
}
