package org.factdesk.kb.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date parsing shared by the importers: ISO days, year-only values, and the as-of rule for ends. */
final class Dates {
  private static final Pattern ISO = Pattern.compile("\\+?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  private Dates() {}

  /**
   * "2021-01-26", "2021-01", "2021", "+2021-01-26T00:00:00Z" (Wikidata): the first day of what
   * is given; a month or day of 00 means that part is unknown. Blank or malformed: empty.
   */
  static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2)));
    int day = m.group(3) == null ? 1 : Math.max(1, Integer.parseInt(m.group(3)));
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> parseIso(String text) {
    try {
      return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An end after the source's as-of date is only a schedule, so it is not kept. */
  static Optional<LocalDate> factualEnd(Optional<LocalDate> end, Optional<LocalDate> asOf) {
    if (end.isPresent() && asOf.isPresent() && end.get().isAfter(asOf.get())) {
      return Optional.empty();
    }
    return end;
  }
}
