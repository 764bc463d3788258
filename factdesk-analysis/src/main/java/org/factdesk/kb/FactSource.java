// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a fact comes from: a dataset (name, reference such as a file at a commit, or a
 * Wikidata QID, or a URL) and the date its data was current. End dates after {@code asOf}
 * are not facts, only schedules.
 */
public record FactSource(String name, String reference, Optional<LocalDate> asOf) {
  public FactSource {
    asOf = asOf == null ? Optional.empty() : asOf;
  }

  /** Words a journalist can follow: "executive.yaml (unitedstates/congress-legislators, as of 2026-06-15)". */
  public String describe() {
    return name + (reference.isBlank() ? "" : " (" + reference + ")")
        + asOf.map(d -> ", data as of " + d).orElse("");
  }
}
