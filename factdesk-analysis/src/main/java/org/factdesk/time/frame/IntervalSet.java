// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable set of days: sorted, disjoint, half-open ranges {@code [from, until)} of epoch
 * days. {@link #OPEN} bounds stand for "no limit". The time solver intersects these.
 */
public final class IntervalSet {
  public static final long OPEN_START = Long.MIN_VALUE;
  public static final long OPEN_END = Long.MAX_VALUE;

  /** One half-open range of epoch days. */
  public record Range(long from, long until) {
    public Range {
      if (until <= from) {
        throw new IllegalArgumentException("empty range " + from + ".." + until);
      }
    }
  }

  public static final IntervalSet ALL = new IntervalSet(List.of(new Range(OPEN_START, OPEN_END)));
  public static final IntervalSet EMPTY = new IntervalSet(List.of());

  private final List<Range> ranges;

  private IntervalSet(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** Days from {@code from} (inclusive) until {@code until} (exclusive); null means open. */
  public static IntervalSet between(LocalDate from, LocalDate until) {
    long f = from == null ? OPEN_START : from.toEpochDay();
    long u = until == null ? OPEN_END : until.toEpochDay();
    return u <= f ? EMPTY : new IntervalSet(List.of(new Range(f, u)));
  }

  public static IntervalSet onOrAfter(LocalDate day) {
    return between(day, null);
  }

  public static IntervalSet before(LocalDate day) {
    return between(null, day);
  }

  public static IntervalSet unionOf(List<IntervalSet> sets) {
    List<Range> all = new ArrayList<>();
    sets.forEach(s -> all.addAll(s.ranges));
    return normalise(all);
  }

  private static IntervalSet normalise(List<Range> input) {
    List<Range> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparingLong(Range::from));
    List<Range> out = new ArrayList<>();
    for (Range r : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).until() >= r.from()) {
        Range last = out.remove(out.size() - 1);
        out.add(new Range(last.from(), Math.max(last.until(), r.until())));
      } else {
        out.add(r);
      }
    }
    return new IntervalSet(out);
  }

  public List<Range> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean contains(LocalDate day) {
    long d = day.toEpochDay();
    return ranges.stream().anyMatch(r -> r.from() <= d && d < r.until());
  }

  public IntervalSet intersect(IntervalSet other) {
    List<Range> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ranges.size() && j < other.ranges.size()) {
      Range a = ranges.get(i);
      Range b = other.ranges.get(j);
      long from = Math.max(a.from(), b.from());
      long until = Math.min(a.until(), b.until());
      if (from < until) {
        out.add(new Range(from, until));
      }
      if (a.until() < b.until()) {
        i++;
      } else {
        j++;
      }
    }
    return new IntervalSet(out);
  }

  public IntervalSet complement() {
    List<Range> out = new ArrayList<>();
    long cursor = OPEN_START;
    for (Range r : ranges) {
      if (r.from() > cursor) {
        out.add(new Range(cursor, r.from()));
      }
      cursor = r.until();
    }
    if (cursor != OPEN_END) {
      out.add(new Range(cursor, OPEN_END));
    }
    return new IntervalSet(out);
  }

  public boolean overlaps(IntervalSet other) {
    return !intersect(other).isEmpty();
  }

  /** The first day in the set, if it has a lower bound. */
  public Optional<LocalDate> earliest() {
    return ranges.isEmpty() || ranges.get(0).from() == OPEN_START
        ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(ranges.get(0).from()));
  }

  /** The first day after the set, if it has an upper bound. */
  public Optional<LocalDate> endExclusive() {
    return ranges.isEmpty() || ranges.get(ranges.size() - 1).until() == OPEN_END
        ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(ranges.get(ranges.size() - 1).until()));
  }

  /** "from 2021-01-20 until 2025-01-20", "from 2025-02-18 on", "before 2024-11-05", "never". */
  public String describe() {
    if (ranges.isEmpty()) {
      return "never";
    }
    return ranges.stream().map(IntervalSet::describe).collect(Collectors.joining(", or "));
  }

  private static String describe(Range r) {
    boolean openStart = r.from() == OPEN_START;
    boolean openEnd = r.until() == OPEN_END;
    if (openStart && openEnd) {
      return "at any time";
    }
    if (openStart) {
      return "before " + LocalDate.ofEpochDay(r.until());
    }
    if (openEnd) {
      return "from " + LocalDate.ofEpochDay(r.from()) + " on";
    }
    return "from " + LocalDate.ofEpochDay(r.from()) + " until " + LocalDate.ofEpochDay(r.until());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntervalSet s && s.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
