// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.util.ArrayList;
import java.util.List;
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
import org.factdesk.time.frame.TimeAssertion.Kind;

/**
 * Flags each time-anchored assertion that does not hold at the article's time: a title the
 * person did not hold ({@code time.role}), an event spoken of as still to come that had already
 * happened ({@code time.stale-future}), or one spoken of as past that had not happened yet
 * ({@code time.anachronism}). One class per code keeps suppression simple.
 */
final class StaleAssertionDetector implements Detector {
  private final String code;
  private final Set<Kind> kinds;

  private StaleAssertionDetector(String code, Set<Kind> kinds) {
    this.code = code;
    this.kinds = kinds;
  }

  static StaleAssertionDetector roles() {
    return new StaleAssertionDetector(FindingCodes.TIME_ROLE, Set.of(Kind.ROLE, Kind.FORMER_ROLE, Kind.ELECT_ROLE));
  }

  static StaleAssertionDetector staleFuture() {
    return new StaleAssertionDetector(FindingCodes.TIME_STALE_FUTURE, Set.of(Kind.EVENT_FUTURE));
  }

  static StaleAssertionDetector anachronisms() {
    return new StaleAssertionDetector(FindingCodes.TIME_ANACHRONISM, Set.of(Kind.EVENT_PAST));
  }

  @Override
  public String name() {
    return code.replace('.', '-');
  }

  @Override
  public Set<String> codes() {
    return Set.of(code);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TIME_ASSERTIONS, Capability.TIME_FRAME);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    AsOfSolution solution = article.solvedTime();
    List<Finding> out = new ArrayList<>();
    for (TimeAssertion a : solution.stale()) {
      if (!kinds.contains(a.kind())) {
        continue;
      }
      String when;
      if (!a.anchor().isPresent()) {
        when = "not " + a.anchor().time().map(t -> "in " + org.factdesk.time.frame.Anchor.describe(t)).orElse("then") + " ("
            + a.anchor().describe() + ")";
      } else {
        when = solution.date().map(d -> "not on " + d + ", the article's date")
            .orElse("which does not fit the rest of the article (" + solution.frame().describe() + ")");
      }
      String message = "“" + a.quote() + "” implies " + a.claim() + ", but that held only "
          + a.describeWhen() + ", " + when + ".";
      if (a.when().isEmpty() && a.uncertain().isEmpty()) {
        message = "“" + a.quote() + "” implies " + a.claim() + ", which never held according to the knowledge base.";
      }
      out.add(new Finding(code, Severity.ERROR, a.span(), a.quote(), message, a.evidence(), java.util.Optional.empty()));
    }
    return out;
  }
}
