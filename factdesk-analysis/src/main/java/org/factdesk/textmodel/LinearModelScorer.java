// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

/**
 * What every scorer backed by a {@link LinearTextModel} does the same way: score a sentence,
 * expose the model's threshold and name. Subclasses only say which task they serve.
 */
public abstract class LinearModelScorer {
  private final LinearTextModel model;

  protected LinearModelScorer(LinearTextModel model) {
    this.model = model;
  }

  public double score(String sentence) {
    return model.score(sentence);
  }

  public double threshold() {
    return model.threshold();
  }

  public String describe() {
    return model.name();
  }

  /** How the model was trained, in full. */
  public String training() {
    return model.description();
  }
}
