// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import java.io.IOException;
import java.nio.file.Path;
import org.factdesk.textmodel.LinearModelScorer;
import org.factdesk.textmodel.LinearTextModel;

/**
 * Check-worthiness from a trained {@link LinearTextModel} (hashed n-grams and cues, logistic).
 * How the bundled model was trained, on what, and how well it does: {@code docs/models.md}.
 */
public final class TrainedCheckworthinessScorer extends LinearModelScorer implements CheckworthinessScorer {
  static final String DEFAULT_MODEL = "/org/factdesk/models/checkworthiness.model.gz";

  public TrainedCheckworthinessScorer(LinearTextModel model) {
    super(model);
  }

  /** The bundled model, read from the classpath once per JVM and shared (it is immutable). */
  public static TrainedCheckworthinessScorer loadDefault() {
    return DefaultModel.SCORER;
  }

  /** A model file written by {@code factdesk train checkworthy}. */
  public static TrainedCheckworthinessScorer load(Path file) throws IOException {
    return new TrainedCheckworthinessScorer(LinearTextModel.read(file));
  }

  /** Holder idiom: the JVM loads the model on first use, once, and publishes it safely. */
  private static final class DefaultModel {
    static final TrainedCheckworthinessScorer SCORER = new TrainedCheckworthinessScorer(LinearTextModel.readResource(DEFAULT_MODEL));
  }
}
