// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;

/**
 * The US presidential election behind a term won by election. Since the 1845 act that fixed
 * one national day, election day is the Tuesday after the first Monday of November in the year
 * before the term starts; before 1848 states voted on different days, so only the year is given.
 */
final class PresidentialElections {
  private PresidentialElections() {}

  static Event forTermStarting(LocalDate termStart, String winnerId, FactSource source) {
    int year = termStart.getYear() - 1;
    DateRange when = year >= 1848 ? DateRange.day(electionDay(year)) : DateRange.year(year);
    String y = Integer.toString(year);
    List<String> aliases = List.of(y + " presidential election", y + " us presidential election",
        y + " u.s. presidential election", y + " united states presidential election",
        y + " american presidential election", "presidential election of " + y, y + " presidential race");
    List<List<String>> cues = List.of(List.of(y), List.of("presidential election", "presidential race",
        "presidential elections", "race for the white house"));
    return new Event("us-presidential-election-" + y, y + " United States presidential election", aliases, cues,
        when, "election", List.of(winnerId), Optional.of(UsOffices.PRESIDENT.id()), source);
  }

  static LocalDate electionDay(int year) {
    LocalDate firstMonday = LocalDate.of(year, 11, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    return firstMonday.plusDays(1);
  }
}
