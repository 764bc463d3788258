package org.factdesk.analysis;

/** What kind of check-worthy claim a sentence makes. */
public enum ClaimType {
  STATISTIC, EVENT, QUOTE, CAUSAL, PREDICTION, ROLE, OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
