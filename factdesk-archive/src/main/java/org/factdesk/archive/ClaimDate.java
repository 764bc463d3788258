// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a pasted post carries at its end, as embedded tweets print it:
 * "… — Name (@handle) January 14, 2020". Nothing else in the text is taken for its date.
 */
final class ClaimDate {
  private static final Pattern TRAILING = Pattern.compile(
      "((?:January|February|March|April|May|June|July|August|September|October|November|December)"
      + " \\d{1,2}, \\d{4})\\W*$");
  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private ClaimDate() {}

  static Optional<LocalDate> trailing(String text) {
    Matcher m = TRAILING.matcher(text.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1), FORM));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
