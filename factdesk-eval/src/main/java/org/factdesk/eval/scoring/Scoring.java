// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.factdesk.eval.dataset.LabelledSentence;

/** Runs a scorer over labelled sentences. */
public final class Scoring {
  private Scoring() {}

  public static List<ScoredSentence> score(List<LabelledSentence> sentences, ToDoubleFunction<String> scorer) {
    List<ScoredSentence> scored = new ArrayList<>(sentences.size());
    for (LabelledSentence sentence : sentences) {
      scored.add(new ScoredSentence(sentence, scorer.applyAsDouble(sentence.text())));
    }
    return scored;
  }
}
