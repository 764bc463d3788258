// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.newsroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.kb.importers.Additions;

/** Newsroom facts as a reviewed additions file, the format {@code factdesk kb import additions} reads. */
final class Exports {
  /** Ids of persons the newsroom added: the knowledge base had no one of that name. */
  static final String NEW_PERSON = "newsroom:";

  private Exports() {}

  /** The file's review date: the day of the latest change (a fact is as current as its last check). */
  static Additions additions(List<NewsroomFact> facts) {
    LocalDate reviewed = facts.stream().map(NewsroomFact::updatedAt).filter(java.util.Objects::nonNull)
        .max(java.util.Comparator.naturalOrder()).map(t -> LocalDate.ofInstant(t, java.time.ZoneOffset.UTC))
        .orElse(LocalDate.EPOCH);
    return additions(facts, reviewed);
  }

  static Additions additions(List<NewsroomFact> facts, LocalDate reviewed) {
    Map<String, Additions.PersonEntry> persons = new LinkedHashMap<>();
    List<Additions.TermEntry> terms = new ArrayList<>();
    List<Additions.EventEntry> events = new ArrayList<>();
    for (NewsroomFact f : facts) {
      String note = note(f);
      if (f.isTerm()) {
        if (f.personId().startsWith(NEW_PERSON)) {
          persons.putIfAbsent(f.personId(), new Additions.PersonEntry(f.personId(), f.personName(), List.of(),
              f.sourceUrl(), note));
        }
        terms.add(new Additions.TermEntry(f.personId(), f.officeId(), f.start(), f.end(), f.sourceUrl(), note));
      } else {
        events.add(new Additions.EventEntry(f.eventId(), f.eventName(), f.when(), f.eventKind(), f.aliases(),
            List.of(), null, f.sourceUrl(), note));
      }
    }
    return new Additions(reviewed, List.copyOf(persons.values()), terms, events);
  }

  private static String note(NewsroomFact f) {
    String who = f.updatedByName() == null ? "" : " by " + f.updatedByName();
    String when = f.updatedAt() == null ? "" : " on " + f.updatedAt().toString().substring(0, 10);
    return "newsroom fact " + f.id() + who + when + (f.note() == null || f.note().isBlank() ? "" : ": " + f.note());
  }
}
