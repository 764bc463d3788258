// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import java.util.Optional;
import org.factdesk.kb.DateRange;

/**
 * The time a mention speaks of. By default the article's present; else an explicit time in its
 * clause ("In 1979, Prime Minister Margaret Thatcher …"), a historical frame ("the funeral of
 * President Reagan", "during the Gulf War") or a qualifier ("then-", "the late"). {@code time}
 * is empty when the anchor is historical but names no date ("under President Clinton"): such a
 * mention is about the past and is not checked. {@code cue} is the text that set the anchor.
 */
public record Anchor(Kind kind, Optional<DateRange> time, String cue) {
  public static final Anchor PRESENT = new Anchor(Kind.PRESENT, Optional.empty(), "");

  public Anchor {
    time = time == null ? Optional.empty() : time;
    cue = cue == null ? "" : cue;
  }

  /** What set the anchor. */
  public enum Kind {
    /** The article's own time (its date, or the frame the solver finds). */
    PRESENT,
    /** A date or year in the same clause: "in 1979", "ten years ago", "in his 1961 inaugural address". */
    EXPLICIT,
    /** A historical frame: "the funeral of", "the administration of", "under", "during the Gulf War". */
    FRAME,
    /** A qualifier that moves the title into the past: "then-", "the late". */
    QUALIFIER
  }

  public static Anchor explicit(DateRange time, String cue) {
    return new Anchor(Kind.EXPLICIT, Optional.of(time), cue);
  }

  public static Anchor frame(Optional<DateRange> time, String cue) {
    return new Anchor(Kind.FRAME, time, cue);
  }

  public static Anchor qualifier(String cue) {
    return new Anchor(Kind.QUALIFIER, Optional.empty(), cue);
  }

  public boolean isPresent() {
    return kind == Kind.PRESENT;
  }

  /** Historical with no date to check against: the mention is about the past, and nothing more is known. */
  public boolean isUndatedPast() {
    return kind != Kind.PRESENT && time.isEmpty();
  }

  /** The days the anchor stands for, when it names a time. */
  public Optional<IntervalSet> days() {
    return time.map(r -> IntervalSet.between(r.first(), r.last().plusDays(1)));
  }

  /** "as of 1979, from “In 1979”", for messages; empty for the present. */
  public String describe() {
    if (isPresent()) {
      return "";
    }
    String from = cue.isBlank() ? "" : ", from “" + cue + "”";
    return time.map(t -> "checked as of " + describe(t) + from).orElse("read as historical" + from);
  }

  /** "1979", "2003-03", "2014–2016": a span of whole years reads as one. */
  public static String describe(DateRange t) {
    if (t.first().getDayOfYear() == 1 && t.last().getMonthValue() == 12 && t.last().getDayOfMonth() == 31
        && t.last().getYear() > t.first().getYear()) {
      return t.first().getYear() + "–" + t.last().getYear();
    }
    return t.describe();
  }
}
