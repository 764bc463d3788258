// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.Optional;
import org.factdesk.article.Span;

/**
 * A person named in the text and linked to the knowledge base, with the title written before
 * the name if any ("Former U.S. President Donald Trump": span covers it all, nameSpan "Donald
 * Trump", title "President" with qualifier FORMER and jurisdiction "US").
 */
public record PersonMention(Span span, Span nameSpan, String personId, int sentenceIndex,
    Optional<TitleMention> title) {}
