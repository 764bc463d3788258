// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HashedTextFeaturesTest {
  private final HashedTextFeatures features = new HashedTextFeatures(FeatureSpec.parse("bits=16 words=1-2 chars=3-5 cues"));

  @Test
  void theSameSentenceAlwaysGivesTheSameVector() {
    SparseVector a = features.featurize("Unemployment fell to 4.1 percent in 2019.");
    SparseVector b = features.featurize("Unemployment fell to 4.1 percent in 2019.");
    assertThat(a.indices()).containsExactly(b.indices());
    assertThat(a.values()).containsExactly(b.values());
  }

  @Test
  void vectorsHaveUnitLengthAndIncreasingIndices() {
    SparseVector v = features.featurize("Some critics argue that it is widely believed.");
    double norm = 0;
    for (int i = 0; i < v.size(); i++) {
      norm += v.values()[i] * v.values()[i];
      if (i > 0) {
        assertThat(v.indices()[i]).isGreaterThan(v.indices()[i - 1]);
      }
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void numbersAreReducedToTheirShapeSoThatDifferentFiguresShareFeatures() {
    HashedTextFeatures wordsOnly = new HashedTextFeatures(FeatureSpec.parse("bits=16 words=1-1"));
    assertThat(wordsOnly.featurize("4.1").indices()).containsExactly(wordsOnly.featurize("7.3").indices());
    assertThat(wordsOnly.featurize("1987").indices()).containsExactly(wordsOnly.featurize("2016").indices());
  }

  @Test
  void tokensKeepInnerApostrophesAndNumberPunctuation() {
    assertThat(HashedTextFeatures.tokenize("We're spending $1,000.50 — 12% more?"))
        .containsExactly("We're", "spending", "$", "1,000.50", "12", "%", "more", "?");
  }

  @Test
  void randomAndHostileTextNeverThrows() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int k = 0; k < length; k++) {
        text.append((char) random.nextInt(0x3000));
      }
      assertThat(features.featurize(text.toString()).size()).isGreaterThanOrEqualTo(0);
    }
    assertThat(features.featurize("").size()).isGreaterThan(0);
  }

  @Test
  void featureSpecsReadBackWhatTheyWrite() {
    FeatureSpec spec = FeatureSpec.parse("bits=20 words=1-3 chars=2-4 cues");
    assertThat(FeatureSpec.parse(spec.toString())).isEqualTo(spec);
    assertThat(FeatureSpec.parse("bits=12 chars=3-3").toString()).isEqualTo("bits=12 chars=3-3");
  }

  @Test
  void unknownFeatureFamiliesAreRejectedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeatureSpec.parse("bits=18 emojis"))
        .hasMessageContaining("unknown feature family 'emojis'");
  }
}
