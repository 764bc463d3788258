package org.factdesk.kb;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person holding an office from {@code start}. {@code end} is empty when the term had not
 * ended by the source's as-of date (an end after that date is a schedule, not a fact, and is
 * dropped by importers).
 */
public record Term(String personId, String officeId, LocalDate start, Optional<LocalDate> end,
    FactSource source) {
  public Term {
    end = end == null ? Optional.empty() : end;
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("term of " + personId + " in " + officeId + " ends before it starts");
    }
  }
}
