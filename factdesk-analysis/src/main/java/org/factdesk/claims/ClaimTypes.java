// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import org.factdesk.analysis.ClaimType;

/**
 * What kind of claim a sentence makes, by rule, in order: the first that applies wins, because
 * it names the evidence a checker needs first. A figure (statistic) before the quote that carries
 * it; a quote before what it says; the future (prediction) before a cause; a cause before a law or
 * decision (policy); a change of office (role) before a plain past event; anything else is other.
 * Only real future markers make a prediction: "will", "plans to", "expects to", reported "would";
 * not "may" (the month), "could" or a past "predicted".
 */
final class ClaimTypes {
  private ClaimTypes() {}

  /**
   * @param knownRole the sentence names a person with a title the knowledge base knows
   * @param knownEvent the sentence mentions an event the knowledge base knows
   */
  static ClaimType of(SentenceFeatures f, boolean knownRole, boolean knownEvent) {
    if (f.quantity()) {
      return ClaimType.STATISTIC;
    }
    if (f.quoted()) {
      return ClaimType.QUOTE;
    }
    if (f.future()) {
      return ClaimType.PREDICTION;
    }
    if (f.causal()) {
      return ClaimType.CAUSAL;
    }
    if (f.policy()) {
      return ClaimType.POLICY;
    }
    if (f.roleChange() || (knownRole && !f.pastVerb())) {
      return ClaimType.ROLE;
    }
    if (knownEvent || f.pastVerb() || f.time() || knownRole) {
      return ClaimType.EVENT;
    }
    return ClaimType.OTHER;
  }
}
