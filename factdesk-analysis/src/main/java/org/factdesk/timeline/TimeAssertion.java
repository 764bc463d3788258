package org.factdesk.timeline;

import java.util.List;
import org.factdesk.kb.Evidence;
import org.factdesk.article.Span;

/**
 * Something the text implies about when it was written: "Vice President JD Vance" means the
 * text was written while Vance was Vice President. {@code when} is the set of days on which the
 * assertion holds; {@code claim} says it in words.
 */
public record TimeAssertion(Kind kind, Span span, String quote, int sentenceIndex, IntervalSet when,
    String claim, List<Evidence> evidence) {
  public TimeAssertion {
    evidence = List.copyOf(evidence);
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
