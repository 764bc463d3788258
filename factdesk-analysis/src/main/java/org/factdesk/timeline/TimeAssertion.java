package org.factdesk.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.Evidence;
import org.factdesk.article.Span;

/**
 * Something the text implies about when it was written: "Vice President JD Vance" means the
 * text was written while Vance was Vice President. {@code when} is the set of days on which the
 * assertion holds; {@code claim} says it in words; {@code knownFrom}, when present, is where the
 * knowledge base's knowledge of the office starts.
 */
public record TimeAssertion(Kind kind, Span span, String quote, int sentenceIndex, IntervalSet when,
    String claim, List<Evidence> evidence, Optional<LocalDate> knownFrom) {
  public TimeAssertion {
    evidence = List.copyOf(evidence);
    knownFrom = knownFrom == null ? Optional.empty() : knownFrom;
  }

  public TimeAssertion(Kind kind, Span span, String quote, int sentenceIndex, IntervalSet when, String claim,
      List<Evidence> evidence) {
    this(kind, span, quote, sentenceIndex, when, claim, evidence, Optional.empty());
  }

  /**
   * Whether the assertion holds on a day. Before {@code knownFrom} the knowledge base knows no
   * holder of the office, so it cannot say the title was wrong: the benefit of the doubt.
   */
  public boolean holdsOn(LocalDate day) {
    return when.contains(day) || knownFrom.map(day::isBefore).orElse(false);
  }

  /** When the assertion holds, in words. */
  public String describeWhen() {
    return when.describe();
  }

  /** Where the assertion comes from; decides the finding code when it fails. */
  public enum Kind {
    /** A title used for its holder: "President Joe Biden". */
    ROLE,
    /** "former President Trump": after a term ended and inside none. */
    FORMER_ROLE,
    /** An event spoken of as having happened. Bounds the time of writing from below. */
    EVENT_PAST,
    /** An event spoken of as still to come: "frontrunner for 2024", "if re-elected". */
    EVENT_FUTURE;

    public boolean isRole() {
      return this == ROLE || this == FORMER_ROLE;
    }
  }
}
