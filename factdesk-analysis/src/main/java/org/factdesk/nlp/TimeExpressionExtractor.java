// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.Span;
import org.factdesk.kb.DateRange;

/**
 * Finds and normalises time expressions in a sentence with a handful of precompiled patterns:
 * dates, months, years, decades, and expressions relative to a reference date ("last year").
 * A fraction of SUTime's cost; covers what news uses to anchor events (see docs/benchmarks.md).
 */
final class TimeExpressionExtractor {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(1[6-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\s*,?\\s+(1[6-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?(1[6-9]\\d0|20\\d0)['’]?s\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d$€£.,/-])\\b(1[6-9]\\d\\d|20\\d\\d)\\b(?![.,]\\d|[-/]\\d|\\s*%|\\s*(?:percent|people|troops|km|miles|tons|dollars|euros|soldiers)\\b)");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(last|this|next|past)\\s+(year|month)\\b|\\b(yesterday|today|tomorrow)\\b");
  private static final Map<String, Month> MONTH_NAMES = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      MONTH_NAMES.put(full, m);
      MONTH_NAMES.put(full.substring(0, 3), m);
    }
  }

  private TimeExpressionExtractor() {}

  /** Time expressions in {@code text}, whose first character sits at {@code offset} in the article. */
  static List<TimeExpression> extract(String text, int offset, Optional<LocalDate> reference) {
    List<TimeExpression> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      day(month(m.group(1)), m.group(2), m.group(3)).ifPresent(d ->
          add(out, taken, offset, m, DateRange.day(d), TimeExpression.Granularity.DAY, false));
    }
    Matcher dm = DAY_MONTH_YEAR.matcher(text);
    while (dm.find()) {
      day(month(dm.group(2)), dm.group(1), dm.group(3)).ifPresent(d ->
          add(out, taken, offset, dm, DateRange.day(d), TimeExpression.Granularity.DAY, false));
    }
    Matcher iso = ISO_DATE.matcher(text);
    while (iso.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
        add(out, taken, offset, iso, DateRange.day(d), TimeExpression.Granularity.DAY, false);
      } catch (java.time.DateTimeException e) {
        // not a real date: leave it
      }
    }
    Matcher my = MONTH_YEAR.matcher(text);
    while (my.find()) {
      Month mo = month(my.group(1));
      if (mo != null && !(my.group(1).equalsIgnoreCase("may") && !Character.isUpperCase(my.group(1).charAt(0)))) {
        add(out, taken, offset, my, DateRange.month(Integer.parseInt(my.group(2)), mo.getValue()),
            TimeExpression.Granularity.MONTH, false);
      }
    }
    Matcher dec = DECADE.matcher(text);
    while (dec.find()) {
      int start = Integer.parseInt(dec.group(1));
      add(out, taken, offset, dec, new DateRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)),
          TimeExpression.Granularity.DECADE, false);
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      add(out, taken, offset, y, DateRange.year(Integer.parseInt(y.group(1))), TimeExpression.Granularity.YEAR, false);
    }
    if (reference.isPresent()) {
      Matcher r = RELATIVE.matcher(text);
      while (r.find()) {
        relative(r, reference.get()).ifPresent(range -> add(out, taken, offset, r, range,
            r.group(2) != null && r.group(2).equalsIgnoreCase("month") ? TimeExpression.Granularity.MONTH
                : r.group(3) != null ? TimeExpression.Granularity.DAY : TimeExpression.Granularity.YEAR, true));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private static Optional<DateRange> relative(Matcher r, LocalDate ref) {
    if (r.group(3) != null) {
      return Optional.of(DateRange.day(switch (r.group(3).toLowerCase(Locale.ROOT)) {
        case "yesterday" -> ref.minusDays(1);
        case "tomorrow" -> ref.plusDays(1);
        default -> ref;
      }));
    }
    int shift = switch (r.group(1).toLowerCase(Locale.ROOT)) {
      case "last", "past" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    if (r.group(2).equalsIgnoreCase("year")) {
      return Optional.of(DateRange.year(ref.getYear() + shift));
    }
    LocalDate m = ref.plusMonths(shift);
    return Optional.of(DateRange.month(m.getYear(), m.getMonthValue()));
  }

  private static void add(List<TimeExpression> out, boolean[] taken, int offset, Matcher m, DateRange value,
      TimeExpression.Granularity g, boolean relative) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken[i]) {
        return;
      }
    }
    for (int i = m.start(); i < m.end(); i++) {
      taken[i] = true;
    }
    out.add(new TimeExpression(new Span(offset + m.start(), offset + m.end()), m.group(), value, g, relative));
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    Month full = MONTH_NAMES.get(n);
    return full != null ? full : n.length() >= 3 ? MONTH_NAMES.get(n.substring(0, 3)) : null;
  }

  private static Optional<LocalDate> day(Month month, String day, String year) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
