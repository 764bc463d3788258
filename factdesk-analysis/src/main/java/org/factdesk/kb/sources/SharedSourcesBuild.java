package org.factdesk.kb.sources;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
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
  record Input(String path, String repoAtCommit, LocalDate asOf, BiFunction<Path, FactSource, KnowledgeBaseData> reader) {}

  static final List<Input> INPUTS = List.of(
      new Input(EP + "world-leaders-2021/data_wikidata.csv", "every-politician-scrapers/world-leaders-2021@be7039c",
          LocalDate.of(2022, 10, 9), WorldLeadersImporter::read),
      new Input(EP + "world/sources_foreign_wikidata.csv", "every-politician-scrapers/world@4a3b394",
          LocalDate.of(2023, 1, 10), ForeignMinistersImporter::read),
      new Input(EP + "world/html_holders21.csv", "every-politician-scrapers/world@4a3b394",
          LocalDate.of(2023, 1, 10), EveryPoliticianImporter::read),
      new Input(EP + "france/html_holders21.csv", "every-politician-scrapers/france-cabinet@7ff37ba",
          LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read),
      new Input(EP + "uk/html_holders21.csv", "every-politician-scrapers/united-kingdom-cabinet@3a5ec68",
          LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read),
      new Input(EP + "ukraine/html_holders21.csv", "every-politician-scrapers/ukraine-cabinet@4fc6ab0",
          LocalDate.of(2022, 7, 23), EveryPoliticianImporter::read),
      new Input(EP + "russia/html_holders21.csv", "every-politician-scrapers/russia-cabinet@3871831",
          LocalDate.of(2022, 8, 3), EveryPoliticianImporter::read),
      new Input(EP + "us/html_holders21.csv", "every-politician-scrapers/us-cabinet@0d5e73c",
          LocalDate.of(2022, 8, 3), EveryPoliticianImporter::read),
      new Input("reign/electionlist_3_21.csv", "OEFDataScience/REIGN.github.io@d7a8a6f",
          LocalDate.of(2021, 3, 2), SharedSourcesBuild::reignElections),
      new Input("eu-membership/membership.csv", "jerekapyaho/eumemberdata@73d13ca",
          LocalDate.of(2026, 1, 2), EuMembershipImporter::read),
      new Input("us-congress-legislators/legislators-current.yaml", "unitedstates/congress-legislators@dfa9622",
          LocalDate.of(2026, 6, 15), CongressLegislatorsImporter::read),
      new Input("us-congress-legislators/executive.yaml", "unitedstates/congress-legislators@dfa9622",
          LocalDate.of(2026, 6, 15), CongressLegislatorsImporter::read));

  private SharedSourcesBuild() {}

  /**
   * Runs every importer on {@code sources} (the kb-sources folder), then applies the additions.
   *
   * @param additions the additions YAML; empty for the copy inside the jar
   */
  public static KnowledgeBaseData build(Path sources, Optional<Path> additions, PrintWriter log) {
    if (!Files.isDirectory(sources)) {
      throw new KbImportException(sources + ": no such folder (expected the kb-sources folder)");
    }
    List<KnowledgeBaseData> layers = new ArrayList<>();
    KnowledgeBaseData worldLeaders = KnowledgeBaseData.empty();
    for (Input in : INPUTS) {
      Path file = sources.resolve(in.path());
      if (!Files.isRegularFile(file)) {
        log.printf("  skipped %-58s (missing)%n", in.path());
        continue;
      }
      String name = in.path().startsWith(EP) ? in.path().substring(EP.length())
          : in.path().substring(in.path().lastIndexOf('/') + 1);
      FactSource source = new FactSource(name,
          in.repoAtCommit() + ":" + in.path().substring(in.path().indexOf('/') + 1), Optional.of(in.asOf()));
      KnowledgeBaseData data = in.reader().apply(file, source);
      log.printf("  read %-61s %5d persons %4d offices %5d terms %5d events%n", in.path(), data.persons().size(),
          data.offices().size(), data.terms().size(), data.events().size());
      if (in.path().contains("world-leaders-2021")) {
        worldLeaders = data;
      } else {
        layers.add(data);
      }
    }
    KnowledgeBaseData additionsData = additions.map(AdditionsImporter::read).orElseGet(SharedSourcesBuild::bundledAdditions);
    log.printf("  read %-61s %5d persons %4d offices %5d terms %5d events%n", additions.map(Path::toString)
        .orElse("additions.yaml (bundled)"), additionsData.persons().size(), additionsData.offices().size(),
        additionsData.terms().size(), additionsData.events().size());
    KnowledgeBaseData base = KnowledgeBaseMerger.merge(layers);
    List<KnowledgeBaseData> all = new ArrayList<>();
    // Additions count as better-dated too: Truss's 2022 premiership is in both.
    all.add(onlyNewTerms(worldLeaders, KnowledgeBaseMerger.merge(List.of(base, additionsData))));
    all.add(base);
    all.add(additionsData);
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(all);
    check(merged, additionsData);
    return withoutUnused(merged);
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
      counts.computeIfAbsent(t.source().name(), k -> new int[2])[0]++;
      asOf.put(t.source().name(), t.source().asOf().map(LocalDate::toString).orElse("?"));
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

  /** Year-only terms that overlap a term of the same person in the same office add nothing but fuzz. */
  private static KnowledgeBaseData onlyNewTerms(KnowledgeBaseData yearOnly, KnowledgeBaseData base) {
    Map<String, List<Term>> known = base.terms().stream()
        .collect(Collectors.groupingBy(t -> t.personId() + "|" + t.officeId()));
    List<Term> kept = yearOnly.terms().stream().filter(t -> known.getOrDefault(t.personId() + "|" + t.officeId(),
        List.of()).stream().noneMatch(k -> overlaps(k, t))).toList();
    return new KnowledgeBaseData(yearOnly.persons(), yearOnly.offices(), kept, yearOnly.events());
  }

  private static boolean overlaps(Term a, Term b) {
    LocalDate aEnd = a.end().orElse(LocalDate.MAX);
    LocalDate bEnd = b.end().orElse(LocalDate.MAX);
    return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
  }

  private static void check(KnowledgeBaseData merged, KnowledgeBaseData additions) {
    Set<String> persons = new HashSet<>();
    merged.persons().forEach(p -> persons.add(p.id()));
    Set<String> offices = new HashSet<>();
    merged.offices().forEach(o -> offices.add(o.id()));
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
