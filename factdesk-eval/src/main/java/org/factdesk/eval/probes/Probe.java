// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.probes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One probe: a short text, the date to check it at (empty: undated), the error findings it must
 * raise (none for a clean probe), the quotes it must never see confirmed, and the public sources
 * of its facts.
 */
public record Probe(String id, Optional<LocalDate> date, String text, List<Expected> expected,
    List<String> notHeld, List<String> sources, int line) {
  public Probe {
    date = date == null ? Optional.empty() : date;
    expected = List.copyOf(expected);
    notHeld = List.copyOf(notHeld);
    sources = List.copyOf(sources);
  }

  /** An error finding the probe must raise: its code and words its quote contains. */
  public record Expected(String code, String quote) {}

  public boolean isClean() {
    return expected.isEmpty();
  }
}
