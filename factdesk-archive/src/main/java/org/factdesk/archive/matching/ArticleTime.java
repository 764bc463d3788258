// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.matching;

import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.archive.FactCheck;

/**
 * What is known of when an article was written: its date, or for an undated article the frame
 * its dated statements fit ({@code frameEnd} exclusive, as the engine's time summary reports
 * it), or nothing.
 */
public record ArticleTime(Optional<LocalDate> date, Optional<LocalDate> frameStart,
    Optional<LocalDate> frameEnd) {
  public static ArticleTime dated(LocalDate date) {
    return new ArticleTime(Optional.of(date), Optional.empty(), Optional.empty());
  }

  public static ArticleTime framed(Optional<LocalDate> start, Optional<LocalDate> endExclusive) {
    return new ArticleTime(Optional.empty(), start, endExclusive);
  }

  public static ArticleTime unknown() {
    return new ArticleTime(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Timing timingOf(FactCheck check) {
    if (check.date().isEmpty()) {
      return Timing.CHECK_UNDATED;
    }
    LocalDate checked = check.date().get();
    if (date.isPresent()) {
      return checked.isAfter(date.get()) ? Timing.SINCE : Timing.BEFORE;
    }
    if (frameEnd.isPresent()) {
      return checked.isBefore(frameEnd.get()) ? Timing.BEFORE : Timing.SINCE;
    }
    return Timing.ARTICLE_UNDATED;
  }

  /** "2009-04-27", "undated; its text fits from 2009-01-20 until 2013-01-20", "undated". */
  public String describe() {
    if (date.isPresent()) {
      return date.get().toString();
    }
    if (frameStart.isEmpty() && frameEnd.isEmpty()) {
      return "undated";
    }
    return "undated; its text fits " + frameStart.map(s -> "from " + s).orElse("")
        + (frameStart.isPresent() && frameEnd.isPresent() ? " " : "")
        + frameEnd.map(e -> "until " + e).orElse(" on");
  }
}
