// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person holding an office from {@code start}. {@code end} is empty when the term had not
 * ended by the source's as-of date (an end after that date is a schedule, not a fact, and is
 * dropped by importers). Each date keeps its precision: a start known only as "2021" is stored
 * as 2021-01-01 with {@link DatePrecision#YEAR} and stands for the whole year
 * ({@link #startRange()}).
 *
 * <p>{@code source} is the source whose dates the term carries (the merger picks it: the most
 * precise dates first, then the better source); {@code alsoIn} are the other sources that list
 * the same term, and {@code disagreements} says in words where they differ from the dates kept
 * ("start 2005-11-23 in arch_annual.txt").
 */
public record Term(String personId, String officeId, LocalDate start, Optional<LocalDate> end,
    FactSource source, DatePrecision startPrecision, DatePrecision endPrecision, List<FactSource> alsoIn,
    List<String> disagreements) {
  public Term {
    end = end == null ? Optional.empty() : end;
    startPrecision = startPrecision == null ? DatePrecision.DAY : startPrecision;
    endPrecision = endPrecision == null ? DatePrecision.DAY : endPrecision;
    alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("term of " + personId + " in " + officeId + " ends before it starts");
    }
  }

  /** A term from one source. */
  public Term(String personId, String officeId, LocalDate start, Optional<LocalDate> end, FactSource source,
      DatePrecision startPrecision, DatePrecision endPrecision) {
    this(personId, officeId, start, end, source, startPrecision, endPrecision, List.of(), List.of());
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

  /** The same term held by someone else (after two person records turn out to be one). */
  public Term withPerson(String otherPersonId) {
    return new Term(otherPersonId, officeId, start, end, source, startPrecision, endPrecision, alsoIn, disagreements);
  }

  /** Every source that lists this term, the one whose dates it carries first. */
  public List<FactSource> sources() {
    java.util.List<FactSource> all = new java.util.ArrayList<>();
    all.add(source);
    all.addAll(alsoIn);
    return List.copyOf(all);
  }
}
