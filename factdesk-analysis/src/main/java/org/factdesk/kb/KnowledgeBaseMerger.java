// SPDX-License-Identifier: GPL-3.0-or-later
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
 * Combines knowledge-base layers into one, weakest source first. Persons and offices merge by
 * id (aliases and titles are unioned), terms as {@link #dedupeTerms} says (precision first, then
 * the later layer; every source kept, disagreements recorded), events by id (aliases and cues
 * unioned). A person without a Wikidata id who holds the same office in the same term as a
 * person of the same surname with a better id (a QID, else a reviewed "wikipedia:" id) becomes
 * that person: this is how executive.yaml's presidents, the IfG's ministers and the Bioguide's
 * members meet Wikidata's.
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
    List<Integer> termLayers = new ArrayList<>();
    Map<String, Event> events = new LinkedHashMap<>();
    for (KnowledgeBaseData layer : layers) {
      layer.persons().forEach(p -> persons.merge(p.id(), p, KnowledgeBaseMerger::mergePerson));
      layer.offices().forEach(o -> offices.merge(o.id(), o, KnowledgeBaseMerger::mergeOffice));
      terms.addAll(layer.terms());
      int layerIndex = termLayers.isEmpty() ? 0 : termLayers.get(termLayers.size() - 1) + 1;
      layer.terms().forEach(t -> termLayers.add(layerIndex));
      layer.events().forEach(e -> events.merge(e.id(), e, KnowledgeBaseMerger::mergeEvent));
    }
    Map<String, String> sameAs = reconcile(persons, terms);
    for (Map.Entry<String, String> e : sameAs.entrySet()) {
      Person gone = persons.remove(e.getKey());
      persons.merge(e.getValue(), gone, (kept, other) -> mergePerson(other, kept));
    }
    List<Term> remapped = terms.stream()
        .map(t -> sameAs.containsKey(t.personId())
            ? t.withPerson(sameAs.get(t.personId())) : t)
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
        dedupeTerms(remapped, termLayers), evs);
  }

  /**
   * {@code top} merged onto {@code base} as {@link #merge} would merge the two layers, touching
   * only what {@code top} names: persons, offices and events by id, and the terms of the
   * holdings (person and office) it lists. Cheap for a small {@code top} over a large base, so
   * a newsroom's own facts can be laid on the bundled knowledge base whenever they change. Unlike
   * {@link #merge}, persons are not reconciled by surname: {@code top} names persons by their id.
   */
  public static KnowledgeBaseData overlay(KnowledgeBaseData base, KnowledgeBaseData top) {
    Map<String, Person> persons = new LinkedHashMap<>();
    base.persons().forEach(p -> persons.put(p.id(), p));
    top.persons().forEach(p -> persons.merge(p.id(), p, KnowledgeBaseMerger::mergePerson));
    Map<String, Office> offices = new LinkedHashMap<>();
    base.offices().forEach(o -> offices.put(o.id(), o));
    top.offices().forEach(o -> offices.merge(o.id(), o, KnowledgeBaseMerger::mergeOffice));
    Map<String, Event> events = new LinkedHashMap<>();
    base.events().forEach(e -> events.put(e.id(), e));
    top.events().forEach(e -> events.merge(e.id(), e, KnowledgeBaseMerger::mergeEvent));
    Set<String> holdings = new java.util.HashSet<>();
    top.terms().forEach(t -> holdings.add(t.personId() + "\u0000" + t.officeId()));
    List<Term> kept = new ArrayList<>();
    List<Term> touched = new ArrayList<>();
    List<Integer> layers = new ArrayList<>();
    for (Term t : base.terms()) {
      if (holdings.contains(t.personId() + "\u0000" + t.officeId())) {
        touched.add(t);
        layers.add(0);
      } else {
        kept.add(t);
      }
    }
    for (Term t : top.terms()) {
      touched.add(t);
      layers.add(1);
    }
    kept.addAll(dedupeTerms(touched, layers));
    List<Event> evs = events.values().stream()
        .sorted(Comparator.comparing((Event ev) -> ev.when().first()).thenComparing(Event::id)).toList();
    return new KnowledgeBaseData(List.copyOf(persons.values()), List.copyOf(offices.values()), kept, evs);
  }

  /**
   * Terms in layer order (weakest source first). Within one layer, terms of the same holding that
   * touch or overlap are one term (a Japanese cabinet reshuffle does not interrupt a premiership).
   * Across layers, terms of the same holding whose starts lie within {@value #SAME_START_DAYS}
   * days of each other or that overlap are the same term, listed by several sources: see
   * {@link #combine}.
   */
  static List<Term> dedupeTerms(List<Term> inLayerOrder) {
    return dedupeTerms(inLayerOrder, inLayerOrder.stream().map(t -> 0).toList());
  }

  static List<Term> dedupeTerms(List<Term> terms, List<Integer> layers) {
    Map<String, List<Claim>> byHolding = new LinkedHashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      byHolding.computeIfAbsent(t.personId() + "\u0000" + t.officeId(), k -> new ArrayList<>())
          .add(new Claim(t, layers.get(i)));
    }
    List<Term> out = new ArrayList<>();
    for (List<Claim> holding : byHolding.values()) {
      List<Claim> coalesced = coalesceWithinLayers(holding);
      List<List<Claim>> clusters = new ArrayList<>();
      for (Claim c : coalesced) {
        List<Claim> home = null;
        for (List<Claim> cluster : clusters) {
          if (cluster.stream().anyMatch(k -> sameTerm(k.term(), c.term()))) {
            home = cluster;
            break;
          }
        }
        if (home == null) {
          clusters.add(home = new ArrayList<>());
        }
        home.add(c);
      }
      clusters.forEach(cl -> out.add(combine(cl)));
    }
    return out.stream()
        .sorted(Comparator.comparing(Term::personId).thenComparing(Term::officeId)
            .thenComparing(Term::start).thenComparing(t -> t.end().map(LocalDate::toString).orElse("")))
        .toList();
  }

  /** One source's term with its layer: a later layer is a better source. */
  private record Claim(Term term, int layer) {}

  private static List<Claim> coalesceWithinLayers(List<Claim> holding) {
    Map<Integer, List<Claim>> byLayer = new java.util.TreeMap<>();
    holding.forEach(c -> byLayer.computeIfAbsent(c.layer(), k -> new ArrayList<>()).add(c));
    List<Claim> out = new ArrayList<>();
    for (List<Claim> layer : byLayer.values()) {
      layer.sort(Comparator.comparing((Claim c) -> c.term().start()));
      Claim current = null;
      for (Claim c : layer) {
        if (current != null && touches(current.term(), c.term())) {
          current = new Claim(joined(current.term(), c.term()), current.layer());
        } else {
          if (current != null) {
            out.add(current);
          }
          current = c;
        }
      }
      if (current != null) {
        out.add(current);
      }
    }
    return out;
  }

  /**
   * {@code b} starts no later than {@value #JOIN_GAP_DAYS} days after {@code a} ends: a new
   * Congress convenes days after the last one ends, a new cabinet is appointed weeks after an
   * election, and neither interrupts the holding for a check.
   */
  private static boolean touches(Term a, Term b) {
    return a.end().isEmpty() || !b.start().isAfter(a.end().get().plusDays(JOIN_GAP_DAYS));
  }

  static final int JOIN_GAP_DAYS = 45;

  private static Term joined(Term a, Term b) {
    boolean bLater = a.end().isPresent() && (b.end().isEmpty() || b.end().get().isAfter(a.end().get()));
    Term last = bLater ? b : a;
    List<FactSource> also = new ArrayList<>(a.alsoIn());
    b.sources().stream().filter(s -> !s.equals(a.source()) && !also.contains(s)).forEach(also::add);
    Set<String> notes = new LinkedHashSet<>(a.disagreements());
    notes.addAll(b.disagreements());
    return new Term(a.personId(), a.officeId(), a.start(), last.end(), a.source(), a.startPrecision(),
        last.endPrecision(), also, List.copyOf(notes));
  }

  static boolean sameTerm(Term a, Term b) {
    DateRange sa = a.startRange();
    DateRange sb = b.startRange();
    long apart = sa.last().isBefore(sb.first()) ? ChronoUnit.DAYS.between(sa.last(), sb.first())
        : sb.last().isBefore(sa.first()) ? ChronoUnit.DAYS.between(sb.last(), sa.first()) : 0;
    if (apart <= SAME_START_DAYS) {
      return true;
    }
    LocalDate aEnd = a.endRange().map(DateRange::last).orElse(LocalDate.MAX);
    LocalDate bEnd = b.endRange().map(DateRange::last).orElse(LocalDate.MAX);
    LocalDate overlapStart = sa.first().isAfter(sb.first()) ? sa.first() : sb.first();
    LocalDate overlapEnd = aEnd.isBefore(bEnd) ? aEnd : bEnd;
    return overlapEnd.isAfter(overlapStart.plusDays(SAME_START_DAYS));
  }

  private static final Comparator<DatePrecision> FINER = Comparator.comparingInt(p -> -p.ordinal());

  /**
   * One term from every source's version of it. Precedence: the most precise start, then the
   * better source (later layer); the same for the end, where any known end beats "no end on
   * record". The term's {@code source} is the one that vouches for how it stands: the source of
   * its end, or for a term still open the source whose data is newest. Every other source is
   * kept in {@code alsoIn}; where a source's dates differ from those kept, a disagreement says so.
   */
  static Term combine(List<Claim> cluster) {
    Comparator<Claim> startOrder = Comparator.comparing((Claim c) -> c.term().startPrecision(), FINER)
        .thenComparingInt(Claim::layer);
    Claim bestStart = cluster.stream().max(startOrder).orElseThrow();
    Comparator<Claim> endOrder = Comparator.comparing((Claim c) -> c.term().endPrecision(), FINER)
        .thenComparingInt(Claim::layer);
    Optional<Claim> bestEnd = cluster.stream().filter(c -> c.term().end().isPresent()).max(endOrder);
    Claim vouching = bestEnd.orElseGet(() -> cluster.stream()
        .max(Comparator.comparing((Claim c) -> c.term().source().asOf().orElse(LocalDate.MIN))
            .thenComparingInt(Claim::layer)).orElseThrow());
    Term s = bestStart.term();
    LocalDate start = s.start();
    Optional<LocalDate> end = bestEnd.map(c -> c.term().end().get());
    DatePrecision endPrecision = bestEnd.map(c -> c.term().endPrecision()).orElse(DatePrecision.DAY);
    if (end.isPresent() && end.get().isBefore(start)) {
      // A start and an end from different sources that cross: keep the end's own source's start.
      start = bestEnd.get().term().start();
      s = bestEnd.get().term();
    }
    FactSource primary = vouching.term().source();
    List<FactSource> also = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (Claim c : cluster) {
      for (FactSource f : c.term().sources()) {
        if (!f.equals(primary) && !also.contains(f)) {
          also.add(f);
        }
      }
      notes.addAll(c.term().disagreements());
    }
    DateRange keptStart = s.startPrecision().rangeOf(start);
    Optional<DateRange> keptEnd = end.map(endPrecision::rangeOf);
    for (Claim c : cluster) {
      Term t = c.term();
      String name = t.source().name();
      if (!overlapsRange(t.startRange(), keptStart)) {
        notes.add("start " + t.startRange().describe() + " in " + name);
      }
      if (keptEnd.isPresent() && t.endRange().isPresent() && !overlapsRange(t.endRange().get(), keptEnd.get())) {
        notes.add("end " + t.endRange().get().describe() + " in " + name);
      }
      if (keptEnd.isPresent() && t.end().isEmpty() && t.source().asOf().map(a -> a.isAfter(keptEnd.get().last()
          .plusDays(SAME_START_DAYS))).orElse(false)) {
        notes.add("still in office as of " + t.source().asOf().get() + " in " + name);
      }
    }
    return new Term(s.personId(), s.officeId(), start, end, primary, s.startPrecision(), endPrecision, also,
        List.copyOf(notes));
  }

  private static boolean overlapsRange(DateRange a, DateRange b) {
    return !a.last().isBefore(b.first().minusDays(SAME_START_DAYS)) && !b.last().isBefore(a.first().minusDays(SAME_START_DAYS));
  }

  private static Map<String, String> reconcile(Map<String, Person> persons, List<Term> terms) {
    // Every surname a person goes by: the IfG names peers by title ("Lord Cameron of Chipping
    // Norton") and keeps "David Cameron" as an alias.
    Map<String, Set<String>> surnames = new HashMap<>();
    java.util.function.Function<String, Set<String>> surnamesOf = id -> surnames.computeIfAbsent(id, k -> {
      Set<String> out = new LinkedHashSet<>();
      Person p = persons.get(k);
      if (p != null) {
        out.add(surname(p.name()));
        p.aliases().forEach(a -> out.add(surname(a)));
      }
      return out;
    });
    Map<String, List<Term>> byOfficeAndSurname = new HashMap<>();
    for (Term t : terms) {
      if (idRank(t.personId()) < 2) {
        for (String s : surnamesOf.apply(t.personId())) {
          byOfficeAndSurname.computeIfAbsent(t.officeId() + "|" + s, k -> new ArrayList<>()).add(t);
        }
      }
    }
    Map<String, String> sameAs = new LinkedHashMap<>();
    for (Term t : terms) {
      Person p = persons.get(t.personId());
      if (p == null || QID.matcher(p.id()).matches() || sameAs.containsKey(p.id())) {
        continue;
      }
      search:
      for (String s : surnamesOf.apply(p.id())) {
        for (Term other : byOfficeAndSurname.getOrDefault(t.officeId() + "|" + s, List.of())) {
          if (persons.containsKey(other.personId()) && idRank(other.personId()) < idRank(p.id())
              && !sameAs.containsKey(other.personId()) && startsClose(other, t)
              && sameInitialAndSurname(p, persons.get(other.personId()))) {
            sameAs.put(p.id(), other.personId());
            break search;
          }
        }
      }
    }
    return sameAs;
  }

  /** Starts within a few days (anywhere in a year-precision start's year). */
  private static boolean startsClose(Term a, Term b) {
    DateRange sa = a.startRange();
    DateRange sb = b.startRange();
    long apart = sa.last().isBefore(sb.first()) ? ChronoUnit.DAYS.between(sa.last(), sb.first())
        : sb.last().isBefore(sa.first()) ? ChronoUnit.DAYS.between(sb.last(), sa.first()) : 0;
    return apart <= SAME_START_DAYS;
  }

  /**
   * Some name form of each shares the surname and the first initial: two representatives called
   * Markey who took their seats on the same day are still two people unless their names agree.
   */
  private static boolean sameInitialAndSurname(Person a, Person b) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(initialAndSurname(a.name()));
    a.aliases().forEach(n -> forms.add(initialAndSurname(n)));
    if (forms.contains(initialAndSurname(b.name()))) {
      return true;
    }
    return b.aliases().stream().map(KnowledgeBaseMerger::initialAndSurname).anyMatch(forms::contains);
  }

  private static String initialAndSurname(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
    return (plain.isEmpty() ? "" : Character.toLowerCase(plain.charAt(0))) + " " + surname(name);
  }

  /** Which id a person keeps when two records are one: a Wikidata QID, then a reviewed Wikipedia title, then any other. */
  private static int idRank(String id) {
    return QID.matcher(id).matches() ? 0 : id.startsWith("wikipedia:") ? 1 : 2;
  }

  /** The last word of a name, without accents or suffixes: "Kohl" for "Helmut Kohl", "Schroder" for "Schröder". */
  public static String surname(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String[] parts = plain.replaceAll("\\s*\\(.*\\)$", "").replaceAll(",? (Jr\\.?|Sr\\.?|II|III|IV)$", "").trim()
        .split("\\s+");
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
