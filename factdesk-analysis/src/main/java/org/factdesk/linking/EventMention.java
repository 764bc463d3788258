// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.Optional;
import org.factdesk.article.Span;
import org.factdesk.nlp.TimeExpression;

/**
 * An event from the knowledge base referred to in a sentence, with the date the text gives it
 * ("the 2008 invasion of Georgia": stated 2008) and whether it is spoken of as past or future.
 */
public record EventMention(Span span, String eventId, int sentenceIndex,
    Optional<TimeExpression> statedDate, Tense tense) {
  /** How the sentence places the event relative to the time of writing. */
  public enum Tense { PAST, FUTURE, UNKNOWN }
}
