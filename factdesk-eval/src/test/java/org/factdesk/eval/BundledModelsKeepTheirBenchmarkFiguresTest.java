// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.attribution.TrainedHedgeScorer;
import org.factdesk.claims.TrainedCheckworthinessScorer;
import org.factdesk.eval.dataset.CheckworthinessDatasets;
import org.factdesk.eval.dataset.HashSplit;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.dataset.WeaselDatasets;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.scoring.Scoring;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The CI slice of the full evals: the bundled models on the dev sets (about a second each), held
 * to the floors written in {@code docs/benchmarks.md} ({@code ci-floor NAME f1 F margin M}).
 * Skipped with a message when {@code ../shared/eval} is not beside the repository (fails under CI).
 */
class BundledModelsKeepTheirBenchmarkFiguresTest {
  private static final Path SHARED_EVAL = SharedData.root().resolve("eval");
  private static final Path BENCHMARKS = Path.of("..", "docs", "benchmarks.md");

  @Test
  void checkworthinessOnCheckThat2024DevStaysAtItsRecordedF1() throws IOException {
    Path dev = SHARED_EVAL.resolve("checkworthiness/ct2024-english/CT24_checkworthy_english_dev.tsv");
    SharedData.require(dev);
    List<LabelledSentence> sentences = new CheckworthinessDatasets().read(dev);
    TrainedCheckworthinessScorer scorer = TrainedCheckworthinessScorer.loadDefault();
    PrecisionRecall figures = PrecisionRecall.at(Scoring.score(sentences, scorer::score), scorer.threshold());
    assertHolds("checkworthy-ct24-dev", figures);
  }

  @Test
  void weaselOnTheDevSplitStaysAtItsRecordedF1() throws IOException {
    Path folder = SHARED_EVAL.resolve("weasel");
    SharedData.require(folder);
    List<LabelledSentence> sentences = HashSplit.DEV.apply(new WeaselDatasets().read(folder));
    TrainedHedgeScorer scorer = TrainedHedgeScorer.loadDefault();
    PrecisionRecall figures = PrecisionRecall.at(Scoring.score(sentences, scorer::score), scorer.threshold());
    assertHolds("weasel-dev", figures);
  }

  private static void assertHolds(String name, PrecisionRecall figures) throws IOException {
    Matcher floor = Pattern.compile("ci-floor " + Pattern.quote(name) + " f1 ([0-9.]+) margin ([0-9.]+)")
        .matcher(Files.readString(BENCHMARKS));
    assertThat(floor.find()).as("docs/benchmarks.md records a 'ci-floor %s f1 F margin M' line", name).isTrue();
    double recorded = Double.parseDouble(floor.group(1));
    double margin = Double.parseDouble(floor.group(2));
    assertThat(figures.f1()).as("%s F1 (recorded %.3f, margin %.3f): %s", name, recorded, margin, figures.headline(name))
        .isGreaterThanOrEqualTo(recorded - margin);
  }
}
