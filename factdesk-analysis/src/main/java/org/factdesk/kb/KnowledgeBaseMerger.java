package org.factdesk.kb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Combines knowledge-base layers into one, in order: a later layer wins a conflict, except that
 * a term's known end is never replaced by "unknown". Persons and offices merge by id (aliases
 * and titles are unioned), terms by (person, office, start within {@value #SAME_START_DAYS}
 * days), events by id (aliases and cues unioned). A person without a Wikidata id who holds the
 * same office from the same start as a Wikidata-identified person of the same surname becomes
 * that person: this is how executive.yaml's presidents without QIDs meet Wikidata's.
 * Output is sorted so that rebuilds diff cleanly.
 */
public final class KnowledgeBaseMerger {
  /** Sources disagree by a day or two on inaugurations and swearing-ins. */
  static final int SAME_START_DAYS = 3;
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private KnowledgeBaseMerger() {}

  public static KnowledgeBaseData merge(List<KnowledgeBaseData> layers) {
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Office> offices = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    Map<String, Event> events = new LinkedHashMap<>();
    for (KnowledgeBaseData layer : layers) {
      layer.persons().forEach(p -> persons.merge(p.id(), p, KnowledgeBaseMerger::mergePerson));
      layer.offices().forEach(o -> offices.merge(o.id(), o, KnowledgeBaseMerger::mergeOffice));
      terms.addAll(layer.terms());
      layer.events().forEach(e -> events.merge(e.id(), e, KnowledgeBaseMerger::mergeEvent));
    }
    Map<String, String> sameAs = reconcile(persons, terms);
    for (Map.Entry<String, String> e : sameAs.entrySet()) {
      Person gone = persons.remove(e.getKey());
      persons.merge(e.getValue(), gone, (kept, other) -> mergePerson(other, kept));
    }
    List<Term> remapped = terms.stream()
        .map(t -> sameAs.containsKey(t.personId())
            ? new Term(sameAs.get(t.personId()), t.officeId(), t.start(), t.end(), t.source(),
                t.startPrecision(), t.endPrecision()) : t)
        .toList();
    List<Event> evs = events.values().stream()
        .map(ev -> ev.participants().stream().anyMatch(sameAs::containsKey)
            ? new Event(ev.id(), ev.name(), ev.aliases(), ev.cues(), ev.when(), ev.kind(),
                ev.participants().stream().map(p -> sameAs.getOrDefault(p, p)).distinct().toList(),
                ev.officeId(), ev.source())
            : ev)
        .sorted(Comparator.comparing((Event ev) -> ev.when().first()).thenComparing(Event::id))
        .toList();
    return new KnowledgeBaseData(
        persons.values().stream().sorted(Comparator.comparing(Person::id)).toList(),
        offices.values().stream().sorted(Comparator.comparing(Office::id)).toList(),
        dedupeTerms(remapped), evs);
  }

  /** Terms in layer order; for each (person, office) a term starting close to a kept one merges into it. */
  static List<Term> dedupeTerms(List<Term> inLayerOrder) {
    Map<String, List<Term>> byHolding = new LinkedHashMap<>();
    for (Term t : inLayerOrder) {
      List<Term> kept = byHolding.computeIfAbsent(t.personId() + "\u0000" + t.officeId(), k -> new ArrayList<>());
      int same = -1;
      for (int i = 0; i < kept.size(); i++) {
        if (Math.abs(ChronoUnit.DAYS.between(kept.get(i).start(), t.start())) <= SAME_START_DAYS) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        kept.add(t);
      } else if (t.end().isPresent() || kept.get(same).end().isEmpty()) {
        // A later source wins, but "end unknown" never overrides a known end.
        kept.set(same, t);
      }
    }
    return byHolding.values().stream().flatMap(List::stream)
        .sorted(Comparator.comparing(Term::personId).thenComparing(Term::officeId)
            .thenComparing(Term::start).thenComparing(t -> t.end().map(LocalDate::toString).orElse("")))
        .toList();
  }

  private static Map<String, String> reconcile(Map<String, Person> persons, List<Term> terms) {
    Map<String, List<Term>> byOffice = new HashMap<>();
    for (Term t : terms) {
      if (QID.matcher(t.personId()).matches()) {
        byOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, String> sameAs = new LinkedHashMap<>();
    for (Term t : terms) {
      Person p = persons.get(t.personId());
      if (p == null || QID.matcher(p.id()).matches() || sameAs.containsKey(p.id())) {
        continue;
      }
      for (Term other : byOffice.getOrDefault(t.officeId(), List.of())) {
        Person q = persons.get(other.personId());
        if (q != null && Math.abs(ChronoUnit.DAYS.between(other.start(), t.start())) <= SAME_START_DAYS
            && surname(q.name()).equals(surname(p.name()))) {
          sameAs.put(p.id(), q.id());
          break;
        }
      }
    }
    return sameAs;
  }

  private static String surname(String name) {
    String[] parts = name.replaceAll(",? (Jr\\.|Sr\\.|II|III|IV)$", "").trim().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  private static Person mergePerson(Person old, Person newer) {
    Set<String> aliases = new LinkedHashSet<>(old.aliases());
    aliases.addAll(newer.aliases());
    if (!old.name().equals(newer.name()) && old.name().contains(" ")) {
      aliases.add(old.name());
    }
    aliases.remove(newer.name());
    return new Person(newer.id(), newer.name(), List.copyOf(aliases),
        newer.wikidata().isPresent() ? newer.wikidata() : old.wikidata());
  }

  private static Office mergeOffice(Office old, Office newer) {
    Set<String> titles = new LinkedHashSet<>(newer.titles());
    titles.addAll(old.titles());
    boolean newerNamed = !newer.name().isBlank() && !newer.name().equals(newer.id());
    return new Office(newer.id(), newerNamed ? newer.name() : old.name(),
        newer.jurisdiction().isBlank() ? old.jurisdiction() : newer.jurisdiction(), List.copyOf(titles));
  }

  private static Event mergeEvent(Event old, Event newer) {
    Set<String> aliases = new LinkedHashSet<>(old.aliases());
    aliases.addAll(newer.aliases());
    Set<List<String>> cues = new LinkedHashSet<>(old.cues());
    cues.addAll(newer.cues());
    Set<String> participants = new LinkedHashSet<>(old.participants());
    participants.addAll(newer.participants());
    Optional<String> office = newer.officeId().isPresent() ? newer.officeId() : old.officeId();
    return new Event(newer.id(), newer.name(), List.copyOf(aliases), List.copyOf(cues), newer.when(),
        newer.kind(), List.copyOf(participants), office, newer.source());
  }
}
