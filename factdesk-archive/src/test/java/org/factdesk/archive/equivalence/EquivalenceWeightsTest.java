// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EquivalenceWeightsTest {
  @Test
  void theBundledModelLoadsAndWritesBackTheSame() {
    EquivalenceWeights bundled = EquivalenceWeights.bundled();
    EquivalenceWeights again = EquivalenceWeights.read(bundled.format(), "copy");
    assertThat(again.weights()).containsExactly(bundled.weights(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(again.threshold()).isEqualTo(bundled.threshold(), org.assertj.core.data.Offset.offset(1e-4));
    assertThat(again.trained()).isEqualTo(bundled.trained());
  }

  @Test
  void anUnknownOrMissingKeyIsRefusedByName() {
    String text = EquivalenceWeights.bundled().format();
    assertThatThrownBy(() -> EquivalenceWeights.read(text + "feature.shoe_size = 1\n", "f"))
        .hasMessageContaining("unknown keys [feature.shoe_size]");
    assertThatThrownBy(() -> EquivalenceWeights.read(text.replaceAll("(?m)^bias.*$", ""), "f"))
        .hasMessageContaining("missing keys [bias]");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    double[] w = new double[PairFeatures.NAMES.size()];
    assertThatThrownBy(() -> new EquivalenceWeights(w, 0, 1.5, "x")).hasMessageContaining("threshold");
  }
}
