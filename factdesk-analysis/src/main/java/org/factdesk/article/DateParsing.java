// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one parser for dates as publishers print them (article metadata, fact-check archives):
 * ISO dates and timestamps, RFC 1123 and common English forms. Strict: "30 February" is no date.
 * (Dates inside article text are time expressions, read by the NLP stage; the knowledge-base
 * importers keep a source's precision, "2021" or "2021-03", in {@code kb.importers.Dates}.)
 */
public final class DateParsing {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      english("MMMM d uuuu"), english("MMM d uuuu"), english("d MMMM uuuu"), english("d MMM uuuu"),
      english("d-MMM-uuuu"), DateTimeFormatter.RFC_1123_DATE_TIME);

  private static DateTimeFormatter english(String pattern) {
    return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }

  private DateParsing() {}

  /** ISO dates and date-times, RFC 1123, and common English forms; empty when unparseable. */
  public static Optional<LocalDate> parseLenient(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      } catch (DateTimeParseException e) {
        // fall through to the other shapes
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException e) {
      // next
    }
    String words = s.replaceAll("(?i)\\bsept\\b", "Sep").replace(",", " ").replace(".", " ").replaceAll("\\s+", " ").strip();
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(f == DateTimeFormatter.RFC_1123_DATE_TIME
            ? ZonedDateTime.parse(s, f).toLocalDate() : LocalDate.parse(words, f));
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return Optional.empty();
  }
}
