// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.kb.Evidence;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.IntervalSet;
import org.factdesk.time.frame.TimeAssertion;

/**
 * When an undated article contradicts itself in time, says so once: which statements belong to
 * the stale frame, which to the current one, and why the stale one is stale.
 */
final class TimeConflictDetector implements Detector {

  @Override
  public String name() {
    return "time-conflict";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.TIME_CONFLICT);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TIME_ASSERTIONS, Capability.TIME_FRAME);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    AsOfSolution s = article.solvedTime();
    if (!s.isConflict() || s.conflicts().isEmpty()) {
      return List.of();
    }
    // Only present-anchored statements make frames; a mention anchored to its own time is judged apart.
    List<TimeAssertion> staleSet = s.conflicts().stream().map(AsOfSolution.Conflict::stale).distinct().toList();
    List<TimeAssertion> holdingSet = s.holding().stream().filter(a -> a.anchor().isPresent()).toList();
    IntervalSet staleFrame = IntervalSet.ALL;
    for (TimeAssertion a : staleSet) {
      IntervalSet next = staleFrame.intersect(a.frameable());
      staleFrame = next.isEmpty() ? staleFrame : next;
    }
    IntervalSet stalePart = staleFrame;
    // Only the statements that cannot share the stale frame's time explain the conflict.
    List<TimeAssertion> current = holdingSet.stream().filter(a -> !a.frameable().overlaps(stalePart)).toList();
    List<TimeAssertion> past = current.stream().filter(a -> a.kind() == TimeAssertion.Kind.EVENT_PAST).toList();
    String stale = quotes(staleSet);
    String currentQuotes = quotes(current.isEmpty() ? holdingSet : current);
    String why = past.isEmpty()
        ? "most of the article's statements fit the later frame"
        : "the article speaks of " + quotes(past) + " as having happened, so it was written "
            + s.frame().describe();
    AsOfSolution.Conflict first = s.conflicts().get(0);
    String message = "The article mixes two time frames: " + stale + " fit only " + staleFrame.describe()
        + ", while " + currentQuotes + " place it " + s.frame().describe() + ". The earlier frame is stale: " + why
        + ". For example, “" + first.stale().quote() + "” (" + first.stale().describeWhen()
        + ") cannot be true together with “" + first.current().quote() + "” ("
        + first.current().describeWhen() + ").";
    Set<Evidence> evidence = new LinkedHashSet<>();
    for (AsOfSolution.Conflict c : s.conflicts()) {
      evidence.addAll(c.stale().evidence());
      evidence.addAll(c.current().evidence());
    }
    TimeAssertion anchor = staleSet.get(0);
    return List.of(new Finding(FindingCodes.TIME_CONFLICT, Severity.ERROR, anchor.span(), anchor.quote(), message,
        new ArrayList<>(evidence), Optional.empty()));
  }

  private static String quotes(List<TimeAssertion> assertions) {
    return assertions.stream().map(a -> "“" + a.quote() + "”").distinct().collect(Collectors.joining(", "));
  }
}
