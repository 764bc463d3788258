// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.Link;
import org.factdesk.article.Span;

/**
 * A labelled sentence as its page gives it: its text, the paragraph (block) around it, and
 * whether a link sits in the sentence or elsewhere in that paragraph. What a sentence model of
 * attribution sees beyond the words (a cited document is "linked" when a link is near it).
 */
record SentenceInContext(String sentence, String paragraph, boolean linkInSentence, boolean linkInParagraph) {

  /** A sentence known without its page (its own paragraph, no links). */
  static SentenceInContext alone(String sentence) {
    return new SentenceInContext(sentence, sentence, false, false);
  }

  /** The sentence at {@code span} of the article, with the block that holds its start. */
  static SentenceInContext of(Article article, Span span) {
    Span block = article.blockAt(span.start()).map(Block::span).orElse(span);
    boolean inSentence = false;
    boolean inParagraph = false;
    for (Link link : article.links()) {
      if (link.span().overlaps(span)) {
        inSentence = true;
      } else if (link.span().overlaps(block)) {
        inParagraph = true;
      }
    }
    return new SentenceInContext(article.text(span), article.text(block), inSentence, inParagraph);
  }
}
