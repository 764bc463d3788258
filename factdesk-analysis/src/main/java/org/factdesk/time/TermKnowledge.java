// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.kb.DatePrecision;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.Term;
import org.factdesk.time.frame.IntervalSet;
import org.factdesk.time.frame.TimeAssertion.Uncertainty;

/**
 * What the knowledge base knows, and does not, about when a person held an office. A term open
 * at its source's "data as of" date is known only up to that date (unless a successor's term in
 * an office one person holds at a time closes it); a start or end known only to the year or
 * month is an interval of doubt; before the earliest record of an office nobody is known to have
 * held it. Those days are uncertain, never held and never not held.
 */
final class TermKnowledge {
  /** Days a title certainly held and days it may have, for ROLE; and the same for "former". */
  record Known(IntervalSet held, List<Uncertainty> heldUncertain, IntervalSet former,
      List<Uncertainty> formerUncertain) {}

  /** When "-elect" held, and the days it may have. */
  record Window(IntervalSet when, List<Uncertainty> uncertain) {}

  private static final int ELECT_DAYS = 120;
  private static final int DESIGNATE_DOUBT_DAYS = 365;

  private final KnowledgeBase kb;
  private final Map<String, List<Term>> byOffice = new HashMap<>();
  private final Set<String> singleHolder = new HashSet<>();

  TermKnowledge(KnowledgeBase kb) {
    this.kb = kb;
    for (Term t : kb.data().terms()) {
      byOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(t);
    }
    byOffice.values().forEach(l -> l.sort(Comparator.comparing(Term::start)));
    byOffice.forEach((office, list) -> {
      if (heldByOneAtATime(list)) {
        singleHolder.add(office);
      }
    });
  }

  /** Whether the office's recorded terms (different people) hardly ever overlap: a president, not a senator. */
  private static boolean heldByOneAtATime(List<Term> terms) {
    if (terms.size() < 2) {
      return false;
    }
    int overlaps = 0;
    for (int i = 1; i < terms.size(); i++) {
      Term previous = terms.get(i - 1);
      Term next = terms.get(i);
      if (previous.personId().equals(next.personId())) {
        continue;
      }
      // A term left open by its source says nothing either way; one that ran on past the next start overlaps.
      LocalDate previousEnd = previous.end().orElse(null);
      if (previousEnd != null && previousEnd.isAfter(next.start().plusDays(31))) {
        overlaps++;
      }
    }
    return overlaps * 10 <= terms.size();
  }

  Known of(List<Term> terms, List<String> officeIds) {
    List<IntervalSet> certain = new ArrayList<>();
    List<Uncertainty> doubts = new ArrayList<>();
    List<IntervalSet> overAfter = new ArrayList<>();
    LocalDate earliestPossibleEnd = null;
    for (Term t : terms) {
      DateRange startRange = t.startRange();
      LocalDate certainStart = t.startPrecision() == DatePrecision.DAY ? t.start() : startRange.last().plusDays(1);
      if (t.startPrecision() != DatePrecision.DAY) {
        doubts.add(new Uncertainty(IntervalSet.between(startRange.first(), certainStart),
            "the knowledge base gives the start of the term only as " + startRange.describe()));
      }
      LocalDate certainEnd;
      LocalDate possibleEnd;
      if (t.end().isPresent()) {
        DateRange endRange = t.endRange().get();
        certainEnd = t.endPrecision() == DatePrecision.DAY ? t.end().get() : endRange.first();
        possibleEnd = t.endPrecision() == DatePrecision.DAY ? t.end().get() : endRange.last().plusDays(1);
        if (t.endPrecision() != DatePrecision.DAY) {
          doubts.add(new Uncertainty(IntervalSet.between(certainEnd, possibleEnd),
              "the knowledge base gives the end of the term only as " + endRange.describe()));
        }
        overAfter.add(IntervalSet.onOrAfter(possibleEnd));
      } else if (t.source().asOf().isPresent()) {
        LocalDate asOf = t.source().asOf().get();
        Optional<LocalDate> successor = successorStart(t);
        certainEnd = asOf.plusDays(1);
        possibleEnd = successor.orElse(null);
        if (possibleEnd != null && !possibleEnd.isAfter(certainEnd)) {
          certainEnd = possibleEnd;
        } else {
          doubts.add(new Uncertainty(IntervalSet.between(certainEnd, possibleEnd),
              "beyond the knowledge base's data (as of " + asOf + ")"));
        }
        possibleEnd = certainEnd;
        successor.ifPresent(d -> overAfter.add(IntervalSet.onOrAfter(d)));
      } else {
        certainEnd = null;
        possibleEnd = null;
      }
      if (certainEnd == null || certainEnd.isAfter(certainStart)) {
        certain.add(IntervalSet.between(certainStart, certainEnd));
      }
      // The first day the term may have been over: where "former" stops being false.
      LocalDate maybeOver = t.end().isPresent() ? certainEnd : possibleEnd;
      if (maybeOver != null && (earliestPossibleEnd == null || maybeOver.isBefore(earliestPossibleEnd))) {
        earliestPossibleEnd = maybeOver;
      }
    }
    List<Uncertainty> heldDoubts = new ArrayList<>(doubts);
    officeIds.stream().map(kb::coverageStart).flatMap(Optional::stream).min(LocalDate::compareTo)
        .ifPresent(from -> heldDoubts.add(new Uncertainty(IntervalSet.before(from),
            "before the knowledge base's records of the office (they start " + from + ")")));
    IntervalSet held = IntervalSet.unionOf(certain);
    List<IntervalSet> possibleParts = new ArrayList<>(certain);
    doubts.forEach(d -> possibleParts.add(d.days()));
    IntervalSet possiblyHeld = IntervalSet.unionOf(possibleParts);
    IntervalSet former = IntervalSet.unionOf(overAfter).intersect(possiblyHeld.complement());
    List<Uncertainty> formerDoubts = new ArrayList<>();
    if (earliestPossibleEnd != null) {
      IntervalSet maybeFormer = IntervalSet.onOrAfter(earliestPossibleEnd).intersect(held.complement())
          .intersect(former.complement());
      if (!maybeFormer.isEmpty()) {
        String reason = doubts.stream().filter(d -> d.days().overlaps(maybeFormer)).map(Uncertainty::reason)
            .findFirst().orElse("the knowledge base cannot tell when the term ended");
        formerDoubts.add(new Uncertainty(maybeFormer, reason));
      }
    }
    return new Known(held, heldDoubts, former, formerDoubts);
  }

  /**
   * "-elect" / "-designate": from the election that chose the person (when the knowledge base
   * has it) or a few months before the term, until the term began. Earlier, within a year, the
   * knowledge base cannot tell when the person was chosen.
   */
  Window elect(List<Term> terms, String personId) {
    List<IntervalSet> when = new ArrayList<>();
    List<Uncertainty> doubts = new ArrayList<>();
    for (Term t : terms) {
      LocalDate start = t.start();
      Optional<LocalDate> chosen = kb.events().stream()
          .filter(e -> e.kind().equals("election") && e.participants().contains(personId)
              && e.officeId().map(t.officeId()::equals).orElse(false))
          .map(Event::when).map(DateRange::first)
          .filter(d -> d.isBefore(start) && d.isAfter(start.minusDays(DESIGNATE_DOUBT_DAYS)))
          .max(LocalDate::compareTo);
      LocalDate from = chosen.orElse(start.minusDays(ELECT_DAYS));
      // The day the term begins counts too: a story filed that morning still has the President-elect.
      when.add(IntervalSet.between(from, start.plusDays(1)));
      if (chosen.isEmpty()) {
        doubts.add(new Uncertainty(IntervalSet.between(start.minusDays(DESIGNATE_DOUBT_DAYS), from),
            "the knowledge base does not say when " + kb.person(personId).map(p -> p.name()).orElse(personId)
                + " was chosen"));
      }
      if (t.startPrecision() != DatePrecision.DAY) {
        doubts.add(new Uncertainty(IntervalSet.between(t.startRange().first(), t.startRange().last().plusDays(1)),
            "the knowledge base gives the start of the term only as " + t.startRange().describe()));
      }
    }
    return new Window(IntervalSet.unionOf(when), doubts);
  }

  /** In an office one person holds at a time, the next holder's start closes a term left open. */
  private Optional<LocalDate> successorStart(Term t) {
    if (!singleHolder.contains(t.officeId())) {
      return Optional.empty();
    }
    return byOffice.getOrDefault(t.officeId(), List.of()).stream()
        .filter(o -> !o.personId().equals(t.personId()) && o.start().isAfter(t.start()))
        .map(Term::start).findFirst();
  }
}
