// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.kb.DatePrecision;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.Term;

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

  /** A date as a source wrote it: the first day of what is given, and how much was given. */
  record Precise(LocalDate date, DatePrecision precision) {}

  /** Like {@link #parse} but keeps the precision: "2021" is YEAR, "2021-03" (or "2021-03-00") MONTH. */
  static Optional<Precise> parsePrecise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    DatePrecision p = m.group(2) == null || Integer.parseInt(m.group(2)) == 0 ? DatePrecision.YEAR
        : m.group(3) == null || Integer.parseInt(m.group(3)) == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
    return parse(text).map(d -> new Precise(d, p));
  }

  /**
   * A term from dates as written, or empty when they cannot make one. An end after the as-of date
   * is dropped (a schedule); an imprecise end in the same year or month as a later start ("2021"
   * after 2021-05-03) is stored as the start day, keeping its precision, so its range still
   * covers the whole year or month.
   */
  static Optional<Term> term(String personId, String officeId, Precise start, Optional<Precise> end,
      FactSource source) {
    Optional<Precise> e = end.filter(x -> source.asOf().map(a -> !x.date().isAfter(a)).orElse(true));
    LocalDate endDate = null;
    DatePrecision endPrecision = DatePrecision.DAY;
    if (e.isPresent()) {
      endDate = e.get().date();
      endPrecision = e.get().precision();
      if (endDate.isBefore(start.date())) {
        if (endPrecision.rangeOf(endDate).contains(start.date())) {
          endDate = start.date();
        } else {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new Term(personId, officeId, start.date(), Optional.ofNullable(endDate), source,
        start.precision(), endPrecision));
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
