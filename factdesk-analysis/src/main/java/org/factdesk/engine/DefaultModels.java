// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import java.util.Optional;
import org.factdesk.attribution.HedgeScorer;
import org.factdesk.attribution.TrainedHedgeScorer;
import org.factdesk.claims.CheckworthinessScorer;
import org.factdesk.claims.TrainedCheckworthinessScorer;

/**
 * The trained models the engine loads by default: the linear models bundled under
 * {@code org/factdesk/models/} (how they were trained and how well they do: docs/models.md).
 */
final class DefaultModels {
  private DefaultModels() {}

  static Optional<CheckworthinessScorer> checkworthiness() {
    return Optional.of(TrainedCheckworthinessScorer.loadDefault());
  }

  static Optional<HedgeScorer> hedges() {
    return Optional.of(TrainedHedgeScorer.loadDefault());
  }
}
