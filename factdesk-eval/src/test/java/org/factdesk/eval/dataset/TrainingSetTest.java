// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetTest {
  @Test
  void heldOutTextsRepeatsAndNegativesOfPositiveOnlySetsAreLeftOut() {
    LabelledSentence dev = new LabelledSentence("dev:1", "Taxes rose 5 percent.", true);
    TrainingSet set = new TrainingSet(List.of(List.of(dev)));
    set.add(List.of(new LabelledSentence("t:1", "taxes ROSE 5 percent", false),
        new LabelledSentence("t:2", "We will win.", false),
        new LabelledSentence("t:3", "We will win!", true)), false);
    set.add(List.of(new LabelledSentence("p:1", "Crime fell by half.", true),
        new LabelledSentence("p:2", "Good evening.", false)), true);
    assertThat(set.sentences()).extracting(LabelledSentence::id).containsExactly("t:2", "p:1");
    assertThat(set.summary()).contains("2 sentences (1 positive)").contains("1 held-out").contains("1 repeats")
        .contains("1 negatives");
  }
}
