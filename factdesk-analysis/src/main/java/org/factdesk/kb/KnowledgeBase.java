// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only, indexed view over {@link KnowledgeBaseData}. Build once per process; share freely. */
public final class KnowledgeBase {
  private final KnowledgeBaseData data;
  private final Map<String, Person> persons = new LinkedHashMap<>();
  private final Map<String, Office> offices = new LinkedHashMap<>();
  private final Map<String, List<Term>> termsByPerson = new HashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  private final Map<String, java.time.LocalDate> coverageStart = new HashMap<>();

  private KnowledgeBase(KnowledgeBaseData data) {
    this.data = data;
    data.persons().forEach(p -> persons.put(p.id(), p));
    data.offices().forEach(o -> offices.put(o.id(), o));
    data.events().forEach(e -> events.put(e.id(), e));
    for (Term t : data.terms()) {
      termsByPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t);
      coverageStart.merge(t.officeId(), t.start(), (a, b) -> a.isBefore(b) ? a : b);
    }
    termsByPerson.values().forEach(l -> l.sort(Comparator.comparing(Term::start)));
    termsByPerson.replaceAll((k, v) -> List.copyOf(v));
  }

  public static KnowledgeBase of(KnowledgeBaseData data) {
    return new KnowledgeBase(data);
  }

  public KnowledgeBaseData data() {
    return data;
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(persons.get(id));
  }

  public Optional<Office> office(String id) {
    return Optional.ofNullable(offices.get(id));
  }

  public Optional<Event> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  public Collection<Person> persons() {
    return persons.values();
  }

  public Collection<Office> offices() {
    return offices.values();
  }

  public Collection<Event> events() {
    return events.values();
  }

  /** All terms of a person, oldest first. */
  public List<Term> terms(String personId) {
    return termsByPerson.getOrDefault(personId, List.of());
  }

  public List<Term> terms(String personId, String officeId) {
    return terms(personId).stream().filter(t -> t.officeId().equals(officeId)).toList();
  }

  /**
   * The earliest term start known for an office, by anyone. Before it the knowledge base does not
   * know who held the office (most sources list recent holders only), so it cannot say who did not.
   */
  public Optional<java.time.LocalDate> coverageStart(String officeId) {
    return Optional.ofNullable(coverageStart.get(officeId));
  }
}
