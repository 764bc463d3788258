package org.factdesk.eval.timecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.engine.Analyzer;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersStories;
import org.junit.jupiter.api.Test;

/**
 * The CI slice of {@code factdesk eval time}: the first 40 Reuters stories of reut2-000.sgm.
 * Skipped with a message when {@code ../shared/eval} is not beside the repository.
 */
class RoleAnachronismSliceIT {
  @Test
  void noWireStoryIsFlaggedAtItsOwnDateAndLinkedTitlesGoStaleYearsLater() throws IOException {
    Path file = Path.of(System.getProperty("factdesk.shared", "../shared"), "eval/news/reuters21578/reut2-000.sgm");
    assumeTrue(Files.isRegularFile(file), "shared eval data absent (" + file + "): skipping the time slice");
    List<DatedStory> stories = new ReutersStories().read(file).subList(0, 40);
    RoleAnachronismEvaluation evaluation = new RoleAnachronismEvaluation(Analyzer.loadDefault(), LocalDate.of(2025, 1, 1));
    int falseAlarms = 0;
    int expected = 0;
    int caught = 0;
    for (DatedStory story : stories) {
      RoleAnachronismEvaluation.StoryResult result = evaluation.evaluate(story).orElse(null);
      if (result == null) {
        continue;
      }
      falseAlarms += result.flaggedAtOwnDate() ? 1 : 0;
      expected += result.expectedLater() ? 1 : 0;
      caught += result.expectedLater() && result.flaggedLater() ? 1 : 0;
    }
    assertThat(falseAlarms).as("stories flagged time.role at their own date").isLessThanOrEqualTo(1);
    assertThat(caught).as("of %d stories with linked current titles, flagged at 2025-01-01", expected)
        .isGreaterThanOrEqualTo((int) Math.floor(expected * 0.8));
  }
}
