// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Reads the two "effective leader" datasets: REIGN's {@code leaderlist_*.csv} (surname only,
 * start day/month/year, end month/year) and Archigos' {@code arch_annual.txt} (one row per
 * leader per year; a spell is all rows of one {@code obsid}; the DBpedia URI gives the full
 * name). Both record who held power, not who held an office (Putin 2000–, no Medvedev), so
 * terms go to a per-country "effective leader" office and are not part of the bundled
 * knowledge base: surname-only persons would link every "Johnson" to one man.
 */
final class EffectiveLeadersImporter {
  private EffectiveLeadersImporter() {}

  static KnowledgeBaseData readReign(Path file, FactSource source) {
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (CSVRecord row : Csv.read(file, ',', "stateabb", "leadid", "leader", "sdate", "smonth", "syear", "emonth",
        "eyear")) {
      Optional<LocalDate> start = date(Csv.get(row, "syear"), Csv.get(row, "smonth"), Csv.get(row, "sdate"));
      String leadid = Csv.get(row, "leadid");
      if (start.isEmpty() || leadid.isEmpty()) {
        continue;
      }
      Optional<LocalDate> end = Optional.empty();
      if (Csv.get(row, "eyear").matches("\\d{4}") && Csv.get(row, "emonth").matches("\\d{1,2}")) {
        end = Optional.of(YearMonth.of(Integer.parseInt(Csv.get(row, "eyear")),
            Integer.parseInt(Csv.get(row, "emonth"))).atEndOfMonth());
      }
      String state = Csv.get(row, "stateabb");
      Office office = offices.computeIfAbsent(state, s -> leaderOffice(s));
      persons.putIfAbsent(leadid, new Person("reign:" + leadid, Csv.get(row, "leader"), List.of(), Optional.empty()));
      terms.add(new Term("reign:" + leadid, office.id(), start.get(), Dates.factualEnd(end, source.asOf()), source));
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  /** One Archigos spell: the country's letter code, the leader, and the days in power (empty end: still in power). */
  record ArchigosSpell(String obsid, String leadid, String country, String surname, Optional<String> fullName,
      LocalDate start, Optional<LocalDate> end) {
    String personId() {
      return "archigos:" + leadid;
    }
  }

  /** Archigos' yearly rows joined into spells; the DBpedia URI gives the full name when there is one. */
  static List<ArchigosSpell> archigosSpells(Path file) {
    Map<String, LocalDate[]> spans = new LinkedHashMap<>();
    Map<String, String[]> spellInfo = new LinkedHashMap<>();
    for (CSVRecord row : Csv.read(file, '\t', "obsid", "leadid", "idacr", "leader", "startdate", "enddate", "exit")) {
      Optional<LocalDate> s = Dates.parseIso(Csv.get(row, "startdate"));
      Optional<LocalDate> e = Dates.parseIso(Csv.get(row, "enddate"));
      if (s.isEmpty()) {
        continue;
      }
      String obsid = Csv.get(row, "obsid");
      LocalDate[] span = spans.computeIfAbsent(obsid, k -> new LocalDate[] {s.get(), e.orElse(s.get())});
      span[0] = s.get().isBefore(span[0]) ? s.get() : span[0];
      span[1] = e.isPresent() && e.get().isAfter(span[1]) ? e.get() : span[1];
      boolean open = Csv.get(row, "exit").equalsIgnoreCase("Still in Office");
      String[] info = spellInfo.computeIfAbsent(obsid, k -> new String[] {Csv.get(row, "leadid"),
          Csv.get(row, "idacr"), Csv.get(row, "leader"), Csv.get(row, "dbpedia.uri"), "closed"});
      if (open) {
        info[4] = "open";
      }
    }
    List<ArchigosSpell> out = new ArrayList<>();
    for (Map.Entry<String, LocalDate[]> spell : spans.entrySet()) {
      String[] info = spellInfo.get(spell.getKey());
      String dbpedia = info[3];
      Optional<String> name = Optional.empty();
      if (dbpedia.contains("/resource/")) {
        String title = java.net.URLDecoder.decode(dbpedia.substring(dbpedia.lastIndexOf('/') + 1),
            java.nio.charset.StandardCharsets.UTF_8);
        String n = title.replace('_', ' ').replaceAll("\\s*\\(.*\\)$", "").strip();
        name = n.contains(" ") ? Optional.of(n) : Optional.empty();
      }
      out.add(new ArchigosSpell(spell.getKey(), info[0], info[1], info[2], name, spell.getValue()[0],
          info[4].equals("open") ? Optional.empty() : Optional.of(spell.getValue()[1])));
    }
    return out;
  }

  static KnowledgeBaseData readArchigos(Path file, FactSource source) {
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (ArchigosSpell s : archigosSpells(file)) {
      persons.putIfAbsent(s.personId(), new Person(s.personId(), s.fullName().orElse(s.surname()), List.of(),
          Optional.empty()));
      Office office = offices.computeIfAbsent(s.country(), EffectiveLeadersImporter::leaderOffice);
      terms.add(new Term(s.personId(), office.id(), s.start(), Dates.factualEnd(s.end(), source.asOf()), source));
    }
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), terms, List.of());
  }

  private static Office leaderOffice(String stateAbbreviation) {
    return new Office("leader:" + stateAbbreviation, "effective leader of " + stateAbbreviation,
        stateAbbreviation, List.of());
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return y.matches("\\d{4}") && m.matches("\\d{1,2}") && d.matches("\\d{1,2}")
          ? Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)))
          : Optional.empty();
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
