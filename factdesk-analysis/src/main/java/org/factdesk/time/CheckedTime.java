// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import org.factdesk.time.frame.Anchor;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.TimeAssertion;

/** How a report names the time a title was checked at, so every time finding says it the same way. */
final class CheckedTime {
  private CheckedTime() {}

  /**
   * "in 1979 (from “In 1979”)" for a mention anchored to a time of its own; else "on 2025-06-03"
   * for a dated article; else the article's time, with its solved frame when {@code sayFrame}.
   */
  static String of(TimeAssertion a, AsOfSolution s, boolean sayFrame) {
    if (!a.anchor().isPresent()) {
      return "in " + a.anchor().time().map(Anchor::describe).orElse("the time it speaks of") + " ("
          + a.anchor().describe() + ")";
    }
    if (s.date().isPresent()) {
      return "on " + s.date().get();
    }
    return !sayFrame || s.frame().describe().startsWith("at any") ? "at the article's time"
        : "in the article's time frame (" + s.frame().describe() + ")";
  }
}
