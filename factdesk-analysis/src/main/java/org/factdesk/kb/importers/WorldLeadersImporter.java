// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads world-leaders-2021 {@code data_wikidata.csv}: heads of state and government of every
 * country with years only. Starts and ends are kept at year precision (a start "2021" is any day
 * of 2021), so the merger lets any better-dated source's day win.
 */
final class WorldLeadersImporter {
  private WorldLeadersImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    Countries countries = new Countries();
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (CSVRecord row : Csv.read(file, ',', "countryid", "country", "position", "positionLabel", "officeholder",
        "officeholderLabel", "start_year", "end_year")) {
      String qid = Csv.get(row, "officeholder");
      String position = Csv.get(row, "position");
      String startYear = Csv.get(row, "start_year");
      if (!qid.matches("Q\\d+") || !position.matches("Q\\d+") || !startYear.matches("\\d{4}")) {
        continue;
      }
      String endYear = Csv.get(row, "end_year");
      Optional<Dates.Precise> end = Dates.parsePrecise(endYear);
      String country = Csv.get(row, "country");
      String label = Csv.get(row, "positionLabel");
      String jurisdiction = Countries.byQid(Csv.get(row, "countryid")).or(() -> countries.byLabel(country))
          .orElse(country);
      offices.putIfAbsent(position, new Office(position, label, jurisdiction, titles(label, country)));
      persons.putIfAbsent(qid, new Person(qid, Csv.get(row, "officeholderLabel"), List.of(), Optional.of(qid)));
      Dates.term(qid, position, new Dates.Precise(LocalDate.of(Integer.parseInt(startYear), 1, 1),
          org.factdesk.kb.DatePrecision.YEAR), end, source).ifPresent(terms::add);
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  /** "President of Albania" is written "President" before a name. */
  private static List<String> titles(String label, String country) {
    String stripped = label.replaceAll(" of (the )?" + java.util.regex.Pattern.quote(country) + "$", "");
    return OfficeTitles.of(stripped);
  }
}
