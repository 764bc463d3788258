// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How exactly a source knows a date. A start or end known only as "2021" or "March 2021" is
 * an interval, not the first day of it: a check that falls inside that interval is unknown.
 */
public enum DatePrecision {
  DAY, MONTH, YEAR;

  /** The days {@code date} may stand for at this precision ("2021" at YEAR: all of 2021). */
  public DateRange rangeOf(LocalDate date) {
    return switch (this) {
      case DAY -> DateRange.day(date);
      case MONTH -> new DateRange(YearMonth.from(date).atDay(1), YearMonth.from(date).atEndOfMonth());
      case YEAR -> DateRange.year(date.getYear());
    };
  }
}
