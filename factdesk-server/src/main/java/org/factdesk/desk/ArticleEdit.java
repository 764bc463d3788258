// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change to an unpublished article; an empty field leaves that part as it is. A new text or a
 * new date is a new revision and the analysis runs again. {@code claimant}, {@code publisher}
 * and {@code sourceUrl} describe the original of a fact-check, as the checker enters them.
 */
public record ArticleEdit(Optional<String> title, Optional<String> text, Optional<LocalDate> asOf,
    Optional<String> claimant, Optional<String> publisher, Optional<String> sourceUrl) {
  public static ArticleEdit text(String title, String text) {
    return new ArticleEdit(Optional.ofNullable(title), Optional.ofNullable(text), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
