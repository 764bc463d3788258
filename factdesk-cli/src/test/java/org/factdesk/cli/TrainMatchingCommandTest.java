// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.archive.equivalence.EquivalenceTraining;
import org.factdesk.eval.matching.LabelledPair;
import org.factdesk.eval.matching.MatchingEvaluation;
import org.junit.jupiter.api.Test;

class TrainMatchingCommandTest {
  private static final int D = EquivalenceTraining.featureNames().size();

  private static double[] features(double similarity) {
    double[] x = new double[D];
    x[0] = similarity;
    return x;
  }

  /**
   * A news pair that contradicts everything else (same claim at low similarity, weighted heavily)
   * pulls the model towards itself when it is fitted on; scored out of fold it is judged by what
   * the other pairs teach, so it scores lower: the threshold is then set on honest scores.
   */
  @Test
  void outOfFoldScoresComeFromModelsThatDidNotSeeThePair() {
    List<EquivalenceTraining.Pair> pairs = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean same = i % 2 == 0;
      pairs.add(new EquivalenceTraining.Pair("t" + i, null, same, 1));
      x.add(features(same ? 0.9 : 0.1));
    }
    int tweets = pairs.size();
    List<MatchingEvaluation.Resolved> news = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean odd = i == 0;
      boolean same = odd || i % 2 == 0;
      pairs.add(new EquivalenceTraining.Pair("n" + i, null, same, odd ? 40 : 1));
      x.add(features(odd ? 0.1 : same ? 0.9 : 0.1));
      news.add(new MatchingEvaluation.Resolved(new LabelledPair("story-" + i, 0, 1, "c", same ? LabelledPair.Label.SAME
          : LabelledPair.Label.UNRELATED, LabelledPair.Split.TRAIN, "h", i + 1), "n" + i, null));
    }
    double[][] all = x.toArray(double[][]::new);
    double inSample = EquivalenceTraining.score(new EquivalenceTraining(4000, 1e-3).fit(all, pairs, 0.5, "all"), all[tweets]);
    double[] oof = TrainMatchingCommand.outOfFold(all, pairs, tweets, news, 5);
    assertThat(oof[0]).isLessThan(inSample - 0.1);
    assertThat(oof[2]).isGreaterThan(oof[1]);
  }
}
