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
 * Reads {@code application/sparql-results+json} from the Wikidata Query Service. Expected
 * variables, one row per position held:
 * <ul>
 *   <li>{@code person} (entity URI, required) and {@code personLabel};</li>
 *   <li>{@code position} (entity URI, required) and {@code positionLabel};</li>
 *   <li>{@code start} and {@code end} (xsd:dateTime; a row without start gives no term);</li>
 *   <li>optional {@code personAltLabel} (comma-separated aliases, as the label service gives
 *       them) and {@code jurisdiction} (a country entity URI or an ISO code).</li>
 * </ul>
 * A query that produces this:
 * <pre>
 * SELECT ?person ?personLabel ?personAltLabel ?position ?positionLabel ?start ?end ?jurisdiction WHERE {
 *   VALUES ?position { wd:Q14213 wd:Q11696 }
 *   ?person p:P39 ?st . ?st ps:P39 ?position ; pq:P580 ?start .
 *   OPTIONAL { ?st pq:P582 ?end } OPTIONAL { ?position wdt:P1001 ?jurisdiction }
 *   SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
 * }
 * </pre>
 */
final class SparqlResultsImporter {
  static final String EXPECTED = "person, personLabel, position, positionLabel, start, end "
      + "(optional personAltLabel, jurisdiction)";

  private SparqlResultsImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    JsonNode root = Json.readJson(file);
    JsonNode vars = root.path("head").path("vars");
    JsonNode bindings = root.path("results").path("bindings");
    if (!vars.isArray() || !bindings.isArray()) {
      throw new KbImportException(file + ": not SPARQL JSON results (expected head.vars and results.bindings)");
    }
    Set<String> names = new LinkedHashSet<>();
    vars.forEach(v -> names.add(v.asText()));
    if (!names.contains("person") || !names.contains("position")) {
      throw new KbImportException(file + ": SPARQL results need the variables " + EXPECTED + "; this file has "
          + String.join(", ", names));
    }
    Countries countries = new Countries();
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (JsonNode row : bindings) {
      Optional<String> person = entity(row.path("person"));
      Optional<String> position = entity(row.path("position"));
      if (person.isEmpty() || position.isEmpty()) {
        continue;
      }
      String name = literal(row, "personLabel").orElse(person.get());
      Set<String> aliases = new LinkedHashSet<>();
      literal(row, "personAltLabel").ifPresent(a -> {
        for (String s : a.split(",\\s*")) {
          if (s.strip().contains(" ") && !s.strip().equals(name)) {
            aliases.add(s.strip());
          }
        }
      });
      persons.merge(person.get(), new Person(person.get(), name, List.copyOf(aliases), Optional.of(person.get())),
          (a, b) -> {
            Set<String> all = new LinkedHashSet<>(a.aliases());
            all.addAll(b.aliases());
            return new Person(a.id(), a.name(), List.copyOf(all), a.wikidata());
          });
      String label = literal(row, "positionLabel").orElse(position.get());
      String jurisdiction = row.has("jurisdiction")
          ? entity(row.get("jurisdiction")).flatMap(Countries::byQid)
              .or(() -> literal(row, "jurisdiction").flatMap(j -> j.matches("[A-Z]{2,4}") ? Optional.of(j)
                  : countries.byLabel(j)))
              .orElse("")
          : "";
      offices.putIfAbsent(position.get(), new Office(position.get(), label, jurisdiction,
          label.equals(position.get()) ? List.of() : OfficeTitles.of(label)));
      Optional<LocalDate> start = literal(row, "start").flatMap(Dates::parse);
      if (start.isEmpty()) {
        continue;
      }
      Optional<LocalDate> end = Dates.factualEnd(literal(row, "end").flatMap(Dates::parse), source.asOf());
      if (end.isPresent() && end.get().isBefore(start.get())) {
        continue;
      }
      terms.add(new Term(person.get(), position.get(), start.get(), end, source));
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  private static Optional<String> entity(JsonNode binding) {
    if (!"uri".equals(binding.path("type").asText())) {
      return Optional.empty();
    }
    String v = binding.path("value").asText("");
    int slash = v.lastIndexOf('/');
    String id = v.substring(slash + 1);
    return v.contains("wikidata.org/entity/") && id.matches("Q\\d+") ? Optional.of(id) : Optional.empty();
  }

  private static Optional<String> literal(JsonNode row, String var) {
    JsonNode b = row.path(var);
    String v = b.path("value").asText("");
    return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
