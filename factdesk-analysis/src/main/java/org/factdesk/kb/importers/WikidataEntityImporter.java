// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Reads Wikidata entity JSON: one entity ({@code Special:EntityData/Q7747.json} gives
 * {@code {"entities":{…}}}), a {@code wbgetentities} response, or a dump (a JSON array of
 * entities), gzipped or not. Humans (P31 = Q5) and anyone with a P39 "position held" statement
 * become persons, with their English label and aliases; each P39 with a P580 start becomes a
 * term, ended by P582 when given. Deprecated statements are skipped. Positions that are
 * themselves in the file become offices with their English label and P1001 jurisdiction;
 * others get a placeholder office named by its QID, which a fuller source fills in on merge.
 */
final class WikidataEntityImporter {
  private WikidataEntityImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    JsonNode root = Json.readJson(file);
    List<JsonNode> entities = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(entities::add);
    } else if (root.has("entities")) {
      root.get("entities").forEach(entities::add);
    } else if (root.has("id") && root.has("claims")) {
      entities.add(root);
    } else {
      throw new KbImportException(file + ": not Wikidata entity JSON (expected an entity, {\"entities\":{…}} or a dump array)");
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode e : entities) {
      if (e.hasNonNull("id")) {
        byId.put(e.get("id").asText(), e);
      }
    }
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (JsonNode e : byId.values()) {
      String id = e.get("id").asText();
      JsonNode positions = e.path("claims").path("P39");
      boolean human = itemValues(e.path("claims").path("P31")).contains("Q5");
      if (!human && positions.isEmpty()) {
        continue;
      }
      Optional<String> label = english(e.path("labels"));
      if (label.isEmpty()) {
        continue;
      }
      Set<String> aliases = new LinkedHashSet<>();
      for (JsonNode a : e.path("aliases").path("en")) {
        String v = a.path("value").asText("");
        if (v.strip().contains(" ")) {
          aliases.add(v.strip());
        }
      }
      aliases.remove(label.get());
      persons.put(id, new Person(id, label.get(), List.copyOf(aliases), Optional.of(id)));
      for (JsonNode st : positions) {
        if ("deprecated".equals(st.path("rank").asText()) || !"value".equals(st.path("mainsnak").path("snaktype").asText())) {
          continue;
        }
        Optional<String> office = itemId(st.path("mainsnak").path("datavalue").path("value"));
        Optional<Dates.Precise> start = preciseTime(st.path("qualifiers").path("P580"));
        if (office.isEmpty() || start.isEmpty()) {
          continue;
        }
        Optional<Term> term = Dates.term(id, office.get(), start.get(), preciseTime(st.path("qualifiers").path("P582")),
            source);
        if (term.isPresent()) {
          offices.computeIfAbsent(office.get(), q -> office(q, byId.get(q)));
          terms.add(term.get());
        }
      }
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  static Office office(String qid, JsonNode entity) {
    if (entity == null) {
      return new Office(qid, qid, "", List.of());
    }
    String label = english(entity.path("labels")).orElse(qid);
    String jurisdiction = itemValues(entity.path("claims").path("P1001")).stream()
        .map(Countries::byQid).flatMap(Optional::stream).findFirst().orElse("");
    return new Office(qid, label, jurisdiction, label.equals(qid) ? List.of() : OfficeTitles.of(label));
  }

  static Optional<String> english(JsonNode labels) {
    for (String lang : List.of("en", "en-us", "en-gb", "mul")) {
      String v = labels.path(lang).path("value").asText("");
      if (!v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  static Set<String> itemValues(JsonNode statements) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode st : statements) {
      itemId(st.path("mainsnak").path("datavalue").path("value")).ifPresent(ids::add);
    }
    return ids;
  }

  /** Entity ids appear as {@code "id"} or, in older dumps, only as {@code "numeric-id"}. */
  static Optional<String> itemId(JsonNode value) {
    if (value.hasNonNull("id")) {
      return Optional.of(value.get("id").asText());
    }
    if (value.hasNonNull("numeric-id") && "item".equals(value.path("entity-type").asText("item"))) {
      return Optional.of("Q" + value.get("numeric-id").asLong());
    }
    return Optional.empty();
  }

  /** The first dated qualifier value with its precision: 9 is a year, 10 a month, 11 a day. */
  static Optional<Dates.Precise> preciseTime(JsonNode qualifiers) {
    for (JsonNode q : qualifiers) {
      JsonNode v = q.path("datavalue").path("value");
      String t = v.path("time").asText("");
      int precision = v.path("precision").asInt(11);
      if (t.startsWith("+") && precision >= 9) {
        Optional<LocalDate> d = Dates.parse(t);
        if (d.isPresent()) {
          LocalDate day = d.get();
          org.factdesk.kb.DatePrecision p = precision == 9 ? org.factdesk.kb.DatePrecision.YEAR
              : precision == 10 ? org.factdesk.kb.DatePrecision.MONTH : org.factdesk.kb.DatePrecision.DAY;
          return Optional.of(new Dates.Precise(p == org.factdesk.kb.DatePrecision.YEAR ? day.withDayOfYear(1)
              : p == org.factdesk.kb.DatePrecision.MONTH ? day.withDayOfMonth(1) : day, p));
        }
      }
    }
    return Optional.empty();
  }


}
