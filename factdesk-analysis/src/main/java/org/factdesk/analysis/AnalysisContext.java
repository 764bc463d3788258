// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a run knows besides the article: the date to check against, if any ({@code --date}, or
 * the article's own metadata).
 */
public record AnalysisContext(Optional<LocalDate> asOf) {
  public static AnalysisContext undated() {
    return new AnalysisContext(Optional.empty());
  }
}
