// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What an archive holds: records, how many have vectors, the date range, records per publisher. */
public record ArchiveStats(long records, long withVectors, Optional<LocalDate> oldest,
    Optional<LocalDate> newest, Map<String, Long> publishers) {
  public ArchiveStats {
    publishers = Map.copyOf(publishers);
  }
}
