package org.factdesk.kb.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.factdesk.testkit.SharedData;

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
  void theBuildReproducesTheBundledKnowledgeBase() throws Exception {
    KnowledgeBaseData built = SharedSourcesBuild.build(sources, Optional.empty(), new PrintWriter(new StringWriter()));
    assertThat(built).isEqualTo(KnowledgeBaseFiles.readBundled());
  }
}
