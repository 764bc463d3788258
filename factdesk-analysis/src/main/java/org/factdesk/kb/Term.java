package org.factdesk.kb;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person holding an office from {@code start}. {@code end} is empty when the term had not
 * ended by the source's as-of date (an end after that date is a schedule, not a fact, and is
 * dropped by importers). Each date keeps its precision: a start known only as "2021" is stored
 * as 2021-01-01 with {@link DatePrecision#YEAR} and stands for the whole year
 * ({@link #startRange()}).
 */
public record Term(String personId, String officeId, LocalDate start, Optional<LocalDate> end,
    FactSource source, DatePrecision startPrecision, DatePrecision endPrecision) {
  public Term {
    end = end == null ? Optional.empty() : end;
    startPrecision = startPrecision == null ? DatePrecision.DAY : startPrecision;
    endPrecision = endPrecision == null ? DatePrecision.DAY : endPrecision;
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("term of " + personId + " in " + officeId + " ends before it starts");
    }
  }

  /** A term whose dates are known to the day. */
  public Term(String personId, String officeId, LocalDate start, Optional<LocalDate> end, FactSource source) {
    this(personId, officeId, start, end, source, DatePrecision.DAY, DatePrecision.DAY);
  }

  /** The days the term may have started on. */
  public DateRange startRange() {
    return startPrecision.rangeOf(start);
  }

  /** The days the term may have ended on, when it has ended. */
  public Optional<DateRange> endRange() {
    return end.map(endPrecision::rangeOf);
  }
}
