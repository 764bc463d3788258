// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.time.LocalDate;
import java.time.YearMonth;

/** An inclusive range of days; a year-precision date is the whole year. */
public record DateRange(LocalDate first, LocalDate last) {
  public DateRange {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
    }
  }

  public static DateRange day(LocalDate d) {
    return new DateRange(d, d);
  }

  public static DateRange year(int year) {
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public static DateRange month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new DateRange(ym.atDay(1), ym.atEndOfMonth());
  }

  public boolean overlapsYear(int year) {
    return first.getYear() <= year && year <= last.getYear();
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last);
  }

  /** "2025-02-14", "2008-08", "2014" or "2025-02-14..2025-02-16", whichever says it exactly. */
  public String describe() {
    if (first.equals(last)) {
      return first.toString();
    }
    if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
      return YearMonth.from(first).toString();
    }
    if (first.getDayOfYear() == 1 && last.getYear() == first.getYear() && last.getMonthValue() == 12
        && last.getDayOfMonth() == 31) {
      return Integer.toString(first.getYear());
    }
    return first + ".." + last;
  }
}
