// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The date forms fact-check publishers print: ISO dates and timestamps, "6 March 2021", "March 6, 2021". */
final class Dates {
  private static final List<DateTimeFormatter> FORMS = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH))
      .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

  private Dates() {}

  static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    try {
      if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
        return s.length() == 10 ? Optional.of(LocalDate.parse(s))
            : Optional.of(parseTimestamp(s));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : FORMS) {
      try {
        return Optional.of(LocalDate.parse(s, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static LocalDate parseTimestamp(String s) {
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDate.parse(s.substring(0, 10));
    }
  }
}
