// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.TimeAssertion;

/**
 * Confirms, as info, each title that holds at the article's time (given, or the frame the
 * solver settles on): "Vice President JD Vance" in 2025, with the term that proves it.
 */
final class ConfirmedRoleDetector implements Detector {

  @Override
  public String name() {
    return "confirmed-role";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.KB_CONFIRMED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TIME_ASSERTIONS, Capability.TIME_FRAME);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    AsOfSolution s = article.solvedTime();
    List<Finding> out = new ArrayList<>();
    for (TimeAssertion a : s.holding()) {
      if (!a.kind().isRole()) {
        continue;
      }
      String when = CheckedTime.of(a, s, true);
      out.add(new Finding(FindingCodes.KB_CONFIRMED, Severity.INFO, a.span(), a.quote(),
          "Confirmed: " + a.claim() + " " + when + ".", a.evidence(), Optional.empty()));
    }
    return out;
  }
}
