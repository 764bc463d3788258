// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import org.factdesk.article.Span;
import org.factdesk.kb.DateRange;

/**
 * A normalised time expression: "in 2008" is the year 2008, "the 1990s" the decade,
 * "February 2025" the month, "last year" the year before the article's date.
 */
public record TimeExpression(Span span, String text, DateRange value, Granularity granularity,
    boolean relative) {
  /** How precise the expression is. */
  public enum Granularity { DAY, MONTH, YEAR, DECADE }
}
