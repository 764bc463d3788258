// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.util.List;
import java.util.Optional;

/**
 * A dated event. {@code aliases} are phrases that name it on their own ("annexation of
 * Crimea", "Russo-Georgian War"). {@code cues} let an article name it indirectly: the event is
 * mentioned when, within one sentence, a phrase from every group appears (e.g.
 * [["Riyadh"], ["Russia", "Russian"], ["talks", "delegations"]]). {@code participants} are
 * person ids. {@code kind} is "election", "war", "summit", "treaty", "policy", "other"...;
 * elections carry the office they fill in {@code officeId}.
 */
public record Event(String id, String name, List<String> aliases, List<List<String>> cues,
    DateRange when, String kind, List<String> participants, Optional<String> officeId,
    FactSource source) {
  public Event {
    aliases = List.copyOf(aliases);
    cues = cues.stream().map(List::copyOf).toList();
    participants = List.copyOf(participants);
    officeId = officeId == null ? Optional.empty() : officeId;
  }
}
