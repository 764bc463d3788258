package org.factdesk.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.factdesk.timeline.IntervalSet;
import org.factdesk.timeline.TimeAssertion;
import org.factdesk.timeline.TimeAssertion.Kind;

/**
 * Solves for the time an article speaks from. With a date, every assertion is checked against
 * it. Without one, the assertions are intersected; if that is empty, the day that satisfies the
 * most past-event references, then the most assertions, then the latest wins: events spoken of
 * as past bound the writing from below, which is what tells the stale side of a conflict.
 * Pure and cheap (microseconds for an article), so each detector may call it.
 */
public final class AsOfSolver {

  public AsOfSolution solve(List<TimeAssertion> assertions, Optional<LocalDate> date) {
    if (date.isPresent()) {
      LocalDate d = date.get();
      List<TimeAssertion> holding = new ArrayList<>();
      List<TimeAssertion> stale = new ArrayList<>();
      for (TimeAssertion a : assertions) {
        (a.holdsOn(d) ? holding : stale).add(a);
      }
      return new AsOfSolution(date, IntervalSet.between(d, d.plusDays(1)), holding, stale, List.of());
    }
    IntervalSet all = IntervalSet.ALL;
    for (TimeAssertion a : assertions) {
      all = all.intersect(a.when());
    }
    if (!all.isEmpty()) {
      return new AsOfSolution(date, all, assertions, List.of(), List.of());
    }
    long best = bestDay(assertions);
    List<TimeAssertion> holding = new ArrayList<>();
    List<TimeAssertion> stale = new ArrayList<>();
    IntervalSet frame = IntervalSet.ALL;
    for (TimeAssertion a : assertions) {
      if (containsDay(a.when(), best)) {
        holding.add(a);
        frame = frame.intersect(a.when());
      } else {
        stale.add(a);
      }
    }
    List<AsOfSolution.Conflict> conflicts = new ArrayList<>();
    for (TimeAssertion s : stale) {
      holding.stream().filter(h -> !h.when().overlaps(s.when())).findFirst()
          .ifPresent(h -> conflicts.add(new AsOfSolution.Conflict(s, h)));
    }
    return new AsOfSolution(date, frame, holding, stale, conflicts);
  }

  /** Scores every elementary segment between assertion boundaries and returns a day of the best. */
  private static long bestDay(List<TimeAssertion> assertions) {
    TreeSet<Long> points = new TreeSet<>();
    for (TimeAssertion a : assertions) {
      for (IntervalSet.Range r : a.when().ranges()) {
        if (r.from() != IntervalSet.OPEN_START) {
          points.add(r.from());
        }
        if (r.until() != IntervalSet.OPEN_END) {
          points.add(r.until());
        }
      }
    }
    List<Long> candidates = new ArrayList<>();
    if (points.isEmpty()) {
      return 0L;
    }
    candidates.add(points.first() - 1);
    candidates.addAll(points);
    long bestDay = candidates.get(0);
    int[] bestScore = null;
    for (long day : candidates) {
      int past = 0;
      int total = 0;
      for (TimeAssertion a : assertions) {
        if (containsDay(a.when(), day)) {
          total++;
          if (a.kind() == Kind.EVENT_PAST) {
            past++;
          }
        }
      }
      int[] score = {past, total};
      if (bestScore == null || score[0] > bestScore[0] || (score[0] == bestScore[0] && score[1] >= bestScore[1])) {
        bestScore = score;
        bestDay = day;
      }
    }
    return bestDay;
  }

  private static boolean containsDay(IntervalSet set, long day) {
    for (IntervalSet.Range r : set.ranges()) {
      if (r.from() <= day && day < r.until()) {
        return true;
      }
    }
    return false;
  }
}
