// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads the Institute for Government's UK ministers database (the folder holding
 * {@code appointment.csv}, {@code person.csv}, {@code post.csv}): every appointment of the
 * cabinet ranks (Prime Minister, Deputy Prime Minister, Secretaries of State and the posts
 * ranked with them, such as Chancellor of the Exchequer), with day dates. A post that a
 * restructure renamed keeps one office when newsrooms write it the same way (the Foreign
 * Secretary at FCO and at FCDO), so the split appointments join up again on merge.
 */
final class IfgMinistersImporter {
  private static final Set<String> CABINET_RANKS = Set.of("PM", "DPM", "SoS");
  /** Post names that are one office under another name; the value is the office's usual name. */
  private static final Map<String, String> SAME_OFFICE = Map.of(
      "Secretary of State for Foreign, Commonwealth and Development Affairs",
      "Secretary of State for Foreign and Commonwealth Affairs",
      "Secretary of State for the Home Department", "Home Secretary",
      "Secretary of State for Justice and Lord Chancellor", "Secretary of State for Justice",
      "Secretary of State for Health", "Secretary of State for Health and Social Care");

  private IfgMinistersImporter() {}

  static KnowledgeBaseData read(Path fileOrFolder, FactSource source) {
    Path dir = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
    Map<String, CSVRecord> posts = new HashMap<>();
    for (CSVRecord r : Csv.read(dir.resolve("post.csv"), ',', "id", "name", "rank_equivalence")) {
      posts.put(Csv.get(r, "id"), r);
    }
    Map<String, String> names = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (CSVRecord r : Csv.read(dir.resolve("person.csv"), ',', "id", "name", "end_date")) {
      String id = Csv.get(r, "id");
      String name = Csv.get(r, "name");
      // A person's current name is the row with no end; earlier names (before a peerage) are aliases.
      if (Csv.get(r, "end_date").isEmpty()) {
        names.put(id, name);
      } else if (name.contains(" ")) {
        aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (CSVRecord r : Csv.read(dir.resolve("appointment.csv"), ',', "id", "person_id", "post_id", "start_date",
        "end_date")) {
      CSVRecord post = posts.get(Csv.get(r, "post_id"));
      String personKey = Csv.get(r, "person_id");
      if (post == null || !CABINET_RANKS.contains(Csv.get(post, "rank_equivalence")) || !names.containsKey(personKey)) {
        continue;
      }
      Optional<LocalDate> start = Dates.parseIso(Csv.get(r, "start_date"));
      Optional<LocalDate> end = Dates.factualEnd(Dates.parseIso(Csv.get(r, "end_date")), source.asOf());
      if (start.isEmpty() || end.isPresent() && end.get().isBefore(start.get())) {
        continue; // two rows in the 2026 data end before they start
      }
      String postName = Csv.get(post, "name");
      String officeName = SAME_OFFICE.getOrDefault(postName, postName);
      Office office = offices.computeIfAbsent(officeName, n -> new Office("ifg:" + n, n, "GB", OfficeTitles.of(n)));
      String personId = "ifg:" + personKey;
      persons.computeIfAbsent(personId, id -> new Person(id, names.get(personKey),
          aliases.getOrDefault(personKey, List.of()), Optional.empty()));
      terms.add(new Term(personId, office.id(), start.get(), end, source));
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }
}
