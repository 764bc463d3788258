package org.factdesk.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.Span;
import org.factdesk.kb.Event;
import org.factdesk.kb.Evidence;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.Office;
import org.factdesk.kb.Term;
import org.factdesk.linking.EventMention;
import org.factdesk.linking.PersonMention;
import org.factdesk.linking.TitleMention;
import org.factdesk.nlp.Sentence;
import org.factdesk.timeline.IntervalSet;
import org.factdesk.timeline.TimeAssertion;
import org.factdesk.timeline.TimeAssertion.Kind;

/**
 * Turns linked mentions into time-anchored assertions: a title says when its holder held it, a
 * past event bounds the writing from below, "frontrunner for 2024" and "if re-elected" say an
 * election was still to come.
 */
public final class AssertionExtractor {
  private static final Pattern FRONTRUNNER = Pattern.compile(
      "(?i)\\b(?:(?:the|a)\\s+)?(?:(Republican|Democratic|GOP|Democrat|presidential)\\s+)?"
          + "(?:front-?runner|nominee|candidate|hopeful|contender)\\s+(?:for|in)\\s+(?:the\\s+)?((?:19|20)\\d\\d)\\b");
  private static final Pattern AHEAD_OF = Pattern.compile(
      "(?i)\\b(?:ahead of|before|in|heading into|run-up to)\\s+the\\s+(?:upcoming\\s+)?((?:19|20)\\d\\d)\\s+(?:presidential\\s+)?(?:election|race|vote|campaign)\\b");
  private static final Pattern RE_ELECTED = Pattern.compile(
      "(?i)\\bif\\s+(?:(?:he|she|they|\\p{Lu}\\p{L}+)\\s+(?:is|are|were|was|gets|get)\\s+)?re-?elected\\b"
          + "|\\bif\\s+(?:he|she|they|\\p{Lu}\\p{L}+)\\s+wins?\\s+(?:re-?election|a second term|another term)\\b"
          + "|\\b(?:seeking|seeks|seek)\\s+re-?election\\b|\\bre-?election\\s+bid\\b");
  private static final String US_PRESIDENT = "Q11696";

  private final KnowledgeBase kb;

  public AssertionExtractor(KnowledgeBase kb) {
    this.kb = kb;
  }

  public List<TimeAssertion> extract(String text, List<Sentence> sentences, List<PersonMention> persons,
      List<EventMention> events) {
    List<TimeAssertion> out = new ArrayList<>();
    for (PersonMention p : persons) {
      p.title().ifPresent(t -> role(text, p, t).ifPresent(out::add));
    }
    for (EventMention e : events) {
      event(text, e).ifPresent(out::add);
    }
    for (Sentence s : sentences) {
      if (!s.blockKind().isProse() && s.blockKind() != org.factdesk.article.BlockKind.HEADING) {
        continue;
      }
      pendingElections(text, s, out);
      reElection(text, s, persons, out);
    }
    out.sort(Comparator.comparing(TimeAssertion::span));
    return List.copyOf(out);
  }

  private Optional<TimeAssertion> role(String text, PersonMention p, TitleMention title) {
    if (title.officeIds().isEmpty() || title.qualifier() == TitleMention.Qualifier.HISTORICAL) {
      return Optional.empty();
    }
    List<Term> terms = new ArrayList<>();
    for (String officeId : title.officeIds()) {
      terms.addAll(kb.terms(p.personId(), officeId));
    }
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    String person = personName(p.personId());
    String office = officeName(title.officeIds().get(0));
    List<Evidence> evidence = terms.stream().map(t -> termEvidence(person, t)).toList();
    Span span = p.span();
    if (title.qualifier() == TitleMention.Qualifier.FORMER) {
      // A term with no known end counts as still running, as it does for a plain title: "former"
      // needs a term that ended and no term running since.
      List<IntervalSet> held = new ArrayList<>();
      LocalDate firstEnd = null;
      for (Term t : terms) {
        held.add(IntervalSet.between(t.start(), t.end().orElse(null)));
        if (t.end().isPresent() && (firstEnd == null || t.end().get().isBefore(firstEnd))) {
          firstEnd = t.end().get();
        }
      }
      IntervalSet when = firstEnd == null ? IntervalSet.EMPTY
          : IntervalSet.onOrAfter(firstEnd).intersect(IntervalSet.unionOf(held).complement());
      return Optional.of(new TimeAssertion(Kind.FORMER_ROLE, span, span.of(text), p.sentenceIndex(), when,
          person + " was a former " + office + ", no longer in office", evidence));
    }
    List<IntervalSet> held = terms.stream().map(t -> IntervalSet.between(t.start(), t.end().orElse(null))).toList();
    // Before the knowledge base knows any holder of the office it cannot rule this title out; the
    // solver gives a dated check there the benefit of the doubt.
    Optional<LocalDate> knownFrom = title.officeIds().stream().map(kb::coverageStart).flatMap(Optional::stream)
        .min(LocalDate::compareTo);
    return Optional.of(new TimeAssertion(Kind.ROLE, span, span.of(text), p.sentenceIndex(), IntervalSet.unionOf(held),
        person + " was " + office, evidence, knownFrom));
  }

  private Optional<TimeAssertion> event(String text, EventMention m) {
    Optional<Event> found = kb.event(m.eventId());
    if (found.isEmpty() || m.tense() == EventMention.Tense.UNKNOWN) {
      return Optional.empty();
    }
    Event e = found.get();
    Evidence evidence = eventEvidence(e);
    if (m.tense() == EventMention.Tense.PAST) {
      return Optional.of(new TimeAssertion(Kind.EVENT_PAST, m.span(), m.span().of(text), m.sentenceIndex(),
          IntervalSet.onOrAfter(e.when().first()), e.name() + " (" + e.when().describe() + ") had happened",
          List.of(evidence)));
    }
    return Optional.of(new TimeAssertion(Kind.EVENT_FUTURE, m.span(), m.span().of(text), m.sentenceIndex(),
        IntervalSet.before(e.when().first()), e.name() + " (" + e.when().describe() + ") was still to come",
        List.of(evidence)));
  }

  private void pendingElections(String text, Sentence s, List<TimeAssertion> out) {
    for (Pattern p : List.of(FRONTRUNNER, AHEAD_OF)) {
      Matcher m = p.matcher(s.text());
      while (m.find()) {
        int year = Integer.parseInt(m.group(p == FRONTRUNNER ? 2 : 1));
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        Optional<Event> election = electionIn(year);
        LocalDate day = election.map(e -> e.when().first()).orElse(LocalDate.of(year + 1, 1, 1));
        List<Evidence> evidence = election.map(e -> List.of(eventEvidence(e))).orElse(List.of());
        String what = election.map(e -> e.name() + " (" + e.when().describe() + ")").orElse("the " + year + " election");
        out.add(new TimeAssertion(Kind.EVENT_FUTURE, span, span.of(text), s.index(), IntervalSet.before(day),
            what + " was still to come", evidence));
      }
    }
  }

  /** "if re-elected": between the person's first election win and the re-election that came true. */
  private void reElection(String text, Sentence s, List<PersonMention> persons, List<TimeAssertion> out) {
    Matcher m = RE_ELECTED.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
    Optional<PersonMention> subject = persons.stream()
        .filter(p -> p.sentenceIndex() == s.index() || p.sentenceIndex() == s.index() - 1)
        .filter(p -> p.span().start() < span.start() || p.sentenceIndex() == s.index())
        .reduce((a, b) -> b.span().start() < span.start() ? b : a);
    if (subject.isEmpty()) {
      return;
    }
    String personId = subject.get().personId();
    List<Event> wins = kb.events().stream()
        .filter(e -> e.kind().equals("election") && e.participants().contains(personId))
        .sorted(Comparator.comparing(e -> e.when().first()))
        .toList();
    if (wins.isEmpty()) {
      return;
    }
    Event first = wins.get(0);
    Event last = wins.get(wins.size() - 1);
    IntervalSet when = wins.size() == 1 ? IntervalSet.onOrAfter(first.when().first())
        : IntervalSet.between(first.when().first(), last.when().first());
    String person = personName(personId);
    List<Evidence> evidence = wins.stream().map(AssertionExtractor::eventEvidence).toList();
    String claim = wins.size() == 1
        ? person + " had been elected and could still be re-elected"
        : person + "'s re-election was still to come (" + person + " was re-elected in " + last.name() + ", "
            + last.when().describe() + ")";
    out.add(new TimeAssertion(Kind.EVENT_FUTURE, span, span.of(text), s.index(), when, claim, evidence));
  }

  private Optional<Event> electionIn(int year) {
    List<Event> elections = kb.events().stream()
        .filter(e -> e.kind().equals("election") && e.when().overlapsYear(year)).toList();
    return elections.stream().filter(e -> e.officeId().map(US_PRESIDENT::equals).orElse(false)).findFirst()
        .or(() -> elections.size() == 1 ? Optional.of(elections.get(0)) : Optional.empty());
  }

  String personName(String id) {
    return kb.person(id).map(p -> p.name()).orElse(id);
  }

  String officeName(String id) {
    return kb.office(id).map(Office::name).orElse(id);
  }

  static Evidence termEvidence(String person, Term t, KnowledgeBase kb) {
    String office = kb.office(t.officeId()).map(Office::name).orElse(t.officeId());
    return new Evidence(person + " held the office of " + office + " from " + t.start()
        + t.end().map(e -> " to " + e).orElse(" (still in office as of "
            + t.source().asOf().map(Object::toString).orElse("the source's date") + ")"),
        t.source().describe());
  }

  private Evidence termEvidence(String person, Term t) {
    return termEvidence(person, t, kb);
  }

  static Evidence eventEvidence(Event e) {
    return new Evidence(e.name() + ": " + e.when().describe(), e.source().describe());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
