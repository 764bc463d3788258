// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.textmodel.FeatureSpec;
import org.junit.jupiter.api.Test;

class TextModelTrainerTest {
  private static final String[] SUBJECTS = {"The council", "Our state", "The company", "Exports", "The army"};

  /** Positives carry a figure; negatives are opinions and greetings. */
  private static List<LabelledSentence> toyData(int n, long seed) {
    Random random = new Random(seed);
    List<LabelledSentence> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
      boolean positive = random.nextBoolean();
      String text = positive
          ? subject + " spent " + (random.nextInt(900) + 10) + " million dollars in " + (1990 + random.nextInt(30)) + "."
          : subject + " is, I think, " + (random.nextBoolean() ? "wonderful" : "a good thing") + " and thank you.";
      data.add(new LabelledSentence("toy" + i, text, positive));
    }
    return data;
  }

  private static TextModelTrainer trainer() {
    return new TextModelTrainer(FeatureSpec.parse("bits=14 words=1-2 chars=3-4 cues"),
        new TrainingOptions(1e-5, 5, 0.2, 1.0, 99, false, 1), Progress.SILENT);
  }

  @Test
  void learnsASeparableTaskAndChoosesItsThresholdOnDev() {
    TrainedTextModel trained = trainer().train("toy", "toy", toyData(400, 1), toyData(100, 2));
    assertThat(trained.onDev()).isPresent();
    assertThat(trained.onDev().get().f1()).isGreaterThan(0.95);
    assertThat(trained.model().description()).startsWith("toy: logistic regression").contains("chosen for best F1 on 100 dev sentences");
  }

  @Test
  void theSameDataOptionsAndSeedGiveTheSameModelBytes() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    trainer().train("toy", "toy", toyData(300, 1), toyData(50, 2)).model().write(first);
    trainer().train("toy", "toy", toyData(300, 1), toyData(50, 2)).model().write(second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
  }

  @Test
  void averagingTheWeightsOfSeveralSeedsStillGivesOneWorkingModel() {
    TrainedTextModel averaged = new TextModelTrainer(FeatureSpec.parse("bits=14 words=1-2 cues"),
        new TrainingOptions(1e-5, 3, 0.2, 1.0, 5, false, 3), Progress.SILENT).train("toy", "toy", toyData(300, 1), toyData(100, 2));
    assertThat(averaged.onDev().get().f1()).isGreaterThan(0.95);
    assertThat(averaged.model().description()).contains("weights averaged over 3 seeds");
  }

  @Test
  void withoutDevTheThresholdIsOneHalf() {
    assertThat(trainer().train("toy", "toy", toyData(200, 1), List.of()).model().threshold()).isEqualTo(0.5);
  }
}
