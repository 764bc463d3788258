// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.List;

/**
 * The body of an article as a reader sees it: its blocks without the headline and without page
 * furniture, separated by a blank line. Spans point into {@link #text()}, not into
 * {@link Article#text()}. This is what {@code factdesk read} prints and what extraction is scored on.
 */
public record ArticleBody(String text, List<Block> blocks, List<Link> links) {
  public ArticleBody {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
  }
}
