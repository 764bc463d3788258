// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ParlGov's cabinets ({@code 41__cabinets__Cabinet.csv} and the country table
 * {@code 02__datacore__Country.csv} beside it): one head-of-government spell per cabinet. ParlGov
 * has no person column; the head of government is the name the cabinet carries ("Merkel IV",
 * "Trudeau J II"), so a spell knows only a surname, which {@link LeaderNames} turns into a person.
 * A cabinet lasts until the next cabinet of its country starts (its own termination date is the
 * terminating event, often an election); the newest cabinet of a country is open.
 */
final class ParlGovCabinets {
  /** A cabinet's head of government by surname, with the cabinet's days in office. */
  record Spell(String country, String surname, LocalDate start, Optional<LocalDate> end, String cabinet,
      String wikipedia) {}

  private ParlGovCabinets() {}

  static List<Spell> read(Path fileOrFolder) {
    Path dir = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
    Map<String, String> iso2 = new HashMap<>();
    for (CSVRecord r : Csv.read(dir.resolve("02__datacore__Country.csv"), ',', "id", "code_iso2")) {
      iso2.put(Csv.get(r, "id"), Csv.get(r, "code_iso2"));
    }
    Map<String, List<CSVRecord>> byCountry = new LinkedHashMap<>();
    for (CSVRecord r : Csv.read(dir.resolve("41__cabinets__Cabinet.csv"), ',', "id", "country", "start_date", "name")) {
      if (Dates.parseIso(Csv.get(r, "start_date")).isPresent() && iso2.containsKey(Csv.get(r, "country"))) {
        byCountry.computeIfAbsent(Csv.get(r, "country"), k -> new ArrayList<>()).add(r);
      }
    }
    List<Spell> out = new ArrayList<>();
    for (Map.Entry<String, List<CSVRecord>> e : byCountry.entrySet()) {
      List<CSVRecord> cabinets = e.getValue();
      cabinets.sort(Comparator.comparing((CSVRecord r) -> Csv.get(r, "start_date")).thenComparing(r -> Csv.get(r, "id")));
      for (int i = 0; i < cabinets.size(); i++) {
        CSVRecord r = cabinets.get(i);
        LocalDate start = Dates.parseIso(Csv.get(r, "start_date")).get();
        Optional<LocalDate> end = Optional.empty();
        for (int k = i + 1; k < cabinets.size() && end.isEmpty(); k++) {
          LocalDate next = Dates.parseIso(Csv.get(cabinets.get(k), "start_date")).get();
          if (next.isAfter(start)) {
            end = Optional.of(next);
          }
        }
        String surname = surname(Csv.get(r, "name"));
        if (!surname.isEmpty()) {
          out.add(new Spell(iso2.get(e.getKey()), surname, start, end, Csv.get(r, "name").strip(),
              Csv.get(r, "wikipedia")));
        }
      }
    }
    return out;
  }

  /** "Trudeau J II" → "Trudeau", "Mifsud Bonnici" → "Mifsud Bonnici", "Merkel IV" → "Merkel". */
  static String surname(String cabinetName) {
    List<String> words = new ArrayList<>(List.of(cabinetName.strip().split("\\s+")));
    while (!words.isEmpty() && (words.get(words.size() - 1).matches("[IVXL]+|\\d+|[A-Z]\\.?|\\(.*\\)"))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /**
   * A surname as a comparison key: no accents, ParlGov's "ae"/"oe"/"ue" spellings of ä, ö, ü
   * folded, lower case; a multi-word surname keys on its last word.
   */
  static String key(String surname) {
    String plain = java.text.Normalizer.normalize(surname, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("ae", "a").replace("oe", "o").replace("ue", "u")
        .replaceAll("[^a-z ]", "").strip();
    String[] parts = plain.split("\\s+");
    return parts[parts.length - 1];
  }
}
