package org.factdesk.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.timeline.IntervalSet;
import org.factdesk.timeline.TimeAssertion;

/**
 * The solver's answer. With a date: the assertions that do not hold on it. Without: the window
 * the article fits, or, when it contradicts itself, the frame that fits best (bounded below by
 * events spoken of as past), the stale assertions outside it and the smallest conflicting pairs.
 */
public record AsOfSolution(Optional<LocalDate> date, IntervalSet frame, List<TimeAssertion> holding,
    List<TimeAssertion> stale, List<Conflict> conflicts) {
  public AsOfSolution {
    holding = List.copyOf(holding);
    stale = List.copyOf(stale);
    conflicts = List.copyOf(conflicts);
  }

  /** Two assertions that cannot both hold at any one time. */
  public record Conflict(TimeAssertion stale, TimeAssertion current) {}

  public boolean isConflict() {
    return date.isEmpty() && !stale.isEmpty();
  }
}
