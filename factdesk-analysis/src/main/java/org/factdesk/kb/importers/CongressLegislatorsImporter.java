// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads the unitedstates/congress-legislators person lists: {@code executive.yaml} /
 * {@code executive.json} (terms of type prez, viceprez) and {@code legislators-current.yaml}
 * (sen, rep, and {@code leadership_roles}). A presidential term won by election also yields
 * the election as an event. The format is one list of people with {@code id},
 * {@code name} and {@code terms}; both files share it, so one reader serves both.
 */
final class CongressLegislatorsImporter {
  private CongressLegislatorsImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    JsonNode root = file.toString().endsWith(".json") || file.toString().endsWith(".json.gz")
        ? Json.readJson(file) : Json.readYaml(file);
    if (!root.isArray()) {
      throw new KbImportException(file + ": expected a list of people (congress-legislators format), found "
          + root.getNodeType().toString().toLowerCase());
    }
    List<Person> persons = new ArrayList<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    int index = 0;
    for (JsonNode p : root) {
      index++;
      JsonNode id = p.path("id");
      JsonNode name = p.path("name");
      String qid = Json.text(id, "wikidata");
      String personId = qid;
      // Some early presidents have no bioguide id, only govtrack and ICPSR ones.
      for (String scheme : List.of("bioguide", "govtrack", "icpsr_prez", "icpsr")) {
        if (personId == null && Json.text(id, scheme) != null) {
          personId = scheme + ":" + Json.text(id, scheme);
        }
      }
      if (personId == null) {
        throw new KbImportException(file + ": person #" + index + " has no id (wikidata, bioguide or govtrack)");
      }
      if (Json.text(name, "last") == null) {
        throw new KbImportException(file + ": person " + personId + " has no name.last");
      }
      NameForms forms = NameForms.of(Json.text(name, "first"), Json.text(name, "middle"), Json.text(name, "last"),
          Json.text(name, "nickname"), Json.text(name, "suffix"), Json.text(name, "official_full"),
          Json.text(id, "wikipedia"));
      persons.add(new Person(personId, forms.name(), forms.aliases(), Optional.ofNullable(qid)));
      for (JsonNode t : p.path("terms")) {
        Office office = switch (String.valueOf(Json.text(t, "type"))) {
          case "prez" -> UsOffices.PRESIDENT;
          case "viceprez" -> UsOffices.VICE_PRESIDENT;
          case "sen" -> UsOffices.SENATOR;
          case "rep" -> UsOffices.REPRESENTATIVE;
          default -> null;
        };
        Optional<LocalDate> start = Dates.parseIso(Json.text(t, "start"));
        if (office == null || start.isEmpty()) {
          continue;
        }
        offices.putIfAbsent(office.id(), office);
        terms.add(new Term(personId, office.id(), start.get(),
            Dates.factualEnd(Dates.parseIso(Json.text(t, "end")), source.asOf()), source));
        if (office == UsOffices.PRESIDENT && "election".equals(Json.text(t, "how"))) {
          events.add(PresidentialElections.forTermStarting(start.get(), personId, source));
        }
      }
      for (JsonNode r : p.path("leadership_roles")) {
        String title = Json.text(r, "title");
        Optional<LocalDate> start = Dates.parseIso(Json.text(r, "start"));
        if (title == null || start.isEmpty()) {
          continue;
        }
        Office office = new Office("congress:" + title, title, "US", List.of(title));
        offices.putIfAbsent(office.id(), office);
        terms.add(new Term(personId, office.id(), start.get(),
            Dates.factualEnd(Dates.parseIso(Json.text(r, "end")), source.asOf()), source));
      }
    }
    return new KnowledgeBaseData(persons, List.copyOf(offices.values()), terms, events);
  }
}
