// SPDX-License-Identifier: GPL-3.0-or-later
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
import org.factdesk.time.frame.Anchor;
import org.factdesk.time.frame.IntervalSet;
import org.factdesk.time.frame.TimeAssertion;
import org.factdesk.time.frame.TimeAssertion.Kind;

/**
 * Turns linked mentions into time-anchored assertions: a title says when its holder held it, a
 * past event bounds the writing from below, "frontrunner for 2024" and "if re-elected" say an
 * election was still to come.
 */
final class AssertionExtractor {
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

  private static final Pattern FUTURE_CUE_BEFORE = Pattern.compile(
      "(?i)\\b(?:upcoming|ahead of|before|next|forthcoming|coming|planned|scheduled|run-up to|prepare for|preparing for"
          + "|await|awaiting|expected|until after|until|prospects in|prospects at)\\s+(?:the\\s+|this\\s+|a\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$");
  private static final Pattern FUTURE_CUE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:will|is set to|are set to|is scheduled|are scheduled|is due|are due|due by|due in|due on"
          + "|is expected to take place"
          + "|is planned|takes place next|would take place|is to be held|to be held)\\b");
  /**
   * "the Iran nuclear deal will be passed by Congress": a step after the event, which therefore
   * exists; the event itself is not spoken of as still to come.
   */
  private static final Pattern AFTER_THE_EVENT = Pattern.compile(
      "(?i)^\\s*will\\s+(?:not\\s+|never\\s+)?(?:be\\s+)?(?:passed|approved|ratified|implemented|enforced|reviewed|debated"
          + "|challenged|scrapped|overturned|upheld|remembered|survive|hold|collapse|fail|work)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[6-9]|20)\\d\\d\\b");
  /** Events that happen on a day or a few: only these can be spoken of as still to come. */
  private static final java.util.Set<String> POINT_KINDS = java.util.Set.of("election", "summit", "accession", "treaty");

  private final KnowledgeBase kb;
  private final AnchorFinder anchors;
  private final TermKnowledge terms;

  AssertionExtractor(KnowledgeBase kb) {
    this.kb = kb;
    this.anchors = new AnchorFinder(kb);
    this.terms = new TermKnowledge(kb);
  }

  /** Assertions with the present anchored to an unknown date: relative times like "ten years ago" stay unresolved. */
  List<TimeAssertion> extract(String text, List<Sentence> sentences, List<PersonMention> persons,
      List<EventMention> events) {
    return extract(text, sentences, persons, events, Optional.empty());
  }

  /**
   * Assertions, each anchored to the time it speaks of; {@code today} (the article's date when
   * known) resolves relative anchors such as "ten years ago".
   */
  List<TimeAssertion> extract(String text, List<Sentence> sentences, List<PersonMention> persons,
      List<EventMention> events, Optional<LocalDate> today) {
    List<TimeAssertion> out = new ArrayList<>();
    for (PersonMention p : persons) {
      p.title().ifPresent(t -> role(text, sentences.get(p.sentenceIndex()), p, t, persons, events, today)
          .ifPresent(out::add));
    }
    for (EventMention e : events) {
      event(text, sentences.get(e.sentenceIndex()), e, events, today).ifPresent(out::add);
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

  private Optional<TimeAssertion> role(String text, Sentence sentence, PersonMention p, TitleMention title,
      List<PersonMention> persons, List<EventMention> events, Optional<LocalDate> today) {
    if (title.officeIds().isEmpty() || title.qualifier() == TitleMention.Qualifier.HISTORICAL) {
      return Optional.empty();
    }
    Anchor anchor = anchors.forTitle(text, sentence, p.span().start(), p.span().end(), events, today);
    // "Former" speaks from the time of writing ("former Treasury Secretary Paulson, who in 2008 …"), whatever
    // else the clause dates; only a historical frame takes it back.
    if (title.qualifier() == TitleMention.Qualifier.FORMER && anchor.kind() == Anchor.Kind.EXPLICIT) {
      anchor = Anchor.PRESENT;
    }
    if (anchor.isPresent() && title.qualifier() == TitleMention.Qualifier.CURRENT) {
      anchor = historicalNeighbour(text, sentence, p, persons).orElse(anchor);
    }
    if (anchor.isUndatedPast()) {
      return Optional.empty();
    }
    List<Term> held = new ArrayList<>();
    for (String officeId : title.officeIds()) {
      held.addAll(kb.terms(p.personId(), officeId));
    }
    if (held.isEmpty()) {
      return Optional.empty();
    }
    String person = personName(p.personId());
    String office = officeName(title.officeIds().get(0));
    List<Evidence> evidence = held.stream().map(t -> termEvidence(person, t)).toList();
    Span span = p.span();
    TermKnowledge.Known known = terms.of(held, title.officeIds());
    return Optional.of(switch (title.qualifier()) {
      case FORMER -> new TimeAssertion(Kind.FORMER_ROLE, span, span.of(text), p.sentenceIndex(), known.former(),
          person + " was a former " + office + ", no longer in office", evidence, known.formerUncertain(), anchor);
      case ELECT -> {
        TermKnowledge.Window w = terms.elect(held, p.personId());
        yield new TimeAssertion(Kind.ELECT_ROLE, span, span.of(text), p.sentenceIndex(), w.when(),
            person + " had been chosen as " + office + " but had not yet taken office", evidence, w.uncertain(),
            anchor);
      }
      default -> new TimeAssertion(Kind.ROLE, span, span.of(text), p.sentenceIndex(), known.held(),
          person + " was " + office, evidence, known.heldUncertain(), anchor);
    });
  }

  /**
   * "Then-President Obama sent Vice President Biden to Kyiv": a title in the same clause as a
   * "then-" or "the late" title speaks of that same past.
   */
  private static Optional<Anchor> historicalNeighbour(String text, Sentence sentence, PersonMention p,
      List<PersonMention> persons) {
    for (PersonMention other : persons) {
      if (other == p || other.sentenceIndex() != p.sentenceIndex() || other.title().isEmpty()
          || other.title().get().qualifier() != TitleMention.Qualifier.HISTORICAL) {
        continue;
      }
      int from = Math.min(other.span().end(), p.span().end());
      int to = Math.max(other.span().start(), p.span().start());
      String between = from < to ? text.substring(from, to) : "";
      if (between.indexOf(';') < 0 && between.indexOf(':') < 0) {
        return Optional.of(Anchor.qualifier(other.title().get().span().of(text)));
      }
    }
    return Optional.empty();
  }

  private Optional<TimeAssertion> event(String text, Sentence sentence, EventMention m, List<EventMention> events,
      Optional<LocalDate> today) {
    Optional<Event> found = kb.event(m.eventId());
    if (found.isEmpty() || m.tense() == EventMention.Tense.UNKNOWN) {
      return Optional.empty();
    }
    Event e = found.get();
    String quote = m.span().of(text);
    // A one-word name ("Brexit", "JCPOA") is a topic, spoken of before, during and after the fact.
    if (!quote.strip().contains(" ")) {
      return Optional.empty();
    }
    // An election or referendum is identified only by its year: "the EU referendum" could be any.
    if (e.kind().equals("election") && m.statedDate().isEmpty() && !YEAR.matcher(quote).find()) {
      return Optional.empty();
    }
    // Names are reused: in 1987 "the Gulf war" was Iran and Iraq's and "the Paris accord" the G7's.
    // Years before the known event of that name, with no date in the sentence, it is another one.
    if (m.statedDate().isEmpty() && today.isPresent() && today.get().plusYears(2).isBefore(e.when().first())) {
      return Optional.empty();
    }
    if (anchors.eventAnchoredElsewhere(text, sentence, m, events, today)) {
      return Optional.empty();
    }
    Evidence evidence = eventEvidence(e);
    String lead = text.substring(sentence.span().start(), m.span().start());
    String tail = text.substring(m.span().end(), sentence.span().end());
    // "said … before the 1988 presidential election": the past tense is the report's; the event is
    // spoken of as still to come.
    boolean spokenOfAsComing = FUTURE_CUE_BEFORE.matcher(lead).find()
        || FUTURE_CUE_AFTER.matcher(tail).find() && !AFTER_THE_EVENT.matcher(tail).find();
    if (m.tense() == EventMention.Tense.PAST && !spokenOfAsComing) {
      return Optional.of(new TimeAssertion(Kind.EVENT_PAST, m.span(), quote, m.sentenceIndex(),
          IntervalSet.onOrAfter(e.when().first()), e.name() + " (" + e.when().describe() + ") had happened",
          List.of(evidence)));
    }
    long days = e.when().last().toEpochDay() - e.when().first().toEpochDay();
    if (!POINT_KINDS.contains(e.kind()) || days > 31 || !spokenOfAsComing) {
      return Optional.empty();
    }
    return Optional.of(new TimeAssertion(Kind.EVENT_FUTURE, m.span(), quote, m.sentenceIndex(),
        IntervalSet.before(e.when().first()), e.name() + " (" + e.when().describe() + ") was still to come",
        List.of(evidence)));
  }

  private void pendingElections(String text, Sentence s, List<TimeAssertion> out) {
    // "Ahead of the 2001 election, Blair promised …": told in the past, about then, not now.
    boolean told = s.tokens().stream().anyMatch(t -> t.isVerbPast())
        && s.tokens().stream().noneMatch(t -> t.text().equalsIgnoreCase("will") || t.pos().equals("MD"));
    if (told) {
      return;
    }
    for (Pattern p : List.of(FRONTRUNNER, AHEAD_OF)) {
      Matcher m = p.matcher(s.text());
      while (m.find()) {
        int year = Integer.parseInt(m.group(p == FRONTRUNNER ? 2 : 1));
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        Optional<Event> election = electionIn(year, s.text(), m.group(p == FRONTRUNNER ? 1 : 0));
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

  private static final Pattern US_CUES = Pattern.compile(
      "(?i)\\b(?:presidential|Republican|Democratic|Democrat|GOP|White House|U\\.?S\\.?|American|United States)\\b");

  /** The election a sentence means: the US presidential one only when the sentence says so. */
  private Optional<Event> electionIn(int year, String sentence, String party) {
    List<Event> elections = kb.events().stream()
        .filter(e -> e.kind().equals("election") && e.when().overlapsYear(year)).toList();
    boolean us = (party != null && US_CUES.matcher(party).find()) || US_CUES.matcher(sentence).find();
    if (us) {
      return elections.stream().filter(e -> e.officeId().map(US_PRESIDENT::equals).orElse(false)).findFirst();
    }
    return elections.size() == 1 ? Optional.of(elections.get(0)) : Optional.empty();
  }

  String personName(String id) {
    return kb.person(id).map(p -> p.name()).orElse(id);
  }

  String officeName(String id) {
    return kb.office(id).map(Office::name).orElse(id);
  }

  static Evidence termEvidence(String person, Term t, KnowledgeBase kb) {
    String office = kb.office(t.officeId()).map(Office::name).orElse(t.officeId());
    return new Evidence(person + " held the office of " + office + " from " + t.startRange().describe()
        + t.endRange().map(e -> " to " + e.describe()).orElse(" (still in office as of "
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
