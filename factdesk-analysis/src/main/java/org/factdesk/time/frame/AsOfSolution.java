// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The solver's answer. With a date: the assertions that hold on it, fail on it, or cannot be
 * decided. Without: the window the article's present-anchored statements fit, or, when they
 * contradict each other, the frame that fits best (bounded below by events spoken of as past),
 * the stale assertions outside it and each conflicting pair, in text order. Assertions anchored to a
 * time of their own ("In 1979, …") are judged against that time in either case and never move
 * the frame.
 */
public record AsOfSolution(Optional<LocalDate> date, IntervalSet frame, List<TimeAssertion> holding,
    List<TimeAssertion> stale, List<Undecided> unknown, List<Conflict> conflicts) {
  public AsOfSolution {
    holding = List.copyOf(holding);
    stale = List.copyOf(stale);
    unknown = List.copyOf(unknown);
    conflicts = List.copyOf(conflicts);
  }

  /** Two present-anchored assertions, with different words, that cannot both hold at any one time. */
  public record Conflict(TimeAssertion stale, TimeAssertion current) {}

  /** An assertion the knowledge base cannot decide at the time it speaks of, and why. */
  public record Undecided(TimeAssertion assertion, String reason) {}

  /** An undated article whose present-anchored statements contradict each other. */
  public boolean isConflict() {
    return date.isEmpty() && !conflicts.isEmpty();
  }
}
