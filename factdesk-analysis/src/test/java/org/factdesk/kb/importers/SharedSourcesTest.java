// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseFiles;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The importers on the real files in shared/kb-sources; skipped where that folder is absent. */
final class SharedSourcesTest {
  private static final FactSource SOURCE = new FactSource("sample", "", Optional.of(LocalDate.of(2026, 6, 15)));
  private Path sources;

  @BeforeEach
  void findSharedData() {
    sources = SharedData.require("kb-sources");
  }

  private Path sample(String name) {
    return sources.resolve("wikidata-format-samples").resolve(name);
  }

  @Test
  void aRealWikidataEntityGivesItsDatedPositionHeld() {
    KnowledgeBaseData kb = WikidataEntityImporter.read(sample("wikibase-sdk_Q646148.json"), SOURCE);
    assertThat(kb.persons()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("Q646148"));
    assertThat(kb.terms()).singleElement().satisfies(t -> {
      assertThat(t.officeId()).isEqualTo("Q6866144");
      assertThat(t.start()).isEqualTo("1978-08-30");
      assertThat(t.end()).contains(LocalDate.of(1979, 10, 26));
    });
  }

  @Test
  void wbgetentitiesResponsesAndDumpsAreRead() {
    assertThat(WikidataEntityImporter.read(sample("wikibase-sdk_wbgetentities_response.json"), SOURCE)).isNotNull();
    assertThat(WikidataEntityImporter.read(sample("wdtk_wbgetentities-Douglas-Adams.json"), SOURCE).persons())
        .anyMatch(p -> p.id().equals("Q42") && p.name().equals("Douglas Adams"));
    assertThat(WikidataEntityImporter.read(sample("wdtk_mock-dump-for-testing.json"), SOURCE).terms()).isEmpty();
    assertThat(WikidataEntityImporter.read(sample("wdtk_sample-dump-20150815.json.gz"), SOURCE)).isNotNull();
    assertThat(WikidataEntityImporter.read(sample("wdtk_item.json"), SOURCE)).isNotNull();
  }

  @Test
  void sparqlSamplesWithOtherVariablesAreRejectedWithTheExpectedOnes() {
    for (String name : new String[] {"wikibase-sdk_multi_vars_sparql_results.json",
        "wikibase-sdk_sparql_results_with_optional_values.json", "wikibase-sdk_sparql_results_with_statements.json"}) {
      assertThatThrownBy(() -> SparqlResultsImporter.read(sample(name), SOURCE)).as(name)
          .isInstanceOf(KbImportException.class).hasMessageContaining(SparqlResultsImporter.EXPECTED);
    }
  }

  @Test
  void historicalLegislatorsAreReadAsPersonsOnly() {
    KnowledgeBaseData kb = HistoricalLegislatorsImporter.read(
        sources.resolve("us-congress-legislators/legislators-historical.csv"));
    assertThat(kb.persons()).hasSizeGreaterThan(12000)
        .anyMatch(p -> p.id().equals("bioguide:R000595") && p.name().equals("Marco Rubio"));
    assertThat(kb.terms()).isEmpty();
  }

  @Test
  void effectiveLeaderDatasetsRead() {
    assertThat(EffectiveLeadersImporter.readReign(sources.resolve("reign/leaderlist_3_21.csv"), SOURCE).terms())
        .hasSizeGreaterThan(2000);
    assertThat(EffectiveLeadersImporter.readArchigos(sources.resolve("archigos/arch_annual.txt"), SOURCE).persons())
        .anyMatch(p -> p.name().equals("Vladimir Putin"));
  }

  @Test
  void theStreamingDumpReaderKeepsTheRealEntitysDatedPositionWithItsPrecision() {
    List<long[]> reports = new java.util.ArrayList<>();
    KnowledgeBaseData one = WikidataDumpImporter.read(sample("wikibase-sdk_Q646148.json"), SOURCE,
        (n, done, total) -> reports.add(new long[] {n, done, total}));
    assertThat(one.terms()).singleElement().satisfies(t -> {
      assertThat(t.officeId()).isEqualTo("Q6866144");
      assertThat(t.start()).isEqualTo("1978-08-30");
      assertThat(t.startPrecision()).isEqualTo(org.factdesk.kb.DatePrecision.DAY);
      assertThat(t.end()).contains(LocalDate.of(1979, 10, 26));
    });
    assertThat(reports).last().satisfies(r -> assertThat(r[1]).isEqualTo(r[2]));
    KnowledgeBaseData dump = WikidataDumpImporter.read(sample("wdtk_sample-dump-20150815.json.gz"), SOURCE,
        (n, done, total) -> reports.add(new long[] {n, done, total}));
    assertThat(reports).last().satisfies(r -> assertThat(r[0]).isEqualTo(101));
    assertThat(dump.terms()).allSatisfy(t -> assertThat(t.source()).isEqualTo(SOURCE));
    assertThat(WikidataDumpImporter.read(sample("wdtk_mock-dump-for-testing.json"), SOURCE, (n, d, t) -> { })
        .terms()).isEmpty();
  }

  @Test
  void theIfgDatabaseGivesUkCabinetMinistersWithDayDates() {
    KnowledgeBaseData ifg = IfgMinistersImporter.read(sources.resolve("ifg-ministers"), SOURCE);
    org.factdesk.kb.Person thatcher = ifg.persons().stream()
        .filter(p -> p.name().contains("Thatcher") || p.aliases().contains("Margaret Thatcher")).findFirst().orElseThrow();
    assertThat(ifg.terms()).anySatisfy(t -> {
      assertThat(t.personId()).isEqualTo(thatcher.id());
      assertThat(t.officeId()).isEqualTo("ifg:Prime Minister");
      assertThat(t.start()).isEqualTo("1979-05-04");
      assertThat(t.end()).contains(LocalDate.of(1990, 11, 28));
    });
    // The FCO and FCDO posts are one office, so Raab's two appointments can join up.
    assertThat(ifg.offices()).noneMatch(o -> o.name().contains("Development Affairs"));
  }

  @Test
  void theBioguideGivesFormerSenatorsTheirServiceDates() {
    KnowledgeBaseData reid = BioguideImporter.read(sources.resolve("us-congress-bioguide/raw/R000146.json"), SOURCE,
        LocalDate.of(1945, 1, 3), java.util.Map.of(), java.util.Map.of());
    assertThat(reid.persons()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Harry Reid"));
    List<org.factdesk.kb.Term> senate = reid.terms().stream().filter(t -> t.officeId().equals("Q4416090")).toList();
    assertThat(senate).first().satisfies(t -> assertThat(t.start()).isEqualTo("1987-01-03"));
    assertThat(senate).last().satisfies(t -> assertThat(t.end()).contains(LocalDate.of(2017, 1, 3)));
  }

  @Test
  void parlGovCabinetsGetTheirHeadsOfGovernmentFromNamedSources() {
    List<ParlGovCabinets.Spell> cabinets = ParlGovCabinets.read(sources.resolve("parlgov"));
    assertThat(cabinets).anySatisfy(c -> {
      assertThat(c.cabinet()).isEqualTo("Merkel V");
      assertThat(c.country()).isEqualTo("DE");
      assertThat(c.end()).contains(LocalDate.of(2021, 12, 8));
    });
    KnowledgeBaseData bundled = KnowledgeBaseFiles.readBundled();
    KnowledgeBaseData kohl = new LeaderNames(bundled).resolve(cabinets, SOURCE,
        EffectiveLeadersImporter.archigosSpells(sources.resolve("archigos/arch_annual.txt")), SOURCE,
        LocalDate.of(1945, 1, 1));
    assertThat(kohl.terms()).anySatisfy(t -> {
      assertThat(t.officeId()).isEqualTo("Q4970706");
      assertThat(t.start()).isEqualTo("1982-10-01");
    });
  }

  @Test
  void theBuildReproducesTheBundledKnowledgeBase() throws Exception {
    KnowledgeBaseData built = SharedSourcesBuild.build(sources, Optional.empty(), new PrintWriter(new StringWriter()));
    assertThat(built).isEqualTo(KnowledgeBaseFiles.readBundled());
  }
}
