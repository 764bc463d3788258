// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
  @Test
  void extraWordsCostPrecisionAndMissingWordsCostRecall() {
    String gold = "one two three four five six";           // 3 shingles
    ShingleOverlap.Score same = ShingleOverlap.score("One, two; three four five six.", gold);
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(same.recall()).isEqualTo(1.0);
    ShingleOverlap.Score extra = ShingleOverlap.score(gold + " seven eight nine", gold);   // 6 shingles, 3 right
    assertThat(extra.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(extra.recall()).isEqualTo(1.0);
    ShingleOverlap.Score missing = ShingleOverlap.score("one two three four", gold);       // 1 shingle, right
    assertThat(missing.precision()).isEqualTo(1.0);
    assertThat(missing.recall()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void anEmptyExtractionScoresZeroAndRepeatsCountOnce() {
    assertThat(ShingleOverlap.score("", "one two three four")).isEqualTo(new ShingleOverlap.Score(0, 0));
    ShingleOverlap.Score doubled = ShingleOverlap.score("a b c d a b c d", "a b c d");
    assertThat(doubled.recall()).isEqualTo(1.0);
    assertThat(doubled.precision()).isCloseTo(1 / 5.0, within(1e-9));
  }

  @Test
  void goldInHtmlIsReadBlockByBlock() {
    assertThat(ExtractionBenchmark.htmlText("<div><p>First <b>para</b>graph.</p><p>Second.</p></div>"))
        .isEqualTo("First paragraph.\n\nSecond.");
  }
}
