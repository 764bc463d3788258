// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.DateParsing;

/**
 * The date a pasted post carries at its end, as embedded tweets print it:
 * "… — Name (@handle) January 14, 2020". Nothing else in the text is taken for its date. This
 * only finds where the date is; reading it is the one date parser's job ({@link DateParsing}).
 */
final class ClaimDate {
  private static final Pattern TRAILING = Pattern.compile(
      "((?:January|February|March|April|May|June|July|August|September|October|November|December)"
      + " \\d{1,2}, \\d{4})\\W*$");

  private ClaimDate() {}

  static Optional<LocalDate> trailing(String text) {
    Matcher m = TRAILING.matcher(text.strip());
    return m.find() ? DateParsing.parseLenient(m.group(1)) : Optional.empty();
  }
}
