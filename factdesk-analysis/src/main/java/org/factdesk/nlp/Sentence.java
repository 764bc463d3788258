// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import java.util.List;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Span;

/** A sentence inside one block, with its tokens and time expressions. */
public record Sentence(int index, Span span, String text, BlockKind blockKind, List<Token> tokens,
    List<TimeExpression> times) {
  public Sentence {
    tokens = List.copyOf(tokens);
    times = List.copyOf(times);
  }
}
