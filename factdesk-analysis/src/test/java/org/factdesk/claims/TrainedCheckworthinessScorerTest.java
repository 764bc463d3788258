// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainedCheckworthinessScorerTest {
  private final TrainedCheckworthinessScorer scorer = TrainedCheckworthinessScorer.loadDefault();

  @Test
  void theBundledModelIsReadOnceAndShared() {
    assertThat(TrainedCheckworthinessScorer.loadDefault()).isSameAs(scorer);
    assertThat(scorer.describe()).startsWith("logreg checkworthy");
    assertThat(scorer.training()).contains("logistic regression");
    assertThat(scorer.threshold()).isBetween(0.0, 1.0);
  }

  @Test
  void aStatisticIsMoreWorthCheckingThanAGreeting() {
    double statistic = scorer.score("Unemployment has doubled since 2016, to 9 percent.");
    double greeting = scorer.score("Thank you all for being here tonight.");
    assertThat(statistic).isGreaterThan(scorer.threshold()).isGreaterThan(greeting);
    assertThat(greeting).isLessThan(scorer.threshold());
  }

  @Test
  void scoringASentenceTakesFarLessThanFiveMilliseconds() {
    String sentence = "Our federal deficit grew by 400 billion dollars while the governor cut taxes for the richest one percent.";
    for (int i = 0; i < 2000; i++) {
      scorer.score(sentence + i);
    }
    long start = System.nanoTime();
    int runs = 1000;
    for (int i = 0; i < runs; i++) {
      scorer.score(sentence + i);
    }
    double millisPerSentence = (System.nanoTime() - start) / 1e6 / runs;
    assertThat(millisPerSentence).isLessThan(5.0);
  }
}
