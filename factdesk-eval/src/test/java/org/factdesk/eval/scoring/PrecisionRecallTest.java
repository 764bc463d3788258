// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.factdesk.eval.dataset.LabelledSentence;
import org.junit.jupiter.api.Test;

class PrecisionRecallTest {
  private static ScoredSentence scored(String id, boolean positive, double score) {
    return new ScoredSentence(new LabelledSentence(id, "text " + id, positive), score);
  }

  private final List<ScoredSentence> scored = List.of(
      scored("a", true, 0.9), scored("b", true, 0.6), scored("c", false, 0.7),
      scored("d", true, 0.2), scored("e", false, 0.1), scored("f", false, 0.05));

  @Test
  void countsTheDecisionsAtAThreshold() {
    PrecisionRecall pr = PrecisionRecall.at(scored, 0.5);
    assertThat(pr).isEqualTo(new PrecisionRecall(2, 1, 1, 2));
    assertThat(pr.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(pr.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(pr.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void theHeadlineIsOneLineInAFixedFormat() {
    assertThat(PrecisionRecall.at(scored, 0.5).headline("checkworthy"))
        .isEqualTo("checkworthy: precision 0.667 recall 0.667 f1 0.667 n 6");
  }

  @Test
  void noPredictionsGiveZerosNotNaN() {
    PrecisionRecall pr = PrecisionRecall.at(scored, 2.0);
    assertThat(pr.precision()).isZero();
    assertThat(pr.f1()).isZero();
  }

  @Test
  void theChosenThresholdGivesTheBestF1() {
    double threshold = Thresholds.bestF1(scored);
    double best = PrecisionRecall.at(scored, threshold).f1();
    for (double t = 0; t <= 1; t += 0.01) {
      assertThat(PrecisionRecall.at(scored, t).f1()).isLessThanOrEqualTo(best + 1e-12);
    }
    assertThat(best).isCloseTo(6 / 7.0, within(1e-9));
  }

  @Test
  void theWorstMissesAreTheMostConfidentlyWrong() {
    assertThat(Misses.worst(scored, 0.5, 5)).extracting(s -> s.sentence().id()).containsExactly("d", "c");
    assertThat(Misses.describe(Misses.worst(scored, 0.5, 1).get(0))).startsWith("missed positive 0.200 d");
  }
}
