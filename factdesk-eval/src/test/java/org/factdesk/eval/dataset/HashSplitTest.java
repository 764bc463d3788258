// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashSplitTest {
  private static List<LabelledSentence> sentences(int n) {
    List<LabelledSentence> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(new LabelledSentence("s" + i, "Sentence number " + i + " says something.", i % 3 == 0));
    }
    return all;
  }

  @Test
  void trainAndDevPartitionTheDataWithAboutOneFifthInDev() {
    List<LabelledSentence> all = sentences(5000);
    List<LabelledSentence> dev = HashSplit.DEV.apply(all);
    List<LabelledSentence> train = HashSplit.TRAIN.apply(all);
    assertThat(dev.size() + train.size()).isEqualTo(all.size());
    assertThat(dev).doesNotContainAnyElementsOf(train);
    assertThat(dev.size()).isBetween(900, 1100);
    assertThat(HashSplit.ALL.apply(all)).isEqualTo(all);
  }

  @Test
  void aSentenceFallsOnTheSameSideWhateverItsCaseSpacingOrTokenisation() {
    assertThat(HashSplit.isDev("It is (widely) believed.")).isEqualTo(HashSplit.isDev("it is -LRB- widely -RRB- believed ."));
  }
}
