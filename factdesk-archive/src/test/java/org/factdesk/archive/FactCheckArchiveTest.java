// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.archive.ingest.FactCheckFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckArchiveTest {
  @TempDir Path dir;

  static Path fixture(String name) throws Exception {
    return Path.of(FactCheckArchiveTest.class.getResource("/archive/" + name).toURI());
  }

  static void importFixtures(FactCheckArchive archive) throws Exception {
    try (ArchiveImport batch = archive.startImport(n -> {})) {
      for (String f : List.of("checks.jsonl", "review-array.json", "review-graph.jsonld", "review-page.html")) {
        FactCheckFiles.read(fixture(f), batch);
      }
    }
  }

  @Test
  void aClaimInOtherWordsFindsTheFactCheckThatShareItsStems() throws Exception {
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(archive);
      List<ArchiveMatch> matches = archive.match("Penguins elected as mayors of Norwegian towns", 3);
      assertThat(matches).isNotEmpty();
      ArchiveMatch best = matches.get(0);
      assertThat(best.factCheck().id()).isEqualTo("fx-penguin-mayor");
      assertThat(best.sharedTerms()).contains("penguin", "elected", "mayor");
      assertThat(best.factCheck().date()).contains(LocalDate.of(2019, 3, 11));
    }
  }

  @Test
  void statsCountRecordsPublishersAndDates() throws Exception {
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(archive);
      ArchiveStats stats = archive.stats();
      assertThat(stats.records()).isEqualTo(7);
      assertThat(stats.withVectors()).isZero();
      assertThat(stats.oldest()).contains(LocalDate.of(2015, 5, 26));
      assertThat(stats.newest()).contains(LocalDate.of(2024, 2, 1));
      assertThat(stats.publishers()).containsEntry("Example Checks", 3L).containsEntry("(unknown)", 3L);
    }
  }

  @Test
  void addingARecordWithAKnownIdReplacesItAndSurvivesReopening() throws Exception {
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(archive);
      archive.add(FactCheck.of("fx-bridge-toll", "Cyclists must pay a toll on the river bridge.", "False",
          "Our Desk", "https://desk.example/verdicts/1", LocalDate.of(2026, 1, 5)));
    }
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      assertThat(archive.stats().records()).isEqualTo(7);
      ArchiveMatch best = archive.match("toll for cyclists on the bridge", 1).get(0);
      assertThat(best.factCheck().publisher()).isEqualTo("Our Desk");
      assertThat(best.factCheck().rating()).isEqualTo("False");
    }
  }

  @Test
  void aQueryOfOnlyStopwordsOrNothingMatchesNothing() throws Exception {
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(archive);
      assertThat(archive.match("", 5)).isEmpty();
      assertThat(archive.match("the of and", 5)).isEmpty();
      assertThat(archive.match("https://t.co/xyz", 5)).isEmpty();
    }
  }

  @Test
  void aThreeHundredWordPostIsSearchedNotRefusedByTheQueryLimit() throws Exception {
    StringBuilder post = new StringBuilder("Penguins elected as mayors of Norwegian towns");
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < 300; i++) {
      post.append(' ');
      for (int j = 0; j < 7; j++) {
        post.append((char) ('a' + random.nextInt(26)));
      }
    }
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(archive);
      assertThat(archive.match(post.toString(), 3)).isNotEmpty();
    }
  }

  @Test
  void anEmptyArchiveMatchesNothingAndCountsZero() throws IOException {
    try (FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      assertThat(archive.match("anything at all", 5)).isEmpty();
      assertThat(archive.stats().records()).isZero();
    }
  }

  @Test
  void aReadOnlyArchiveMatchesWhileAnotherHoldsTheWriterAndRefusesToImport() throws Exception {
    try (FactCheckArchive writer = FactCheckArchive.open(dir, ClaimEmbedder.none())) {
      importFixtures(writer);
      assertThat(FactCheckArchive.exists(dir)).isTrue();
      try (FactCheckArchive reader = FactCheckArchive.openReadOnly(dir, ClaimEmbedder.none())) {
        assertThat(reader.match("owls see through walls", 1)).extracting(m -> m.factCheck().claim())
            .containsExactly("Owls can see through walls.");
        assertThat(reader.stats().records()).isEqualTo(7);
        assertThat(reader.contains("fx-moon-cheese")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.add(
            FactCheck.of("x", "claim", "", "", "", null))).isInstanceOf(IllegalStateException.class);
      }
    }
    assertThat(FactCheckArchive.exists(dir.resolve("nothing-here"))).isFalse();
  }
}
