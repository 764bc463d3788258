// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.timecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersStories;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The CI slice of {@code factdesk eval time}: the first 300 stories of reut2-000.sgm at their true
 * dates (false alarms per 100 articles) and shifted eight years (share of stale linked titles
 * flagged), held to the {@code ci-floor time-reuters-300} line of docs/benchmarks.md. Skipped
 * with a message when {@code ../shared/eval} is not beside the repository.
 */
class RoleAnachronismSliceIT {
  @Test
  void theFirstThreeHundredReutersStoriesKeepTheirRecordedTimeFigures() throws IOException {
    Path file = SharedData.require("eval/news/reuters21578/reut2-000.sgm");
    List<DatedStory> stories = new ReutersStories().read(file).subList(0, 300);
    Engine analyzer = Engine.loadDefault();
    var atTrueDates = TitledMentionsEvaluation.Totals.of(stories.stream()
        .map(new TitledMentionsEvaluation(analyzer, 0)::evaluate).flatMap(Optional::stream).toList());
    var shifted = TitledMentionsEvaluation.Totals.of(stories.stream()
        .map(new TitledMentionsEvaluation(analyzer, 8)::evaluate).flatMap(Optional::stream).toList());
    Matcher floor = Pattern.compile("ci-floor time-reuters-300 per100-max ([0-9.]+) stale-flagged-min ([0-9.]+)")
        .matcher(Files.readString(Path.of("..", "docs", "benchmarks.md")));
    assertThat(floor.find()).as("docs/benchmarks.md records a ci-floor time-reuters-300 line").isTrue();
    assertThat(atTrueDates.per100()).as(atTrueDates.headline()).isLessThanOrEqualTo(Double.parseDouble(floor.group(1)));
    assertThat(shifted.stale()).as("the slice has stale titles to flag: " + shifted.headline()).isPositive();
    assertThat(shifted.staleFlaggedShare()).as(shifted.headline())
        .isGreaterThanOrEqualTo(Double.parseDouble(floor.group(2)));
  }
}
