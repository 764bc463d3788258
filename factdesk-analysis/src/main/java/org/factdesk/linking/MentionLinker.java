// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.article.Span;
import org.factdesk.kb.Event;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.factdesk.linking.TitleMention.Qualifier;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.Token;

/**
 * Links people (with their titles) and events in sentences to the knowledge base. Exact: a name
 * is linked only when the knowledge base and the article leave one reading; an ambiguous name is
 * left unlinked, never guessed. Indexes are built once from the knowledge base.
 */
public final class MentionLinker {
  private static final Set<String> FORMER = Set.of("former", "ex", "onetime", "one-time", "erstwhile", "previous");
  private static final Set<String> HISTORICAL = Set.of("then", "late", "future", "would-be", "assassinated",
      "slain", "deposed", "ousted", "toppled", "overthrown");
  /** Words before a title that say the person is being (or was) replaced in it. */
  private static final Set<String> SUCCEEDED = Set.of("replace", "replaces", "replaced", "replacing", "succeed",
      "succeeds", "succeeded", "succeeding");
  private static final Set<String> SUCCEEDED_PHRASE = Set.of("replacement for", "successor to", "successor of",
      "replacement of", "succession to");
  /** After a titled name: ", who died last week", ", who resigned in 1982": the title is as of then. */
  private static final Set<String> ENDED_AFTER = Set.of("died", "resigned", "retired", "quit");
  private static final Set<String> ELECT_BEFORE = Set.of("incoming");
  /** "presumptive Speaker X": expected, not yet chosen, so neither an error nor a confirmation of anything. */
  private static final Set<String> EXPECTED_BEFORE = Set.of("presumptive", "presumed", "prospective", "putative");
  /** "candidate for prime minister X", "the race for Governor X's seat": the office sought, no claim it is held. */
  private static final Set<String> SOUGHT_PHRASE = Set.of("candidate for", "candidates for", "nominee for", "running for",
      "run for", "bid for", "race for", "contender for", "campaign for", "hopeful for");
  private static final Set<String> ELECT_AFTER = Set.of("elect", "designate", "designee");
  /** Words that make an event name a generic topic: "an EU referendum", "another Brexit vote". */
  private static final Set<String> GENERIC_DETERMINERS = Set.of("a", "an", "another", "any", "second", "new",
      "future", "possible", "potential", "proposed", "fresh", "next", "repeat", "such");
  private static final Set<String> OTHER_OFFICE = Set.of("deputy", "assistant", "under", "associate",
      "shadow", "lieutenant", "vice", "acting", "interim", "principal", "senior", "junior", "special");
  private static final Set<String> COORDINATORS = Set.of("and", ",", "&");
  private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");

  private final KnowledgeBase kb;
  private final PhraseIndex<String> names = new PhraseIndex<>();
  private final Map<String, List<String>> surnames = new HashMap<>();
  private final PhraseIndex<String> reversedTitles = new PhraseIndex<>();
  private final PhraseIndex<String> eventAliases = new PhraseIndex<>();
  private final PhraseIndex<String> firstCues = new PhraseIndex<>();
  private final Map<String, List<PhraseIndex<Boolean>>> cueGroups = new HashMap<>();

  public MentionLinker(KnowledgeBase kb) {
    this.kb = kb;
    for (Person p : kb.persons()) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(p.name());
      forms.addAll(p.aliases());
      for (String form : forms) {
        List<String> tokens = TokenNormaliser.phrase(form);
        if (tokens.size() >= 2) {
          names.add(tokens, p.id());
          List<String> ids = surnames.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new ArrayList<>());
          if (!ids.contains(p.id())) {
            ids.add(p.id());
          }
        }
      }
    }
    for (Office o : kb.offices()) {
      for (String title : o.titles()) {
        List<String> t = TokenNormaliser.phrase(title);
        if (t.isEmpty()) {
          continue;
        }
        reversedTitles.add(reverse(t), o.id());
        List<String> plural = new ArrayList<>(t);
        String last = plural.get(plural.size() - 1);
        if (!last.endsWith("s")) {
          plural.set(plural.size() - 1, last + "s");
          reversedTitles.add(reverse(plural), o.id());
        }
      }
    }
    for (Event e : kb.events()) {
      eventAliases.add(TokenNormaliser.phrase(e.name()), e.id());
      for (String alias : e.aliases()) {
        eventAliases.add(TokenNormaliser.phrase(alias), e.id());
      }
      if (!e.cues().isEmpty()) {
        List<PhraseIndex<Boolean>> groups = new ArrayList<>();
        for (List<String> group : e.cues()) {
          PhraseIndex<Boolean> g = new PhraseIndex<>();
          group.forEach(phrase -> g.add(TokenNormaliser.phrase(phrase), Boolean.TRUE));
          groups.add(g);
        }
        cueGroups.put(e.id(), groups);
        e.cues().get(0).forEach(phrase -> firstCues.add(TokenNormaliser.phrase(phrase), e.id()));
      }
    }
  }

  private static List<String> reverse(List<String> tokens) {
    List<String> r = new ArrayList<>(tokens);
    java.util.Collections.reverse(r);
    return r;
  }

  /** What a sentence's tokens look like for matching: normalised, with "then-"/"ex-" split off. */
  private record Normalised(List<String> norm, List<Span> spans, List<Token> source) {}

  private static Normalised normalise(Sentence s) {
    List<String> norm = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<Token> source = new ArrayList<>();
    for (Token t : s.tokens()) {
      String n = TokenNormaliser.token(t.text());
      // Hyphenated words are matched part by part: "then-Vice President", "US–Russia talks".
      int from = 0;
      for (int k = 0; k <= n.length(); k++) {
        if (k == n.length() || n.charAt(k) == '-') {
          if (k > from && n.length() == t.text().length()) {
            norm.add(n.substring(from, k));
            spans.add(new Span(t.span().start() + from, t.span().start() + k));
            source.add(t);
          } else if (k > from) {
            norm.add(n.substring(from, k));
            spans.add(t.span());
            source.add(t);
          }
          from = k + 1;
        }
      }
    }
    return new Normalised(norm, spans, source);
  }

  /** Person mentions in document order; a surname links to a full name used earlier in the article. */
  public List<PersonMention> linkPersons(List<Sentence> sentences) {
    List<PersonMention> out = new ArrayList<>();
    Set<String> seenFullNames = new HashSet<>();
    for (Sentence s : sentences) {
      Normalised n = normalise(s);
      PersonMention previous = null;
      int previousEnd = -1;
      boolean previousPlural = false;
      int i = 0;
      while (i < n.norm().size()) {
        PhraseIndex.Match<String> m = names.longestAt(n.norm(), i);
        List<String> candidates;
        int length;
        if (m != null && Character.isUpperCase(firstLetter(n.source().get(i).text()))) {
          candidates = m.values();
          length = m.length();
        } else {
          candidates = surnameCandidates(n, i, seenFullNames);
          length = 1;
        }
        if (candidates.isEmpty()) {
          i++;
          continue;
        }
        TitleFound title = titleBefore(n, i);
        if (title == null && previous != null && previousPlural && previous.title().isPresent()
            && coordinatedWithPrevious(n.norm(), previousEnd, i)) {
          TitleMention t = previous.title().get();
          title = new TitleFound(t.span(), t.title(), t.qualifier(), t.jurisdiction(),
              officeIdsOfTitle(t.title(), t.jurisdiction()), -1, true);
        }
        String personId = choose(candidates, title);
        if (personId == null) {
          i += length;
          continue;
        }
        if (length >= 2) {
          seenFullNames.add(personId);
        }
        Span nameSpan = new Span(n.spans().get(i).start(), n.spans().get(i + length - 1).end());
        Optional<TitleMention> titleMention = Optional.empty();
        Span span = nameSpan;
        if (title != null) {
          List<String> offices = officesHeldAmong(personId, title.officeIds());
          Qualifier qualifier = title.qualifier() == Qualifier.CURRENT && endedAfter(n.norm(), i + length)
              ? Qualifier.HISTORICAL : title.qualifier();
          titleMention = Optional.of(new TitleMention(title.span(), title.title(), qualifier,
              title.jurisdiction(), offices));
          if (title.firstToken() >= 0) {
            span = new Span(title.span().start(), nameSpan.end());
          }
        }
        PersonMention mention = new PersonMention(span, nameSpan, personId, s.index(), titleMention);
        out.add(mention);
        previous = mention;
        previousEnd = i + length - 1;
        previousPlural = title != null && title.plural();
        i += length;
      }
    }
    return List.copyOf(out);
  }

  /** "Senators A and B", "Senators A, B, and C": B follows A with only a coordinator between. */
  private static boolean coordinatedWithPrevious(List<String> norm, int previousEnd, int start) {
    int gap = start - previousEnd - 1;
    if (gap < 1 || gap > 2) {
      return false;
    }
    for (int k = previousEnd + 1; k < start; k++) {
      if (!COORDINATORS.contains(norm.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static char firstLetter(String s) {
    return s.isEmpty() ? ' ' : s.charAt(0);
  }

  private List<String> surnameCandidates(Normalised n, int i, Set<String> seenFullNames) {
    Token t = n.source().get(i);
    if (!t.isProperNoun() || !Character.isUpperCase(firstLetter(t.text()))) {
      return List.of();
    }
    List<String> ids = surnames.get(n.norm().get(i));
    if (ids == null) {
      return List.of();
    }
    // "Sen. Paul Simon": a capitalised word right after means this one is a first name.
    // The tagger may not call the next word a proper noun ("Rep. John Dingell", "Reps. Glenn English"):
    // any capitalised word but a day or month ("President Reagan Tuesday said") counts.
    if (i + 1 < n.norm().size() && n.source().get(i + 1) != t
        && Character.isUpperCase(firstLetter(n.source().get(i + 1).text()))
        && (n.source().get(i + 1).isProperNoun() || isCapitalisedWord(n, i + 1))
        && !CALENDAR_WORDS.contains(n.norm().get(i + 1))) {
      return List.of();
    }
    // Part of a longer capitalised name we do not know ("Lindsey Graham" is known; "Billy Graham" is not).
    if (i > 0 && n.source().get(i - 1).isProperNoun() && n.source().get(i - 1) != t
        && Character.isUpperCase(firstLetter(n.source().get(i - 1).text()))
        && titleBefore(n, i) == null && Jurisdictions.before(n.norm(), i) == null) {
      return List.of();
    }
    List<String> seen = ids.stream().filter(seenFullNames::contains).toList();
    if (!seen.isEmpty()) {
      return seen;
    }
    return ids;
  }

  /** Picks the one person the name and title allow, or null when it stays ambiguous. */
  private String choose(List<String> candidates, TitleFound title) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (title == null) {
      return null;
    }
    List<String> holders = candidates.stream()
        .filter(id -> !officesHeldAmong(id, title.officeIds()).isEmpty()).toList();
    return holders.size() == 1 ? holders.get(0) : null;
  }

  private List<String> officesHeldAmong(String personId, List<String> officeIds) {
    Set<String> held = new LinkedHashSet<>();
    for (Term t : kb.terms(personId)) {
      if (officeIds.contains(t.officeId())) {
        held.add(t.officeId());
      }
    }
    return List.copyOf(held);
  }

  private record TitleFound(Span span, String title, Qualifier qualifier, Optional<String> jurisdiction,
      List<String> officeIds, int firstToken, boolean plural) {}

  /** The title written right before token {@code nameStart}, longest first, with its qualifiers. */
  private TitleFound titleBefore(Normalised n, int nameStart) {
    List<String> norm = n.norm();
    int titleEnd = nameStart;
    boolean elect = false;
    if (nameStart > 1 && ELECT_AFTER.contains(norm.get(nameStart - 1))) {
      titleEnd = nameStart - 1;
      elect = true;
    }
    int bestStart = -1;
    List<String> bestOffices = null;
    for (int len = 1; len <= Math.min(6, titleEnd); len++) {
      List<String> reversed = reverse(norm.subList(titleEnd - len, titleEnd));
      PhraseIndex.Match<String> m = reversedTitles.longestAt(reversed, 0);
      if (m != null && m.length() == len) {
        bestStart = titleEnd - len;
        bestOffices = m.values();
      }
    }
    if (bestStart < 0) {
      return null;
    }
    int cursor = bestStart;
    if (cursor > 0 && OTHER_OFFICE.contains(norm.get(cursor - 1))) {
      return null;
    }
    String titleText = join(n, bestStart, titleEnd);
    boolean plural = !elect && norm.get(nameStart - 1).endsWith("s") && !norm.get(nameStart - 1).endsWith("ss");
    Optional<String> jurisdiction = Optional.empty();
    Jurisdictions.Found j = Jurisdictions.before(norm, cursor);
    if (j != null) {
      jurisdiction = Optional.of(j.code());
      cursor = j.start();
    }
    Qualifier qualifier = elect ? Qualifier.ELECT : Qualifier.CURRENT;
    // "former Iowa Congressman", "former West German Chancellor", "deposed Philippine President":
    // the qualifier may stand before one or two capitalised words of place or party.
    int q = cursor;
    while (q > 0 && cursor - q < 2 && isCapitalisedWord(n, q - 1) && !qualifierWord(norm.get(q - 1))) {
      q--;
    }
    if (q > 0 && !qualifierWord(norm.get(q - 1))) {
      q = cursor;
    }
    if (q > 0 && ELECT_BEFORE.contains(norm.get(q - 1))) {
      qualifier = Qualifier.ELECT;
      cursor = q - 1;
    } else if (q > 0 && FORMER.contains(norm.get(q - 1))) {
      qualifier = Qualifier.FORMER;
      cursor = q - 1;
    } else if (q > 0 && (HISTORICAL.contains(norm.get(q - 1)) || EXPECTED_BEFORE.contains(norm.get(q - 1)))) {
      qualifier = Qualifier.HISTORICAL;
      cursor = q - 1;
    } else if (q > 0 && (SUCCEEDED.contains(norm.get(q - 1))
        || q > 1 && SUCCEEDED_PHRASE.contains(norm.get(q - 2) + " " + norm.get(q - 1))
        || q > 1 && SOUGHT_PHRASE.contains(norm.get(q - 2) + " " + norm.get(q - 1)))) {
      // "to replace Sen. Edward Zorinsky", "a replacement for Sen. Harrison Williams": the title is
      // the one the person held before someone else took it, not a claim about today; "candidate for
      // prime minister X" names the office sought.
      qualifier = Qualifier.HISTORICAL;
    }
    List<String> offices = bestOffices;
    if (jurisdiction.isPresent()) {
      String code = jurisdiction.get();
      offices = offices.stream().filter(id -> kb.office(id).map(o -> o.jurisdiction().equals(code)).orElse(false)).toList();
    }
    Span span = new Span(n.spans().get(cursor).start(), n.spans().get(nameStart - 1).end());
    return new TitleFound(span, titleText, qualifier, jurisdiction, offices, cursor, plural);
  }

  private static boolean qualifierWord(String w) {
    return FORMER.contains(w) || HISTORICAL.contains(w) || ELECT_BEFORE.contains(w) || EXPECTED_BEFORE.contains(w)
        || SUCCEEDED.contains(w);
  }

  private static boolean isCapitalisedWord(Normalised n, int k) {
    String text = n.source().get(k).text();
    return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
  }

  /** ", who died …", ", who resigned …" right after the name. */
  private static boolean endedAfter(List<String> norm, int afterName) {
    if (afterName + 2 >= norm.size() || !norm.get(afterName).equals(",") || !norm.get(afterName + 1).equals("who")) {
      return false;
    }
    String verb = norm.get(afterName + 2);
    return ENDED_AFTER.contains(verb) || verb.equals("was") && afterName + 3 < norm.size()
        && Set.of("killed", "assassinated", "ousted", "deposed", "overthrown").contains(norm.get(afterName + 3));
  }

  private List<String> officeIdsOfTitle(String title, Optional<String> jurisdiction) {
    PhraseIndex.Match<String> m = reversedTitles.longestAt(reverse(TokenNormaliser.phrase(title)), 0);
    if (m == null) {
      return List.of();
    }
    return m.values().stream().filter(id -> jurisdiction.isEmpty()
        || kb.office(id).map(o -> o.jurisdiction().equals(jurisdiction.get())).orElse(false)).toList();
  }

  private static String join(Normalised n, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(n.source().get(k).text());
    }
    return sb.toString();
  }

  /** Events named in each sentence, with the date the sentence gives them and its tense. */
  public List<EventMention> linkEvents(List<Sentence> sentences) {
    List<EventMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Normalised n = normalise(s);
      Set<String> found = new HashSet<>();
      EventMention.Tense tense = TenseGuesser.tense(s);
      for (PhraseIndex.Match<String> m : eventAliases.findAll(n.norm())) {
        if (m.start() > 0 && GENERIC_DETERMINERS.contains(n.norm().get(m.start() - 1))) {
          continue;
        }
        Span span = new Span(n.spans().get(m.start()).start(), n.spans().get(m.end() - 1).end());
        Optional<TimeExpression> near = nearestTime(s, span);
        String eventId = pickEvent(m.values(), near);
        if (eventId != null && found.add(eventId)) {
          out.add(new EventMention(span, eventId, s.index(), attachedTime(s, span), tense));
        }
      }
      for (PhraseIndex.Match<String> first : firstCues.findAll(n.norm())) {
        for (String eventId : first.values()) {
          if (found.contains(eventId)) {
            continue;
          }
          Span span = cueSpan(n, cueGroups.get(eventId));
          if (span != null) {
            found.add(eventId);
            out.add(new EventMention(span, eventId, s.index(), attachedTime(s, span), tense));
          }
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  /** The span covering one match of every cue group, or null when a group is missing. */
  private static Span cueSpan(Normalised n, List<PhraseIndex<Boolean>> groups) {
    Span span = null;
    for (PhraseIndex<Boolean> g : groups) {
      List<PhraseIndex.Match<Boolean>> ms = g.findAll(n.norm());
      if (ms.isEmpty()) {
        return null;
      }
      PhraseIndex.Match<Boolean> m = ms.get(0);
      Span s = new Span(n.spans().get(m.start()).start(), n.spans().get(m.end() - 1).end());
      span = span == null ? s : span.union(s);
    }
    return span;
  }

  private String pickEvent(List<String> ids, Optional<TimeExpression> stated) {
    if (ids.size() == 1) {
      return ids.get(0);
    }
    if (stated.isEmpty()) {
      return null;
    }
    List<String> fit = ids.stream().filter(id -> kb.event(id).map(e -> overlaps(e, stated.get())).orElse(false)).toList();
    return fit.size() == 1 ? fit.get(0) : null;
  }

  private static boolean overlaps(Event e, TimeExpression t) {
    return !t.value().last().isBefore(e.when().first()) && !t.value().first().isAfter(e.when().last());
  }

  private static final java.util.regex.Pattern ATTACHED_BEFORE = java.util.regex.Pattern.compile(
      "^[\\s\"“”'’]*(?:['’]s)?(?:\\s*[\\p{Lu}][\\p{L}.]*){0,2}[\\s\"“”'’]*$");
  /** "withdrew from the Paris Agreement in 2017": the date is the withdrawal's, not the agreement's. */
  private static final java.util.regex.Pattern ACTION_ON_EVENT = java.util.regex.Pattern.compile(
      "(?i)\\b(?:from|out of|rejoin(?:ed|s|ing)?|join(?:ed|s|ing)?|leav(?:e|es|ing)|left|quit|abandon(?:ed|s|ing)?"
          + "|scrap(?:ped|s|ping)?|exit(?:ed|s|ing)?|withdr\\w+|violat\\w+|renegotiat\\w+|anniversary of|since)"
          + "\\s+(?:the\\s+)?$");
  private static final java.util.regex.Pattern ATTACHED_AFTER = java.util.regex.Pattern.compile(
      "^(?:\\s*,)?\\s*(?:\\(|(?:in|on|of|from)\\s+(?:early\\s+|late\\s+|mid-?)?|(?:which\\s+|that\\s+)?(?:began|begun|started"
          + "|took place|happened|was held|were held|occurred|ended|broke out|was signed|were signed|was adopted"
          + "|was agreed|came|erupted|was launched)\\s+(?:in|on)\\s+(?:early\\s+|late\\s+|mid-?)?)$");

  /**
   * The date the sentence gives the event itself: a time inside the event's phrase or right
   * before its name ("the 2008 invasion of Georgia", "Obama's 2009 Russia reset"), or right after
   * it ("the collapse of the Soviet Union in 1991", "the war, which began in 2003"). A date
   * elsewhere in the sentence belongs to something else ("legal advice given on 7 March 2003
   * that the Iraq war was legal").
   */
  private static Optional<TimeExpression> attachedTime(Sentence s, Span span) {
    int base = s.span().start();
    if (ACTION_ON_EVENT.matcher(s.text().substring(0, span.start() - base)).find()) {
      return Optional.empty();
    }
    for (TimeExpression t : s.times()) {
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        return Optional.of(t);
      }
      if (t.span().end() <= span.start() && span.start() - t.span().end() <= 30) {
        String gap = s.text().substring(t.span().end() - base, span.start() - base);
        if (ATTACHED_BEFORE.matcher(gap).matches() && !t.relative()) {
          return Optional.of(t);
        }
      }
      if (t.span().start() >= span.end() && t.span().start() - span.end() <= 30) {
        String gap = s.text().substring(span.end() - base, t.span().start() - base);
        if (ATTACHED_AFTER.matcher(gap).matches()) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /** The time expression nearest the event phrase: up to 40 characters before or 60 after. */
  private static Optional<TimeExpression> nearestTime(Sentence s, Span span) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : s.times()) {
      int distance;
      if (t.span().end() <= span.start()) {
        distance = span.start() - t.span().end();
        if (distance > 40) {
          continue;
        }
      } else if (t.span().start() >= span.end()) {
        distance = t.span().start() - span.end();
        if (distance > 60) {
          continue;
        }
      } else {
        distance = 0;
      }
      if (distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
