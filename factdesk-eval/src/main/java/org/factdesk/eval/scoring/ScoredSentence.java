// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.scoring;

import org.factdesk.eval.dataset.LabelledSentence;

/** A gold-labelled sentence with the score a model gave it. */
public record ScoredSentence(LabelledSentence sentence, double score) {
  public boolean predicted(double threshold) {
    return score >= threshold;
  }

  public boolean missed(double threshold) {
    return predicted(threshold) != sentence.positive();
  }
}
