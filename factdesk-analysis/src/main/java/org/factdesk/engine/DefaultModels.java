// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import java.util.Optional;
import org.factdesk.claims.CheckworthinessScorer;
import org.factdesk.claims.TrainedCheckworthinessScorer;

/**
 * The trained models the engine loads by default: the linear models bundled under
 * {@code org/factdesk/models/} (how they were trained and how well they do: docs/models.md). The hedge
 * model is not among them: on news its notes were noise, so only {@code factdesk eval weasel} loads it.
 */
final class DefaultModels {
  private DefaultModels() {}

  static Optional<CheckworthinessScorer> checkworthiness() {
    return Optional.of(TrainedCheckworthinessScorer.loadDefault());
  }
}
