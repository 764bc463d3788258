// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.time.Instant;
import java.util.List;

/**
 * One newsroom fact as stored: a term ({@code kind} "term": person, office, start, end) or an
 * event ({@code kind} "event": id, name, when, kind, aliases), with its source address.
 */
public record NewsroomFact(long id, String kind, String personId, String personName, String officeId,
    String officeName, String start, String end, String eventId, String eventName, String when,
    String eventKind, List<String> aliases, String sourceUrl, String note, String createdByName,
    Instant createdAt, String updatedByName, Instant updatedAt) {
  public NewsroomFact {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public boolean isTerm() {
    return "term".equals(kind);
  }

  /** The fact in words, as the history shows it before and after a change. */
  public String describe() {
    if (isTerm()) {
      return personName + " (" + personId + ") held " + officeName + " (" + officeId + ") from " + start
          + (end == null ? ", no end" : " to " + end);
    }
    return eventName + " (" + eventId + ", " + eventKind + ") on " + when
        + (aliases.isEmpty() ? "" : ", also called " + String.join("; ", aliases));
  }
}
