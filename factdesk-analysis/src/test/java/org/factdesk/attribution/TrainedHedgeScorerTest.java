// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainedHedgeScorerTest {
  private final TrainedHedgeScorer scorer = TrainedHedgeScorer.loadDefault();

  @Test
  void theBundledModelIsReadOnceAndShared() {
    assertThat(TrainedHedgeScorer.loadDefault()).isSameAs(scorer);
    assertThat(scorer.describe()).startsWith("logreg weasel");
  }

  @Test
  void vagueAuthorityScoresAboveAPlainDatedFact() {
    double weasel = scorer.score("Many critics consider it to be one of the most important novels ever written.");
    double plain = scorer.score("The bridge was opened to traffic on 12 May 1932.");
    assertThat(weasel).isGreaterThan(scorer.threshold()).isGreaterThan(plain);
    assertThat(plain).isLessThan(scorer.threshold());
  }
}
