// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.util.List;

/** The knowledge base as plain data: what importers produce and what the bundled file holds. */
public record KnowledgeBaseData(List<Person> persons, List<Office> offices, List<Term> terms,
    List<Event> events) {
  public KnowledgeBaseData {
    persons = List.copyOf(persons);
    offices = List.copyOf(offices);
    terms = List.copyOf(terms);
    events = List.copyOf(events);
  }

  public static KnowledgeBaseData empty() {
    return new KnowledgeBaseData(List.of(), List.of(), List.of(), List.of());
  }
}
