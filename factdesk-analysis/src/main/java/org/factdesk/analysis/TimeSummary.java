// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The report's answer to "when was this written?": the date checked against and where it came
 * from, or the window inferred from the text, or the conflict.
 */
public record TimeSummary(Optional<LocalDate> asOf, AsOfSource source, Optional<String> window,
    Optional<String> explanation) {
  /** Where the as-of date came from. */
  public enum AsOfSource { GIVEN, METADATA, INFERRED, CONFLICT, NONE }

  public static TimeSummary none() {
    return new TimeSummary(Optional.empty(), AsOfSource.NONE, Optional.empty(), Optional.empty());
  }
}
