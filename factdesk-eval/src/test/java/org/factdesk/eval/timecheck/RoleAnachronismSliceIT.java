package org.factdesk.eval.timecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.engine.Analyzer;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersStories;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.junit.jupiter.api.Test;

/**
 * The CI slice of {@code factdesk eval time}: the first 100 stories of reut2-000.sgm, held to the
 * {@code ci-floor time-reuters-100} line of docs/benchmarks.md. Skipped with a message when
 * {@code ../shared/eval} is not beside the repository.
 */
class RoleAnachronismSliceIT {
  @Test
  void theFirstHundredReutersStoriesKeepTheirRecordedTimeFigures() throws IOException {
    Path file = Path.of(System.getProperty("factdesk.shared", "../shared"), "eval/news/reuters21578/reut2-000.sgm");
    assumeTrue(Files.isRegularFile(file), "shared eval data absent (" + file + "): skipping the time slice");
    List<DatedStory> stories = new ReutersStories().read(file).subList(0, 100);
    RoleAnachronismEvaluation evaluation = new RoleAnachronismEvaluation(Analyzer.loadDefault(), LocalDate.of(2025, 1, 1));
    List<RoleAnachronismEvaluation.StoryResult> results = stories.stream().map(evaluation::evaluate)
        .flatMap(Optional::stream).toList();
    PrecisionRecall figures = RoleAnachronismEvaluation.figures(results);
    Matcher floor = Pattern.compile("ci-floor time-reuters-100 f1 ([0-9.]+) margin ([0-9.]+)")
        .matcher(Files.readString(Path.of("..", "docs", "benchmarks.md")));
    assertThat(floor.find()).as("docs/benchmarks.md records a ci-floor time-reuters-100 line").isTrue();
    assertThat(figures.f1()).as(figures.headline("time")).isGreaterThanOrEqualTo(
        Double.parseDouble(floor.group(1)) - Double.parseDouble(floor.group(2)));
    assertThat(figures.falsePositives()).as("false alarms: " + figures.headline("time")).isLessThanOrEqualTo(1);
  }
}
