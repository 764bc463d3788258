// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import org.factdesk.desk.Verdict;

/** Verdicts as readers read them, and as schema.org ratings. */
public final class VerdictWords {
  private VerdictWords() {}

  /** One word for the badge. */
  public static String name(Verdict v) {
    return switch (v) {
      case ACCURATE -> "Accurate";
      case INACCURATE -> "Inaccurate";
      case MISLEADING -> "Misleading";
      case UNVERIFIABLE -> "Unverifiable";
      case NOT_A_CLAIM -> "Not a factual claim";
    };
  }

  /** A sentence saying what the verdict means. */
  public static String meaning(Verdict v) {
    return switch (v) {
      case ACCURATE -> "The evidence supports this statement.";
      case INACCURATE -> "The evidence contradicts this statement.";
      case MISLEADING -> "Partly true, but it leaves a wrong impression.";
      case UNVERIFIABLE -> "We could not confirm or refute this with the evidence available.";
      case NOT_A_CLAIM -> "This is an opinion or a description, not something that can be checked.";
    };
  }

  /**
   * Rating on a 1 (false) to 5 (true) scale, for every verdict a report publishes: 3 is
   * "neither confirmed nor refuted". "Not a claim" is never published as a review; it gets 3 too
   * so the scale is total.
   */
  static int rating(Verdict v) {
    return switch (v) {
      case ACCURATE -> 5;
      case MISLEADING -> 2;
      case INACCURATE -> 1;
      case UNVERIFIABLE, NOT_A_CLAIM -> 3;
    };
  }
}
