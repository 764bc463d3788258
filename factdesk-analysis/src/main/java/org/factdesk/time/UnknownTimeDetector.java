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
 * Says, as info, which titles the knowledge base cannot check at the time they speak of, and
 * why (beyond a source's data, an imprecise date, before its records): unknown is an answer,
 * neither confirmed nor an error, and an editor should know the check was not made.
 */
final class UnknownTimeDetector implements Detector {

  @Override
  public String name() {
    return "time-unknown";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.TIME_UNKNOWN);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TIME_ASSERTIONS, Capability.TIME_FRAME);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    AsOfSolution s = article.solvedTime();
    List<Finding> out = new ArrayList<>();
    for (AsOfSolution.Undecided u : s.unknown()) {
      TimeAssertion a = u.assertion();
      if (!a.kind().isRole()) {
        continue;
      }
      String when = CheckedTime.of(a, s, false);
      out.add(new Finding(FindingCodes.TIME_UNKNOWN, Severity.INFO, a.span(), a.quote(),
          "Unknown: whether " + a.claim() + " " + when + " cannot be checked: " + u.reason() + ".",
          a.evidence(), Optional.empty()));
    }
    return out;
  }
}
