// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.Span;
import org.factdesk.kb.Evidence;

/**
 * Something the text implies about a time: "Vice President JD Vance" means Vance was Vice
 * President at the time the mention speaks of ({@code anchor}: the article's present unless the
 * text says otherwise). {@code when} is the set of days on which the assertion certainly holds;
 * {@code uncertain} are days on which the knowledge base cannot tell (beyond a source's data,
 * inside an imprecise date, before its records of an office), each with the reason.
 */
public record TimeAssertion(Kind kind, Span span, String quote, int sentenceIndex, IntervalSet when,
    String claim, List<Evidence> evidence, List<Uncertainty> uncertain, Anchor anchor) {
  public TimeAssertion {
    evidence = List.copyOf(evidence);
    uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
    anchor = anchor == null ? Anchor.PRESENT : anchor;
  }

  /** A present-anchored assertion whose knowledge is certain everywhere. */
  public TimeAssertion(Kind kind, Span span, String quote, int sentenceIndex, IntervalSet when, String claim,
      List<Evidence> evidence) {
    this(kind, span, quote, sentenceIndex, when, claim, evidence, List.of(), Anchor.PRESENT);
  }

  /** Days on which the knowledge base cannot say whether the assertion holds, and why. */
  public record Uncertainty(IntervalSet days, String reason) {}

  /** The answer for one time: holds, fails, or unknown (and why). */
  public record Verdict(Outcome outcome, Optional<String> reason) {
    public static final Verdict HOLDS = new Verdict(Outcome.HOLDS, Optional.empty());
    public static final Verdict FAILS = new Verdict(Outcome.FAILS, Optional.empty());
  }

  /** The three answers a check can give. */
  public enum Outcome { HOLDS, FAILS, UNKNOWN }

  /**
   * The verdict for a set of days (one day for a dated article, a year for "in 1979"): holds when
   * it certainly held on some of them, unknown when it may have, fails otherwise.
   */
  public Verdict verdict(IntervalSet days) {
    if (when.overlaps(days)) {
      return Verdict.HOLDS;
    }
    for (Uncertainty u : uncertain) {
      if (u.days().overlaps(days)) {
        return new Verdict(Outcome.UNKNOWN, Optional.of(u.reason()));
      }
    }
    return Verdict.FAILS;
  }

  /**
   * The days an undated article may be placed on because of this assertion: those it certainly
   * held on, widened by days of doubt after a known start (beyond a source's data, an imprecise
   * end), but not by the open past before the knowledge base's records, which would let any
   * two titles agree on a time nobody recorded.
   */
  public IntervalSet frameable() {
    List<IntervalSet> parts = new ArrayList<>();
    parts.add(when);
    uncertain.stream().map(Uncertainty::days).filter(d -> d.earliest().isPresent()).forEach(parts::add);
    return parts.size() == 1 ? when : IntervalSet.unionOf(parts);
  }

  /** When the assertion holds, in words ("from 2025-01-20 on"). */
  public String describeWhen() {
    return frameable().describe();
  }

  /** Where the assertion comes from; decides the finding code when it fails. */
  public enum Kind {
    /** A title used for its holder: "President Joe Biden". */
    ROLE,
    /** "former President Trump": after a term ended and inside none. */
    FORMER_ROLE,
    /** "President-elect Trump", "Secretary-designate X": chosen but not yet in office. */
    ELECT_ROLE,
    /** An event spoken of as having happened. Bounds the time of writing from below. */
    EVENT_PAST,
    /** An event spoken of as still to come: "frontrunner for 2024", "if re-elected". */
    EVENT_FUTURE;

    public boolean isRole() {
      return this == ROLE || this == FORMER_ROLE || this == ELECT_ROLE;
    }
  }
}
