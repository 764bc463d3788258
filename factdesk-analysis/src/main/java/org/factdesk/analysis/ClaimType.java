// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

/**
 * What kind of check-worthy claim a sentence makes, which says what evidence a checker looks for:
 * a figure and its source (statistic), a recording or transcript (quote), a record of what
 * happened (event), who held which office (role), evidence of cause (causal), what was forecast
 * and by whom (prediction), the text of a law, rule or decision (policy). The rules that assign
 * them: {@code org.factdesk.claims.ClaimTypes}.
 */
public enum ClaimType {
  STATISTIC, EVENT, QUOTE, CAUSAL, PREDICTION, ROLE, POLICY, OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
