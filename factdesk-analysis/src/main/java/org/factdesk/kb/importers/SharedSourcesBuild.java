// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseMerger;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;

/**
 * Builds the bundled knowledge base from the {@code kb-sources} folder (see its README for each
 * file's origin and as-of date) and the reviewed additions. Layers go from weakest to
 * strongest: year-only world leaders, foreign ministers, EveryPolitician cabinets, REIGN
 * elections, EU membership, Congress, the executive, additions last. The result is sorted, so
 * a rebuild from the same inputs gives the same bytes.
 */
public final class SharedSourcesBuild {
  private static final String EP = "everypolitician-scrapers-wikidata/";

  /** One input file: where it is under kb-sources, where it came from, and when its data was current. */
  record Input(String path, String repoAtCommit, LocalDate asOf, BiFunction<Path, FactSource, KnowledgeBaseData> reader) {
    FactSource source() {
      String name = path.startsWith(EP) ? path.substring(EP.length())
          : path.contains("/") ? path.substring(0, path.indexOf('/')) + "/" + path.substring(path.lastIndexOf('/') + 1)
          : path;
      return new FactSource(name, repoAtCommit + ":" + path.substring(path.indexOf('/') + 1), Optional.of(asOf));
    }
  }

  /** The EveryPolitician country folders of the second batch: commit and snapshot date (kb-sources README, section 7). */
  private static final Map<String, String> EP_COUNTRIES = new TreeMap<>(Map.ofEntries(
      Map.entry("argentina-ministers", "98105f5@2022-07-26"), Map.entry("australia-cabinet", "4c35a6e@2022-07-30"),
      Map.entry("austria-cabinet", "d8d2977@2022-08-03"), Map.entry("belgium-cabinet", "a1420fc@2022-07-23"),
      Map.entry("brazil-ministers", "de58065@2022-07-23"), Map.entry("canada-cabinet", "3b3f0da@2022-07-25"),
      Map.entry("china-ministers", "3003416@2022-07-23"), Map.entry("czech-ministers", "1e53f23@2022-07-23"),
      Map.entry("denmark-cabinet", "1599847@2022-07-30"), Map.entry("egypt-ministers", "f3820a3@2022-08-03"),
      Map.entry("finland-cabinet", "56412ba@2022-07-31"), Map.entry("greece-cabinet", "34bf1d1@2022-07-22"),
      Map.entry("hungary-cabinet", "aee9509@2022-07-24"), Map.entry("india-ministers", "66f344b@2022-07-23"),
      Map.entry("indonesia-ministers", "66eaaf5@2022-07-31"), Map.entry("iran-ministers", "a8e7c2f@2022-07-25"),
      Map.entry("israel-ministers", "81da870@2022-07-30"), Map.entry("italy-ministers", "4f9e038@2022-07-23"),
      Map.entry("japan-ministers", "8ba3cb1@2022-07-24"), Map.entry("kenya", "845fa14@2022-08-03"),
      Map.entry("malaysia-ministers", "bab2502@2022-07-23"), Map.entry("mexico-ministers", "87f5ae7@2022-07-25"),
      Map.entry("netherlands-cabinet", "a542323@2022-08-03"), Map.entry("new-zealand-cabinet", "dbf5f24@2022-08-01"),
      Map.entry("nigeria", "1f5d4aa@2022-07-24"), Map.entry("norway-cabinet", "c0bc529@2022-07-30"),
      Map.entry("pakistan-ministers", "065accd@2022-08-02"), Map.entry("philippines-ministers", "1f396f9@2022-07-30"),
      Map.entry("poland-cabinet", "c6b228d@2022-07-22"), Map.entry("portugal-cabinet", "49dd028@2022-08-02"),
      Map.entry("romania-cabinet", "63e9c5d@2022-08-03"), Map.entry("saudi-ministers", "566c588@2022-07-26"),
      Map.entry("singapore-ministers", "7c68317@2022-07-30"), Map.entry("south-africa-cabinet", "0558a87@2022-07-30"),
      Map.entry("south-korea-ministers", "6f17960@2022-08-03"), Map.entry("spain-ministers", "1e1550c@2022-07-23"),
      Map.entry("sweden-cabinet", "6756a7c@2022-07-23"), Map.entry("turkey-ministers", "288fbd4@2022-08-03")));

  /** Members of Congress who left before this are not bundled (the issue asks for Congress since 1945). */
  static final LocalDate CONGRESS_SINCE = LocalDate.of(1945, 1, 3);
  /** Archigos spells that ended before this are not bundled. */
  static final LocalDate LEADERS_SINCE = LocalDate.of(1945, 1, 1);

  /** Inputs in order of precedence, weakest first: a later source wins a tie on date precision. */
  static List<Input> inputs() {
    List<Input> in = new ArrayList<>();
    in.add(new Input(EP + "world-leaders-2021/data_wikidata.csv", "every-politician-scrapers/world-leaders-2021@be7039c",
        LocalDate.of(2022, 10, 9), WorldLeadersImporter::read));
    in.add(new Input(EP + "world/sources_foreign_wikidata.csv", "every-politician-scrapers/world@4a3b394",
        LocalDate.of(2023, 1, 10), ForeignMinistersImporter::read));
    EP_COUNTRIES.forEach((folder, at) -> in.add(new Input(EP + folder + "/html_holders21.csv",
        "every-politician-scrapers/" + folder + "@" + at.substring(0, 7), LocalDate.parse(at.substring(8)),
        EveryPoliticianImporter::read)));
    in.add(new Input(EP + "world/html_holders21.csv", "every-politician-scrapers/world@4a3b394",
        LocalDate.of(2023, 1, 10), EveryPoliticianImporter::read));
    in.add(new Input(EP + "france/html_holders21.csv", "every-politician-scrapers/france-cabinet@7ff37ba",
        LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read));
    in.add(new Input(EP + "uk/html_holders21.csv", "every-politician-scrapers/united-kingdom-cabinet@3a5ec68",
        LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read));
    in.add(new Input(EP + "ukraine/html_holders21.csv", "every-politician-scrapers/ukraine-cabinet@4fc6ab0",
        LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read));
    in.add(new Input(EP + "russia/html_holders21.csv", "every-politician-scrapers/russia-cabinet@3871831",
        LocalDate.of(2022, 8, 3), EveryPoliticianImporter::read));
    in.add(new Input(EP + "us/html_holders21.csv", "every-politician-scrapers/us-cabinet@0d5e73c",
        LocalDate.of(2022, 8, 3), EveryPoliticianImporter::read));
    in.add(new Input("reign/electionlist_3_21.csv", "OEFDataScience/REIGN.github.io@d7a8a6f",
        LocalDate.of(2021, 3, 2), SharedSourcesBuild::reignElections));
    in.add(new Input("eu-membership/membership.csv", "jerekapyaho/eumemberdata@73d13ca",
        LocalDate.of(2026, 1, 2), EuMembershipImporter::read));
    in.add(new Input("us-congress-bioguide/raw", "declanrjb/congress-bioguide@884d69a",
        LocalDate.of(2024, 11, 13), (f, s) -> KnowledgeBaseData.empty()));
    in.add(new Input("ifg-ministers/appointment.csv", "instituteforgov/ifg-ministers-database-public@92e2270",
        LocalDate.of(2026, 6, 19), IfgMinistersImporter::read));
    in.add(new Input("us-congress-legislators/legislators-current.yaml", "unitedstates/congress-legislators@dfa9622",
        LocalDate.of(2026, 6, 15), CongressLegislatorsImporter::read));
    in.add(new Input("us-congress-legislators/executive.yaml", "unitedstates/congress-legislators@dfa9622",
        LocalDate.of(2026, 6, 15), CongressLegislatorsImporter::read));
    return List.copyOf(in);
  }

  static final Input PARLGOV = new Input("parlgov/41__cabinets__Cabinet.csv", "hdigital/parlgov-web@5b4735a",
      LocalDate.of(2023, 6, 26), (f, s) -> KnowledgeBaseData.empty());
  static final Input ARCHIGOS = new Input("archigos/arch_annual.txt", "globalgov/manystates@23d119a",
      LocalDate.of(2015, 12, 31), (f, s) -> KnowledgeBaseData.empty());

  private SharedSourcesBuild() {}

  /**
   * Runs every importer on {@code sources} (the kb-sources folder), then applies the additions.
   * Order of work: the named sources are read and their offices unified (an office two sources
   * name alike is one office); the surname-only leader sources (ParlGov, Archigos) are matched
   * against them ({@link LeaderNames}); then everything is merged, weakest source first, with
   * the additions last.
   *
   * @param additions the additions YAML; empty for the copy inside the jar
   */
  public static KnowledgeBaseData build(Path sources, Optional<Path> additions, PrintWriter log) {
    if (!Files.isDirectory(sources)) {
      throw new KbImportException(sources + ": no such folder (expected the kb-sources folder)");
    }
    List<KnowledgeBaseData> layers = new ArrayList<>();
    Map<String, String> bioguideQids = new HashMap<>();
    Map<String, String> wikipediaTitles = new HashMap<>();
    for (Input in : inputs()) {
      Path file = sources.resolve(in.path());
      if (!Files.exists(file)) {
        log.printf("  skipped %-58s (missing)%n", in.path());
        continue;
      }
      KnowledgeBaseData data;
      if (in.path().startsWith("us-congress-bioguide")) {
        collectCongressIds(sources.resolve("us-congress-legislators"), bioguideQids, wikipediaTitles);
        data = BioguideImporter.read(file, in.source(), CONGRESS_SINCE, bioguideQids, wikipediaTitles);
      } else {
        data = in.reader().apply(file, in.source());
      }
      logRead(log, in.path(), data);
      layers.add(data);
    }
    KnowledgeBaseData additionsData = additions.map(AdditionsImporter::read).orElseGet(SharedSourcesBuild::bundledAdditions);
    logRead(log, additions.map(Path::toString).orElse("additions.yaml (bundled)"), additionsData);
    layers.add(additionsData);
    layers = OfficeUnifier.unify(layers);
    additionsData = layers.get(layers.size() - 1);
    KnowledgeBaseData named = KnowledgeBaseMerger.merge(layers);
    Path parlgov = sources.resolve(PARLGOV.path());
    Path archigos = sources.resolve(ARCHIGOS.path());
    if (Files.isRegularFile(parlgov) && Files.isRegularFile(archigos)) {
      List<ParlGovCabinets.Spell> cabinets = ParlGovCabinets.read(parlgov);
      List<EffectiveLeadersImporter.ArchigosSpell> spells = EffectiveLeadersImporter.archigosSpells(archigos);
      KnowledgeBaseData leaders = new LeaderNames(named).resolve(cabinets, PARLGOV.source(), spells,
          ARCHIGOS.source(), LEADERS_SINCE);
      log.printf("  read %-61s %5d cabinets, %5d spells -> %5d persons %5d terms%n", "parlgov + archigos",
          cabinets.size(), spells.size(), leaders.persons().size(), leaders.terms().size());
      // Below the named sources of the same precision, above year-only lists.
      layers.add(1, leaders);
    } else {
      log.printf("  skipped %-58s (missing)%n", "parlgov/ and archigos/");
    }
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(layers);
    check(layers, additionsData);
    return NameVariants.add(withoutUnused(merged));
  }

  private static void logRead(PrintWriter log, String path, KnowledgeBaseData data) {
    log.printf("  read %-61s %5d persons %4d offices %5d terms %5d events%n", path, data.persons().size(),
        data.offices().size(), data.terms().size(), data.events().size());
  }

  /** Bioguide id to Wikidata QID and Wikipedia title, from the congress-legislators files beside the bioguide. */
  private static void collectCongressIds(Path folder, Map<String, String> qids, Map<String, String> wikipedia) {
    for (String f : List.of("legislators-current.yaml", "executive.yaml")) {
      Path file = folder.resolve(f);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (com.fasterxml.jackson.databind.JsonNode p : Json.readYaml(file)) {
        String bioguide = Json.text(p.path("id"), "bioguide");
        String qid = Json.text(p.path("id"), "wikidata");
        if (bioguide != null && qid != null) {
          qids.put(bioguide, qid);
        }
        if (bioguide != null && Json.text(p.path("id"), "wikipedia") != null) {
          wikipedia.put(bioguide, Json.text(p.path("id"), "wikipedia"));
        }
      }
    }
    Path historical = folder.resolve("legislators-historical.csv");
    if (Files.isRegularFile(historical)) {
      for (org.apache.commons.csv.CSVRecord r : Csv.read(historical, ',', "bioguide_id", "wikipedia_id")) {
        if (!Csv.get(r, "wikipedia_id").isEmpty()) {
          wikipedia.putIfAbsent(Csv.get(r, "bioguide_id"), Csv.get(r, "wikipedia_id"));
        }
      }
    }
  }

  /** The additions file that ships inside the jar. */
  public static KnowledgeBaseData bundledAdditions() {
    try (InputStream in = SharedSourcesBuild.class.getResourceAsStream("/org/factdesk/kb/additions.yaml")) {
      if (in == null) {
        throw new KbImportException("additions.yaml is missing from the build");
      }
      return AdditionsImporter.read(in, "additions.yaml");
    } catch (java.io.IOException e) {
      throw new KbImportException("cannot read the bundled additions.yaml", e);
    }
  }

  /** Counts per source file: "terms", "events", and the as-of date. */
  public static List<String> summary(KnowledgeBaseData kb) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> asOf = new TreeMap<>();
    for (Term t : kb.terms()) {
      for (FactSource s : t.sources()) {
        counts.computeIfAbsent(s.name(), k -> new int[2])[0]++;
        asOf.put(s.name(), s.asOf().map(LocalDate::toString).orElse("?"));
      }
    }
    for (Event e : kb.events()) {
      counts.computeIfAbsent(e.source().name(), k -> new int[2])[1]++;
      asOf.put(e.source().name(), e.source().asOf().map(LocalDate::toString).orElse("?"));
    }
    List<String> lines = new ArrayList<>();
    counts.forEach((name, c) -> lines.add(String.format("%-34s %6d terms %5d events   data as of %s", name, c[0],
        c[1], asOf.get(name))));
    return lines;
  }

  private static KnowledgeBaseData reignElections(Path file, FactSource source) {
    KnowledgeBaseData all = ReignElectionsImporter.read(file, source);
    // executive.yaml gives the US presidential elections with their winners; REIGN's copies would be twins.
    return new KnowledgeBaseData(List.of(), List.of(), List.of(),
        all.events().stream().filter(e -> !ReignElectionsImporter.isUsPresidential(e)).toList());
  }

  /** Every person and office an additions entry names must be defined by some source or by the additions. */
  private static void check(List<KnowledgeBaseData> layers, KnowledgeBaseData additions) {
    Set<String> persons = new HashSet<>();
    Set<String> offices = new HashSet<>();
    for (KnowledgeBaseData layer : layers) {
      layer.persons().forEach(p -> persons.add(p.id()));
      layer.offices().forEach(o -> offices.add(o.id()));
    }
    for (Term t : additions.terms()) {
      if (!persons.contains(t.personId()) || !offices.contains(t.officeId())) {
        throw new KbImportException("additions.yaml: the term of " + t.personId() + " in " + t.officeId()
            + " names a person or office that no source and no additions entry defines");
      }
    }
    for (Event e : additions.events()) {
      for (String p : e.participants()) {
        if (!persons.contains(p)) {
          throw new KbImportException("additions.yaml: event " + e.id() + " names unknown participant " + p);
        }
      }
    }
  }

  /** Persons and offices that no term or event uses only make linking more ambiguous. */
  private static KnowledgeBaseData withoutUnused(KnowledgeBaseData kb) {
    Set<String> usedPersons = new HashSet<>();
    Set<String> usedOffices = new HashSet<>();
    kb.terms().forEach(t -> {
      usedPersons.add(t.personId());
      usedOffices.add(t.officeId());
    });
    kb.events().forEach(e -> {
      usedPersons.addAll(e.participants());
      e.officeId().ifPresent(usedOffices::add);
    });
    List<Person> persons = kb.persons().stream().filter(p -> usedPersons.contains(p.id())).toList();
    return new KnowledgeBaseData(persons, kb.offices().stream().filter(o -> usedOffices.contains(o.id())).toList(),
        kb.terms(), kb.events());
  }
}
