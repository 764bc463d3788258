// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

/**
 * How the desk matches claims against prior fact-checks: {@code SAME_CLAIM} (the archive's
 * same-claim model over hybrid retrieval), {@code KEYWORD} (keyword search only, candidates not
 * judged, because the embedding model is not installed or was switched off) or {@code OFF} (no
 * archive); {@code note} says why in words.
 */
public record PriorChecksStatus(Mode mode, String note) {
  public enum Mode {
    SAME_CLAIM, KEYWORD, OFF;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
