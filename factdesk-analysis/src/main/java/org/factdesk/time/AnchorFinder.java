// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.linking.EventMention;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.Token;
import org.factdesk.time.frame.Anchor;

/**
 * Finds the time a mention speaks of, from its sentence. Past tense alone is not an anchor (news
 * tells yesterday in the past tense); an explicit time in the mention's clause is ("In 1979,
 * Prime Minister Margaret Thatcher appointed …", "… kept Canada out of Iraq in 2003", "ten years
 * ago"), and so is a historical frame ("the funeral of", "the administration of", "under",
 * "X's presidency", "during the Gulf War"). A time in another clause ("…, who took office in
 * 2016, …", "the deal struck in 2015") does not anchor the mention.
 *
 * <p>Preconditions: the sentence's tokens carry Penn Treebank tags; spans are article offsets.
 */
final class AnchorFinder {
  private static final Pattern FRAME_BEFORE = Pattern.compile("(?i)(?:\\b(?:funeral|assassination|administration|death"
      + "|presidency|tenure|era|legacy|memorial|widow|widower|killing|burial|reign|government|cabinet|premiership|rule"
      + "|murder|days|years|time|term|terms|memoirs?|biography|library|statue|portrait|eulogy|obituary|grave|shooting"
      + "|impeachment|resignation|ouster|overthrow|downfall|fall|execution|trial|inauguration)\\s+(?:of|for)\\s+"
      + "|\\bunder\\s+"
      + "|\\b(?:former|ex-|onetime|one-time)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:to|for|under|of)\\s+"
      + "|\\b(?:served|worked|work|serve|serving|working)\\s+(?:as\\s+(?:[\\p{L}-]+\\s+){1,5})?(?:under|for)\\s+"
      + ")(?:the\\s+)?(?:late\\s+)?$");
  private static final Pattern FRAME_AFTER = Pattern.compile("(?i)^\\s*['’]s?\\s+(?:(?:first|second|third|last|final"
      + "|early|late|entire|two|four|eight|\\w+-year)\\s+)?(?:presidency|presidencies|administration|tenure|term|terms"
      + "|government|funeral|death|assassination|era|premiership|legacy|cabinet|reign|widow|memoirs?|rule|killing"
      + "|murder|inauguration|inaugural|time in office|years in office|days in office|years in power|time in power"
      + "|last years|final years|final days|impeachment|resignation|ouster|downfall|execution)\\b");
  private static final Pattern GENERIC_DURING = Pattern.compile("(?i)\\bduring\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?"
      + "(?:[\\p{L}-]+\\s+){0,2}(?:war|presidency|administration|tenure|era|premiership|reign|revolution|occupation)\\b");
  private static final Pattern AGO = Pattern.compile("(?i)\\b(\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine"
      + "|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many)\\s+(years?|decades?)\\s+ago\\b");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
  /** Not "by 2022" or "until 2030": deadlines and plans, not the time a sentence speaks of. */
  private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("in", "on", "during", "since", "through",
      "throughout", "from", "around", "circa", "between", "back");
  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "would", "shall");
  /** Words allowed between the preposition and the time: "in early 1979", "in his 1961 inaugural address". */
  private static final Set<String> TIME_MODIFIERS = Set.of("early", "late", "mid", "the", "his", "her", "their", "its",
      "a", "an", "about", "around", "summer", "autumn", "fall", "winter", "spring", "of");
  private static final Set<String> CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "that", "when", "after",
      "before", "because", "while", "whereas", "although", "though", "if", "unless", "where", "once", "until", "since",
      ";", ":", "—", "–", "“", "”", "\"", "(", ")");
  private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "has",
      "have", "had", "having", "get", "got", "gets", "'s", "’s", "'ve", "'d", "will", "would", "could", "should",
      "may", "might", "must", "can", "not", "n't", "also", "already", "just", "never", "recently", "later");

  private final KnowledgeBase kb;

  AnchorFinder(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The anchor of a titled mention covering {@code [start, end)} (title and name) in {@code s}. */
  Anchor forTitle(String text, Sentence s, int start, int end, List<EventMention> events, Optional<LocalDate> today) {
    String before = text.substring(s.span().start(), start);
    Matcher fb = FRAME_BEFORE.matcher(before);
    if (fb.find()) {
      return Anchor.frame(Optional.empty(), fb.group().strip());
    }
    String after = text.substring(end, s.span().end());
    Matcher fa = FRAME_AFTER.matcher(after);
    if (fa.find()) {
      return Anchor.frame(Optional.empty(), text.substring(start, end + fa.end()).strip());
    }
    Optional<Anchor> during = during(text, s, events);
    if (during.isPresent()) {
      return during.get();
    }
    return explicit(text, s, start, end, today).orElse(Anchor.PRESENT);
  }

  /**
   * Whether an event reference is spoken of from another time than the article's: an explicit
   * time in the sentence other than the event's own date ("In 2005 ministers promised …").
   */
  boolean eventAnchoredElsewhere(String text, Sentence s, EventMention m, List<EventMention> events,
      Optional<LocalDate> today) {
    int start = m.span().start();
    int end = m.span().end();
    for (Candidate c : candidates(text, s, today)) {
      // An event's own date, or another event's ("eight years after the annexation of Crimea in 2014"), dates
      // that event, not the time the sentence speaks from.
      boolean someEventsDate = events.stream().anyMatch(e -> e.sentenceIndex() == s.index()
          && e.statedDate().map(t -> t.span().start() == c.start()).orElse(false));
      if (someEventsDate) {
        continue;
      }
      if (c.start() >= start && c.end() <= end) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** "during the Gulf War": the event's dates, when the knowledge base knows the event. */
  private Optional<Anchor> during(String text, Sentence s, List<EventMention> events) {
    for (EventMention e : events) {
      if (e.sentenceIndex() != s.index()) {
        continue;
      }
      String lead = text.substring(s.span().start(), e.span().start()).toLowerCase(Locale.ROOT);
      if (lead.matches("(?s).*\\bduring\\s+(?:the\\s+)?$")) {
        Optional<Event> event = kb.event(e.eventId());
        if (event.isPresent()) {
          return Optional.of(Anchor.frame(Optional.of(event.get().when()),
              text.substring(s.span().start() + lead.lastIndexOf("during"), e.span().end())));
        }
      }
    }
    Matcher g = GENERIC_DURING.matcher(s.text());
    if (g.find()) {
      return Optional.of(Anchor.frame(Optional.empty(), g.group()));
    }
    return Optional.empty();
  }

  /** A time that may anchor a mention: its article offsets, the days it stands for (empty if unknown) and its words. */
  private record Candidate(int start, int end, Optional<DateRange> days, String cue, int cueStart) {}

  private Optional<Anchor> explicit(String text, Sentence s, int start, int end, Optional<LocalDate> today) {
    Candidate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Candidate c : candidates(text, s, today)) {
      int distance;
      if (c.end() <= start) {
        if (!scopesForward(s, c, start)) {
          continue;
        }
        distance = start - c.end();
      } else if (c.cueStart() >= end) {
        if (!scopesBackward(s, end, c.cueStart())) {
          continue;
        }
        distance = c.cueStart() - end;
      } else {
        continue;
      }
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Anchor(Anchor.Kind.EXPLICIT, best.days(), best.cue()));
  }

  /** Times in the sentence written as adverbials of time: "in 1979", "back in 2003", "ten years ago". */
  private List<Candidate> candidates(String text, Sentence s, Optional<LocalDate> today) {
    List<Candidate> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    // A sentence about what will or would happen does not put its titles back in time.
    if (tokens.stream().anyMatch(t -> FUTURE_WORDS.contains(lower(t)))) {
      return out;
    }
    for (TimeExpression t : s.times()) {
      if (t.relative() && today.isPresent() && t.value().contains(today.get())) {
        continue;
      }
      if (today.isPresent() && t.value().first().isAfter(today.get())) {
        continue;
      }
      int first = tokenAt(tokens, t.span().start());
      if (first < 0) {
        continue;
      }
      int k = first - 1;
      int skipped = 0;
      while (k >= 0 && skipped < 2 && TIME_MODIFIERS.contains(lower(tokens.get(k)))
          && !TEMPORAL_PREPOSITIONS.contains(lower(tokens.get(k)))) {
        k--;
        skipped++;
      }
      boolean relativeWord = t.relative();
      if (!relativeWord && (k < 0 || !TEMPORAL_PREPOSITIONS.contains(lower(tokens.get(k))))) {
        continue;
      }
      int cueStart = relativeWord || k < 0 ? t.span().start() : tokens.get(k).span().start();
      if (k > 0 && lower(tokens.get(k)).equals("in") && lower(tokens.get(k - 1)).equals("back")) {
        cueStart = tokens.get(k - 1).span().start();
      }
      out.add(new Candidate(t.span().start(), t.span().end(), Optional.of(t.value()),
          text.substring(cueStart, t.span().end()), cueStart));
    }
    Matcher ago = AGO.matcher(s.text());
    while (ago.find()) {
      int from = s.span().start() + ago.start();
      int to = s.span().start() + ago.end();
      Optional<DateRange> days = today.flatMap(d -> agoRange(ago.group(1), ago.group(2), d));
      out.add(new Candidate(from, to, days, ago.group(), from));
    }
    return out;
  }

  private static Optional<DateRange> agoRange(String number, String unit, LocalDate today) {
    Integer n = number.matches("\\d+") ? Integer.valueOf(number) : NUMBERS.get(number.toLowerCase(Locale.ROOT));
    if (n == null) {
      return Optional.empty();
    }
    int years = unit.toLowerCase(Locale.ROOT).startsWith("decade") ? 10 * n : n;
    int year = today.getYear() - years;
    // "ten years ago" is rarely exact: the year before and after count too.
    return Optional.of(new DateRange(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)));
  }

  /**
   * A time before the mention anchors it when it opens the sentence ("In 1979, …", "Back in
   * 2003, …") or when no verb stands between them.
   */
  private static boolean scopesForward(Sentence s, Candidate c, int mentionStart) {
    List<Token> tokens = s.tokens();
    int cueToken = tokenAt(tokens, c.cueStart());
    for (Token t : tokens) {
      if (t.span().start() >= c.end() && t.span().end() <= mentionStart && (t.text().equals(";")
          || t.text().equals(":"))) {
        return false;
      }
    }
    if (cueToken >= 0 && cueToken <= 2) {
      return true;
    }
    for (Token t : tokens) {
      if (t.span().start() >= c.end() && t.span().end() <= mentionStart && isFiniteVerb(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A time after the mention anchors it when it is in the mention's own clause: no relative or
   * subordinate clause opens between them, at most one verb group, and no participle that
   * starts a modifier ("the deal struck in 2015").
   */
  private static boolean scopesBackward(Sentence s, int mentionEnd, int cueStart) {
    List<Token> tokens = s.tokens();
    int verbGroups = 0;
    boolean inVerbGroup = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.span().start() < mentionEnd || t.span().start() >= cueStart) {
        continue;
      }
      String w = lower(t);
      if (CLAUSE_OPENERS.contains(w) || t.pos().equals("WDT") || t.pos().startsWith("WP")) {
        return false;
      }
      boolean verb = t.pos().startsWith("VB") || t.pos().equals("MD");
      if (verb) {
        boolean afterAux = i > 0 && AUXILIARIES.contains(lower(tokens.get(i - 1)));
        if ((t.pos().equals("VBN") || t.pos().equals("VBG")) && !afterAux) {
          return false;
        }
        if (!inVerbGroup && !afterAux) {
          verbGroups++;
        }
        inVerbGroup = true;
      } else if (!t.pos().startsWith("RB")) {
        inVerbGroup = false;
      }
    }
    return verbGroups <= 1;
  }

  private static boolean isFiniteVerb(Token t) {
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() <= offset && offset < tokens.get(i).span().end()) {
        return i;
      }
    }
    return -1;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
