// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearTextModelTest {
  private static LinearTextModel randomModel() {
    FeatureSpec spec = FeatureSpec.parse("bits=12 words=1-2 cues");
    float[] weights = new float[spec.buckets()];
    Random random = new Random(7);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) random.nextGaussian();
    }
    return new LinearTextModel(spec, weights, -0.25, 0.42, "test", "test model");
  }

  @Test
  void aWrittenModelReadsBackWithTheSameScoresThresholdAndDescription() throws IOException {
    LinearTextModel model = randomModel();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    LinearTextModel read = LinearTextModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.score("Taxes rose by 12 percent last year.")).isEqualTo(model.score("Taxes rose by 12 percent last year."));
    assertThat(read.threshold()).isEqualTo(0.42);
    assertThat(read.name()).isEqualTo("test");
    assertThat(read.description()).isEqualTo("test model");
    assertThat(read.spec()).isEqualTo(model.spec());
  }

  @Test
  void scoresStayBetweenZeroAndOne() {
    LinearTextModel model = randomModel();
    for (String s : new String[] {"", "a", "Many experts say it may be the best in the world."}) {
      assertThat(model.score(s)).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aFileThatIsNotAModelIsRejectedInOneLine() {
    assertThatThrownBy(() -> LinearTextModel.read(new ByteArrayInputStream("hello, world".getBytes())))
        .isInstanceOf(UnreadableModelException.class)
        .hasMessageStartingWith("not a factdesk linear text model");
  }

  @Test
  void aTruncatedModelIsRejected() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    randomModel().write(bytes);
    byte[] half = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThatThrownBy(() -> LinearTextModel.read(new ByteArrayInputStream(half)))
        .isInstanceOf(UnreadableModelException.class);
  }
}
