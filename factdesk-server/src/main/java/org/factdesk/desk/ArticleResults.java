// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;

/** One page of a desk list and how many articles match in all. */
public record ArticleResults(List<ArticleRecord> articles, long total, int page, int size) {
  public ArticleResults {
    articles = List.copyOf(articles);
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
