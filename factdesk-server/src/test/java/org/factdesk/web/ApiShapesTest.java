// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.Severity;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.FindingRecord;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.Verdict;
import org.junit.jupiter.api.Test;

/** The claim and finding JSON is the API's (docs/api.md), whatever the desk's rows hold. */
class ApiShapesTest {
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  private List<String> fields(Object shape) {
    return new ArrayList<>(json.convertValue(shape, Map.class).keySet().stream().map(Object::toString).toList());
  }

  @Test
  void aClaimHasTheDocumentedFields() {
    ClaimRecord row = new ClaimRecord(7, 3, "statistic", 0.9, 10, 40, "Rates rose 14 percent.", Verdict.ACCURATE,
        List.of("https://example.org/data"), null, 2L, "Carl", null, null, false, null, null, 1);
    assertThat(fields(ApiShapes.Claim.of(row))).containsExactly("id", "articleId", "claimType", "score", "claimRank",
        "start", "end", "sentence", "verdict", "evidence", "note", "decidedBy", "decidedByName", "decidedAt", "carryNote",
        "manual", "assigneeId", "assigneeName");
  }

  @Test
  void aFindingHasTheDocumentedFields() {
    FindingRecord row = new FindingRecord(9, 3, "time.role", Severity.ERROR, 0, 20, "President Joe Biden", "…", List.of(),
        FindingStatus.OPEN, null, null, null, null);
    assertThat(fields(ApiShapes.Finding.of(row))).containsExactly("id", "articleId", "code", "severity", "start", "end",
        "quote", "message", "evidence", "status", "reason", "decidedBy", "decidedByName", "decidedAt");
  }
}
