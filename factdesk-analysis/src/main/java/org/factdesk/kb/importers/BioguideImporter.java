// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads the Congressional Biographical Directory's per-member profile JSON
 * ({@code <BioguideID>.json}, as collected in declanrjb/congress-bioguide {@code data/raw}): a
 * folder of them or one file. Each Senator or Representative position is one Congress; its
 * own {@code startDate}/{@code endDate} (a special election, a resignation) win over the
 * Congress's dates, and a position's dates keep their precision ("1947" is a year). Consecutive
 * Congresses join up on merge. Positions that ended before {@code since} are skipped, to keep
 * the knowledge base to the period it is meant to cover. Presidents and vice presidents come
 * from executive.yaml instead.
 */
final class BioguideImporter {
  private BioguideImporter() {}

  /** Bioguide ids that another source knows by a Wikidata QID (from legislators-current.yaml). */
  static KnowledgeBaseData read(Path fileOrFolder, FactSource source, LocalDate since, Map<String, String> qids,
      Map<String, String> wikipediaTitles) {
    List<Path> files;
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> s = Files.list(fileOrFolder)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new KbImportException(fileOrFolder + ": cannot list (" + e.getMessage() + ")", e);
      }
    } else {
      files = List.of(fileOrFolder);
    }
    List<Person> persons = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    for (Path f : files) {
      JsonNode p = Json.readJson(f);
      String bioguide = Json.text(p, "usCongressBioId");
      String last = Json.text(p, "familyName");
      if (bioguide == null || last == null) {
        continue;
      }
      String personId = qids.getOrDefault(bioguide, "bioguide:" + bioguide);
      List<Term> own = new ArrayList<>();
      List<JsonNode> positions = new ArrayList<>();
      p.path("jobPositions").forEach(positions::add);
      positions.sort(Comparator.comparing(j -> j.path("congressAffiliation").path("congress").path("startDate").asText("")));
      for (JsonNode j : positions) {
        Office office = switch (j.path("job").path("name").asText("")) {
          case "Senator" -> UsOffices.SENATOR;
          case "Representative" -> UsOffices.REPRESENTATIVE;
          default -> null;
        };
        JsonNode congress = j.path("congressAffiliation").path("congress");
        if (office == null || !"USCongress".equals(congress.path("congressType").asText())) {
          continue;
        }
        Optional<Dates.Precise> start = Dates.parsePrecise(Json.text(j, "startDate"))
            .or(() -> Dates.parsePrecise(Json.text(congress, "startDate")));
        Optional<Dates.Precise> end = Dates.parsePrecise(Json.text(j, "endDate"))
            .or(() -> Dates.parsePrecise(Json.text(congress, "endDate")));
        if (start.isEmpty() || end.isPresent() && end.get().date().isBefore(since)) {
          continue;
        }
        Dates.term(personId, office.id(), start.get(), end, source).ifPresent(own::add);
      }
      if (own.isEmpty()) {
        continue;
      }
      NameForms forms = NameForms.of(Json.text(p, "givenName"), Json.text(p, "middleName"), last,
          Json.text(p, "nickName"), Json.text(p, "honorificSuffix"), null, wikipediaTitles.get(bioguide));
      List<String> aliases = new ArrayList<>(forms.aliases());
      String plain = Json.text(p, "unaccentedGivenName") + " " + Json.text(p, "unaccentedFamilyName");
      if (!plain.contains("null") && !plain.equals(forms.name()) && !aliases.contains(plain)) {
        aliases.add(plain);
      }
      persons.add(new Person(personId, forms.name(), aliases,
          personId.startsWith("Q") ? Optional.of(personId) : Optional.empty()));
      terms.addAll(own);
    }
    return new KnowledgeBaseData(persons, List.of(UsOffices.SENATOR, UsOffices.REPRESENTATIVE), terms, List.of());
  }
}
