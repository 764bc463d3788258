// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads eumemberdata's {@code membership.csv} ({@code country_code,union_date,euro_date,
 * schengen_date,exit_date}, NULL for none) and, when beside it, {@code country_name.csv} for
 * English names. Yields accession, euro, Schengen and exit events. The 1958-01-01 union date
 * of the founding members is the EEC's start, not an accession, and is skipped; so are dates
 * after the data's as-of date, which are plans.
 */
final class EuMembershipImporter {
  /** Besides its name, how a country is commonly written in these phrases. */
  private static final Map<String, List<String>> OTHER_NAMES = Map.of("GB", List.of("UK", "Britain"),
      "NL", List.of("Holland"), "CZ", List.of("Czechia"));
  private static final LocalDate EEC_START = LocalDate.of(1958, 1, 1);
  private static final LocalDate MAASTRICHT = LocalDate.of(1993, 11, 1);

  private EuMembershipImporter() {}

  static KnowledgeBaseData read(Path file, FactSource source) {
    Map<String, String> names = new HashMap<>();
    Path namesFile = file.toAbsolutePath().resolveSibling("country_name.csv");
    if (Files.isRegularFile(namesFile)) {
      for (CSVRecord row : Csv.read(namesFile, ',', "country_code", "language_code", "name")) {
        if (Csv.get(row, "language_code").equals("en")) {
          names.put(Csv.get(row, "country_code"), Csv.get(row, "name"));
        }
      }
    }
    List<Event> events = new ArrayList<>();
    for (CSVRecord row : Csv.read(file, ',', "country_code", "union_date", "euro_date", "schengen_date", "exit_date")) {
      String code = Csv.get(row, "country_code");
      String iso = code.equals("EL") ? "GR" : code;
      String name = names.getOrDefault(code, Countries.name(iso));
      List<String> forms = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT)));
      OTHER_NAMES.getOrDefault(iso, List.of()).forEach(n -> forms.add(n.toLowerCase(Locale.ROOT)));
      date(row, "union_date", source).filter(d -> !d.equals(EEC_START)).ifPresent(d -> events.add(event(
          "eu-accession-" + iso, name + (d.isBefore(MAASTRICHT) ? " joined the European Communities" : " joined the European Union"),
          d, forms, List.of("%s joined the eu", "%s joined the european union", "%s's accession to the eu",
              "accession of %s to the european union", "%s joining the eu", "%s's eu accession",
              "%s joined the eec", "%s joined the european communities"), source)));
      date(row, "euro_date", source).ifPresent(d -> events.add(event("eu-euro-" + iso, name + " adopted the euro", d,
          forms, List.of("%s adopted the euro", "%s joined the euro", "%s joined the eurozone",
              "%s's adoption of the euro"), source)));
      date(row, "schengen_date", source).ifPresent(d -> events.add(event("eu-schengen-" + iso,
          name + " joined the Schengen Area", d, forms, List.of("%s joined schengen", "%s joined the schengen area",
              "%s's accession to schengen"), source)));
      date(row, "exit_date", source).ifPresent(d -> events.add(event("eu-exit-" + iso,
          name + " left the European Union", d, forms, List.of("%s left the eu", "%s left the european union",
              "withdrawal of %s from the european union", "%s's withdrawal from the eu", "%s's exit from the eu",
              "%s leaving the eu"), source)));
    }
    return new KnowledgeBaseData(List.of(), List.of(), List.of(), events);
  }

  private static Optional<LocalDate> date(CSVRecord row, String column, FactSource source) {
    return Dates.parseIso(Csv.get(row, column).replace("NULL", ""))
        .filter(d -> source.asOf().map(asOf -> !d.isAfter(asOf)).orElse(true));
  }

  private static Event event(String id, String name, LocalDate d, List<String> forms, List<String> patterns,
      FactSource source) {
    Set<String> aliases = new LinkedHashSet<>();
    for (String f : forms) {
      for (String p : patterns) {
        aliases.add(String.format(Locale.ROOT, p, f));
      }
    }
    return new Event(id, name, List.copyOf(aliases), List.of(), DateRange.day(d), "accession", List.of(),
        Optional.empty(), source);
  }
}
