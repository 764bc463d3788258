// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule behind the "fact-checked" label and the {@code checked} state: the analysis has
 * read the current text, every check-worthy claim has a verdict, and no error finding is open.
 * Every route that marks, publishes or shows the label asks this class and nothing else.
 */
public final class LabelPolicy {
  public LabelDecision decide(ArticleRecord article, List<ClaimRecord> claims,
      List<FindingRecord> findings) {
    List<String> reasons = new ArrayList<>();
    if (!article.analysisCurrent()) {
      reasons.add(switch (article.analysisStatus()) {
        case FAILED -> "The analysis of the latest text failed; fix the text or try again.";
        default -> "The analysis of the latest text has not finished yet.";
      });
      return new LabelDecision(reasons);
    }
    long awaiting = claims.stream().filter(ClaimRecord::awaitingVerdict).count();
    if (awaiting > 0) {
      reasons.add(awaiting == 1
          ? "1 claim is still waiting for a verdict."
          : awaiting + " claims are still waiting for a verdict.");
    }
    long errors = findings.stream().filter(FindingRecord::blocksLabel).count();
    if (errors > 0) {
      reasons.add(errors == 1
          ? "1 error finding is still open; fix it or dismiss it with a reason."
          : errors + " error findings are still open; fix them or dismiss them with a reason.");
    }
    return new LabelDecision(reasons);
  }
}
