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
 * Reads the world repo's {@code sources_foreign_wikidata.csv}: the foreign minister of every
 * country ({@code person,name,country,countryLabel,position,positionLabel,start,psid}) with a
 * start date and no end, as of the snapshot.
 */
final class ForeignMinistersImporter {
  private ForeignMinistersImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    Countries countries = new Countries();
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (CSVRecord row : Csv.read(file, ',', "person", "name", "country", "countryLabel", "position",
        "positionLabel", "start")) {
      String qid = Csv.get(row, "person");
      String position = Csv.get(row, "position");
      Optional<LocalDate> start = Dates.parse(Csv.get(row, "start"));
      if (!qid.matches("Q\\d+") || !position.matches("Q\\d+") || start.isEmpty()) {
        continue;
      }
      String label = Csv.get(row, "positionLabel");
      String country = Csv.get(row, "countryLabel");
      String jurisdiction = Countries.byQid(Csv.get(row, "country"))
          .or(() -> countries.byLabel(country)).orElse(country);
      List<String> titles = new ArrayList<>(OfficeTitles.of(label));
      if (!titles.contains("Foreign Minister") && !titles.contains("Secretary of State")
          && !titles.contains("Foreign Secretary")) {
        titles.add("Foreign Minister");
      }
      offices.putIfAbsent(position, new Office(position, label, jurisdiction, titles));
      persons.putIfAbsent(qid, new Person(qid, Csv.get(row, "name"), List.of(), Optional.of(qid)));
      terms.add(new Term(qid, position, start.get(), Optional.empty(), source));
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }
}
