// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;

/**
 * Reads REIGN's {@code electionlist_*.csv}: elections that were held (event "Vote, …"), not the
 * announced, voided or "Upcoming, Scheduled" ones, as dated events. A missing day gives the
 * month, a missing month the year. Type X (executive) is named a presidential election, L a
 * legislative election. The file has stray non-UTF-8 bytes, so it is decoded leniently.
 */
final class ReignElectionsImporter {
  private ReignElectionsImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    Countries countries = new Countries();
    Map<String, Event> events = new LinkedHashMap<>();
    for (CSVRecord row : Csv.read(file, ',', "ccode", "country", "elec_year", "elec_month", "elec_day", "event",
        "elecnum", "type")) {
      if (!Csv.get(row, "event").startsWith("Vote") || !Csv.get(row, "elec_year").matches("\\d{4}")) {
        continue;
      }
      int year = Integer.parseInt(Csv.get(row, "elec_year"));
      String month = Csv.get(row, "elec_month");
      String day = Csv.get(row, "elec_day");
      DateRange when;
      try {
        when = !month.matches("\\d{1,2}") ? DateRange.year(year)
            : !day.matches("\\d{1,2}") ? DateRange.month(year, Integer.parseInt(month))
            : DateRange.day(java.time.LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
      } catch (java.time.DateTimeException e) {
        continue;
      }
      String reignCountry = Csv.get(row, "country");
      String country = countries.byLabel(reignCountry).map(Countries::name).orElse(reignCountry);
      String type = Csv.get(row, "type");
      String what = switch (type) {
        case "X" -> "presidential election";
        case "L" -> "legislative election";
        default -> "election";
      };
      Set<String> aliases = new LinkedHashSet<>();
      for (String c : List.of(country, reignCountry)) {
        String lc = c.toLowerCase(Locale.ROOT);
        aliases.add(year + " " + lc + " " + what);
        aliases.add(lc + "'s " + year + " " + what);
        if (type.equals("L")) {
          aliases.add(year + " " + lc + " parliamentary election");
        }
      }
      String id = "reign-election-" + Csv.get(row, "ccode") + "-" + Csv.get(row, "elecnum") + "-" + when.first();
      events.putIfAbsent(id, new Event(id, year + " " + country + " " + what, List.copyOf(aliases), List.of(), when,
          "election", List.of(), Optional.empty(), source));
    }
    return new KnowledgeBaseData(List.of(), List.of(), List.of(), List.copyOf(events.values()));
  }

  /** The REIGN country code of the United States, whose presidential elections executive.yaml gives better. */
  static boolean isUsPresidential(Event e) {
    return e.id().startsWith("reign-election-2-") && e.name().endsWith("presidential election");
  }
}
