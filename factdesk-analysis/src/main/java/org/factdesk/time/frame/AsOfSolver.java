// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.factdesk.time.frame.TimeAssertion.Kind;
import org.factdesk.time.frame.TimeAssertion.Outcome;
import org.factdesk.time.frame.TimeAssertion.Verdict;

/**
 * Solves for the time an article speaks from. Only present-anchored assertions take part:
 * a mention anchored elsewhere ("In 1979, …", "the funeral of …") is judged against its own
 * anchor and never pulls the frame. With a date, every present-anchored assertion is checked
 * against it. Without one, the days each may hold on (certainly, or as far as the knowledge base
 * can tell) are intersected; if that is empty, the day that satisfies the most past-event
 * references, then the most assertions, then the latest wins: events spoken of as past bound the
 * writing from below, which is what tells the stale side of a conflict. An assertion outside that
 * day is stale only when another present-anchored statement, in other words, contradicts it.
 * Pure and cheap (microseconds for an article), so each detector may call it.
 */
public final class AsOfSolver {

  public AsOfSolution solve(List<TimeAssertion> assertions, Optional<LocalDate> date) {
    List<TimeAssertion> holding = new ArrayList<>();
    List<TimeAssertion> stale = new ArrayList<>();
    List<AsOfSolution.Undecided> unknown = new ArrayList<>();
    List<TimeAssertion> present = new ArrayList<>();
    for (TimeAssertion a : assertions) {
      if (a.anchor().isPresent()) {
        present.add(a);
      } else {
        // Anchored elsewhere: judged against its own time when it names one; else about the past, unchecked.
        a.anchor().days().ifPresent(days -> sort(a, a.verdict(days), holding, stale, unknown));
      }
    }
    if (date.isPresent()) {
      LocalDate d = date.get();
      IntervalSet day = IntervalSet.between(d, d.plusDays(1));
      for (TimeAssertion a : present) {
        sort(a, a.verdict(day), holding, stale, unknown);
      }
      return new AsOfSolution(date, day, holding, stale, unknown, List.of());
    }
    IntervalSet all = IntervalSet.ALL;
    for (TimeAssertion a : present) {
      all = all.intersect(a.frameable());
    }
    if (!all.isEmpty()) {
      // Say the window the knowledge base is sure of when there is one; the days of doubt only widen it.
      IntervalSet sure = IntervalSet.ALL;
      for (TimeAssertion a : present) {
        sure = sure.intersect(a.when());
      }
      IntervalSet frame = sure.isEmpty() ? all : sure;
      for (TimeAssertion a : present) {
        sort(a, a.verdict(frame), holding, stale, unknown);
      }
      return new AsOfSolution(date, frame, holding, stale, unknown, List.of());
    }
    long best = bestDay(present);
    IntervalSet bestDay = IntervalSet.between(LocalDate.ofEpochDay(best), LocalDate.ofEpochDay(best + 1));
    List<TimeAssertion> current = new ArrayList<>();
    List<TimeAssertion> outside = new ArrayList<>();
    IntervalSet frame = IntervalSet.ALL;
    IntervalSet sure = IntervalSet.ALL;
    for (TimeAssertion a : present) {
      if (a.frameable().overlaps(bestDay)) {
        current.add(a);
        frame = frame.intersect(a.frameable());
        if (a.when().overlaps(bestDay)) {
          sure = sure.intersect(a.when());
        }
      } else {
        outside.add(a);
      }
    }
    // Staleness is judged on the days the knowledge base is sure of; beyond its data it cannot rule anything out.
    IntervalSet judged = frame.intersect(sure).isEmpty() ? frame : frame.intersect(sure);
    for (TimeAssertion a : current) {
      sort(a, a.verdict(frame), holding, stale, unknown);
    }
    List<AsOfSolution.Conflict> conflicts = new ArrayList<>();
    for (TimeAssertion s : outside) {
      // Never an expression against itself: "Brexit" spoken of as past and as future is a topic, not two frames.
      List<TimeAssertion> others = current.stream().filter(h -> !h.quote().equalsIgnoreCase(s.quote())).toList();
      Optional<TimeAssertion> partner = others.stream().filter(h -> !h.frameable().overlaps(s.frameable())).findFirst()
          .or(() -> others.stream().filter(h -> !h.when().overlaps(s.frameable())).findFirst());
      if (partner.isPresent() && !s.frameable().overlaps(judged)) {
        stale.add(s);
        conflicts.add(new AsOfSolution.Conflict(s, partner.get()));
      } else {
        unknown.add(new AsOfSolution.Undecided(s, "it fits only " + s.frameable().describe()
            + ", and nothing else in the article says when it was written"));
      }
    }
    stale.sort((a, b) -> a.span().compareTo(b.span()));
    return new AsOfSolution(date, frame, holding, stale, unknown, conflicts);
  }

  private static void sort(TimeAssertion a, Verdict v, List<TimeAssertion> holding, List<TimeAssertion> stale,
      List<AsOfSolution.Undecided> unknown) {
    if (v.outcome() == Outcome.HOLDS) {
      holding.add(a);
    } else if (v.outcome() == Outcome.FAILS) {
      stale.add(a);
    } else {
      unknown.add(new AsOfSolution.Undecided(a, v.reason().orElse("the knowledge base cannot tell")));
    }
  }

  /** Scores every elementary segment between assertion boundaries and returns a day of the best. */
  private static long bestDay(List<TimeAssertion> assertions) {
    TreeSet<Long> points = new TreeSet<>();
    List<IntervalSet> possible = assertions.stream().map(TimeAssertion::frameable).toList();
    for (IntervalSet p : possible) {
      for (IntervalSet.Range r : p.ranges()) {
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
      int certain = 0;
      int total = 0;
      for (int i = 0; i < assertions.size(); i++) {
        if (containsDay(possible.get(i), day)) {
          total++;
          if (assertions.get(i).kind() == Kind.EVENT_PAST) {
            past++;
          }
          if (containsDay(assertions.get(i).when(), day)) {
            certain++;
          }
        }
      }
      // Days the knowledge base is sure of beat days beyond its data: doubt never chooses the frame.
      int[] score = {past, certain, total};
      if (bestScore == null || java.util.Arrays.compare(score, bestScore) >= 0) {
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
