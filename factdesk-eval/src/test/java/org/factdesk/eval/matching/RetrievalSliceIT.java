// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.factdesk.archive.ArchiveImport;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.ingest.FactCheckFiles;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fast slice of the CheckThat! 2022 Task 2A dev evaluation (docs/benchmarks.md has the full
 * one): every dev query against an archive of its gold fact-checks plus the first
 * {@value #DISTRACTORS} others of vclaims.jsonl, hybrid matching with the real model. Fails if
 * MAP@5 drops more than {@value #MARGIN} below the recorded {@value #RECORDED_MAP5}.
 */
class RetrievalSliceIT {
  static final int DISTRACTORS = 2000;
  static final double RECORDED_MAP5 = 0.988;
  static final double MARGIN = 0.02;

  @TempDir Path dir;

  @Test
  void devMapAtFiveOnTheSliceStaysAtTheRecordedFigure() throws Exception {
    Path data = SharedData.require("eval/claim-retrieval/ct2022-2a-english");
    SharedData.require(data.resolve("vclaims.jsonl"));
    RetrievalQueries dev = RetrievalQueries.read(data.resolve("CT2022-Task2A-EN-Train-Dev_Queries.tsv"),
        data.resolve("CT2022-Task2A-EN-Dev_QRELs.tsv"));
    Set<String> gold = new HashSet<>();
    dev.relevant().values().forEach(gold::addAll);
    int[] others = {0};
    try (FactCheckArchive archive = FactCheckArchive.open(dir, new MiniLmEmbedder())) {
      try (ArchiveImport batch = archive.startImport(n -> {})) {
        FactCheckFiles.read(data.resolve("vclaims.jsonl"), f -> {
          if (gold.contains(f.id()) || others[0]++ < DISTRACTORS) {
            batch.accept(f);
          }
        });
      }
      RetrievalScores scores = new RetrievalEvaluation((text, depth) ->
          archive.match(text, depth, Optional.empty(), MatchSettings.defaults()).stream()
              .map(m -> m.factCheck().id()).toList())
          .run(dev, 5, done -> {});
      System.out.println("slice " + scores.line());
      assertThat(scores.n()).isEqualTo(dev.judged().size());
      assertThat(scores.mapK()).as(scores.line()).isGreaterThanOrEqualTo(RECORDED_MAP5 - MARGIN);
    }
  }
}
