// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.io.IOException;
import java.nio.file.Path;
import org.factdesk.textmodel.LinearModelScorer;
import org.factdesk.textmodel.LinearTextModel;

/**
 * Hedging and vague authority (CoNLL-2010 "weasel" uncertainty) from a trained
 * {@link LinearTextModel} (hashed n-grams and cues, logistic).
 * How the bundled model was trained, on what, and how well it does: {@code docs/models.md}.
 */
public final class TrainedHedgeScorer extends LinearModelScorer implements HedgeScorer {
  static final String DEFAULT_MODEL = "/org/factdesk/models/hedge.model.gz";

  public TrainedHedgeScorer(LinearTextModel model) {
    super(model);
  }

  /** The bundled model, read from the classpath once per JVM and shared (it is immutable). */
  public static TrainedHedgeScorer loadDefault() {
    return DefaultModel.SCORER;
  }

  /** A model file written by {@code factdesk train weasel}. */
  public static TrainedHedgeScorer load(Path file) throws IOException {
    return new TrainedHedgeScorer(LinearTextModel.read(file));
  }

  /** Holder idiom: the JVM loads the model on first use, once, and publishes it safely. */
  private static final class DefaultModel {
    static final TrainedHedgeScorer SCORER = new TrainedHedgeScorer(LinearTextModel.readResource(DEFAULT_MODEL));
  }
}
