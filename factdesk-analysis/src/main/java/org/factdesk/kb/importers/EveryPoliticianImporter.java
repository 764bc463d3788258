// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads an every-politician-scrapers {@code html_holders21.csv} ({@code position,person,
 * personID,start,end}, Wikidata P39 with P580/P582) together with {@code html_positions.csv}
 * beside it, which gives each office its QID and country. Holder rows name the office by a
 * short label ("Secretary of State"), so labels are matched to positions with the jurisdiction
 * stripped; where the folder has {@code html_officeholders.csv} instead (the world repo), the
 * QID is found through a holder listed there. Offices that match nothing keep a stable
 * {@code everypolitician:<folder>:<label>} id.
 */
final class EveryPoliticianImporter {
  private EveryPoliticianImporter() {}

  static KnowledgeBaseData read(Path holdersFile, FactSource source) {
    Path dir = holdersFile.toAbsolutePath().getParent();
    String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
    List<CSVRecord> holders = Csv.read(holdersFile, ',', "position", "person", "personID", "start", "end");
    Map<String, Office> byLabel = new HashMap<>();
    String folderCountry = new Countries().byLabel(folder.replaceAll("-(ministers|cabinet)$", "").replace('-', ' '))
        .orElse("");
    String defaultJurisdiction = folderCountry;
    Path positions = dir.resolve("html_positions.csv");
    if (Files.isRegularFile(positions)) {
      for (CSVRecord row : Csv.read(positions, ',', "id", "position")) {
        String label = Csv.get(row, "position");
        String jurisdiction = Countries.byQid(Csv.get(row, "jurisdiction"))
            .or(() -> Countries.byQid(Csv.get(row, "country"))).orElse(folderCountry);
        defaultJurisdiction = defaultJurisdiction.isEmpty() ? jurisdiction : defaultJurisdiction;
        Office office = new Office(Csv.get(row, "id"), label, jurisdiction, OfficeTitles.of(label, jurisdiction));
        byLabel.putIfAbsent(key(label), office);
        byLabel.putIfAbsent(key(OfficeTitles.base(label)), office);
        byLabel.putIfAbsent(key(Csv.get(row, "enwiki")), office);
      }
    }
    Map<String, String> qidByHolderAndYear = new HashMap<>();
    Path officeholders = dir.resolve("html_officeholders.csv");
    if (Files.isRegularFile(officeholders)) {
      for (CSVRecord row : Csv.read(officeholders, ',', "position", "officeholder", "start")) {
        Dates.parse(Csv.get(row, "start")).ifPresent(d ->
            qidByHolderAndYear.put(Csv.get(row, "officeholder") + "@" + d.getYear(), Csv.get(row, "position")));
      }
    }
    Map<String, Office> offices = new LinkedHashMap<>();
    Map<String, Person> persons = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    Map<String, String> labelToQid = new HashMap<>();
    for (CSVRecord row : holders) {
      Optional<LocalDate> start = Dates.parse(Csv.get(row, "start"));
      String qid = Csv.get(row, "personID");
      start.ifPresent(s -> {
        String pos = qidByHolderAndYear.get(qid + "@" + s.getYear());
        if (pos != null) {
          labelToQid.putIfAbsent(Csv.get(row, "position"), pos);
        }
      });
    }
    for (CSVRecord row : holders) {
      String label = Csv.get(row, "position");
      String qid = Csv.get(row, "personID");
      String name = Csv.get(row, "person");
      Optional<Dates.Precise> start = Dates.parsePrecise(Csv.get(row, "start"));
      if (label.isEmpty() || !qid.matches("Q\\d+") || name.isEmpty() || start.isEmpty()) {
        continue;
      }
      Office office = byLabel.get(key(label));
      if (office == null) {
        String id = labelToQid.getOrDefault(label, "everypolitician:" + folder + ":" + label);
        String jurisdiction = organisation(label).orElse(defaultJurisdiction);
        office = new Office(id, label, jurisdiction, OfficeTitles.of(label, jurisdiction));
      }
      offices.putIfAbsent(office.id(), office);
      persons.putIfAbsent(qid, new Person(qid, name, List.of(), Optional.of(qid)));
      Dates.term(qid, office.id(), start.get(), Dates.parsePrecise(Csv.get(row, "end")), source)
          .ifPresent(terms::add);
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  static Optional<String> organisation(String label) {
    if (label.contains("United Nations") || label.contains("International Court of Justice")) {
      return Optional.of("UN");
    }
    if (label.contains("World Trade Organization")) {
      return Optional.of("WTO");
    }
    if (label.contains("OSCE")) {
      return Optional.of("OSCE");
    }
    if (label.contains("Council of Europe")) {
      return Optional.of("COE");
    }
    if (label.contains("NATO") || label.contains("North Atlantic")) {
      return Optional.of("NATO");
    }
    if (label.contains("Arab Parliament")) {
      return Optional.of("AL");
    }
    return Optional.empty();
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT).replace("defence", "defense").replaceAll("[^a-z0-9]+", " ").strip();
  }
}
