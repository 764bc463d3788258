package org.factdesk.engine;

import java.util.Optional;
import org.factdesk.attribution.HedgeScorer;
import org.factdesk.claims.CheckworthinessScorer;

/** The trained models the engine loads by default, when the build ships them. */
final class DefaultModels {
  private DefaultModels() {}

  static Optional<CheckworthinessScorer> checkworthiness() {
    return Optional.empty();
  }

  static Optional<HedgeScorer> hedges() {
    return Optional.empty();
  }
}
