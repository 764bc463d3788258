// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.Optional;
import org.factdesk.analysis.Severity;
import org.factdesk.errors.BadInputException;

/**
 * A search of the desk's articles: words in the title or text, state, assignee, and the
 * severity of an open finding; one page of {@code size} results.
 */
public record ArticleQuery(Optional<String> text, Optional<ArticleState> state, Optional<Long> assignee,
    Optional<Severity> severity, int page, int size) {
  public static final int MAX_SIZE = 100;

  public ArticleQuery {
    text = text.map(t -> ArticleStore.clean(t).strip()).filter(t -> !t.isEmpty());
    if (page < 1) {
      throw new BadInputException("Pages are numbered from 1.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadInputException("A page holds 1 to " + MAX_SIZE + " articles.");
    }
  }

  public static ArticleQuery all() {
    return new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, MAX_SIZE);
  }
}
