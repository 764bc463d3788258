// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Individuals whose name is withheld, read as a word class and a grammar rather than phrases:
 * an indefinite or counted person noun with no name before it ("a Michigan Republican said",
 * "one close associate said", "two campaign donors tell"), insiders as a group, "those close to X
 * say", and, document-aware, a later "the associate added" or "two of the executives said" that
 * points back at a person withheld earlier.
 *
 * <p>What keeps a person anonymous before the noun is a {@link #DESCRIPTOR}: lower-case words, a
 * place, a party or a nationality ("a Western diplomat", "a GOP insider"). Any other capitalised word
 * names a body and the person speaks for it ("a Pentagon official", "a Fox executive": none), except
 * before a noun of personal ties ("a Clinton donor", "a close Trump associate"), which says whose
 * friend, not whose employee.
 */
final class UnnamedPeople {
  /** Roles that stand for the body they work for: with a named body before them they are its voice. */
  private static final String BODY_ROLE = "official|source|insider|executive|exec|diplomat|aide|adviser|advisor|staffer"
      + "|employee|manager|officer|lawmaker|legislator|senator|banker|trader|analyst|strategist|operative|consultant"
      + "|lobbyist|negotiator|regulator|investigator|prosecutor|insider|worker|engineer|producer|person|user|commenter"
      + "|reader|viewer|resident|witness|member|participant|attendee|veteran|nurse|doctor|teacher|student|parent"
      + "|patient|soldier|guard|pilot|driver|lawyer|attorney|agent|coach|player|scout|volunteer|organi[sz]er|ceo|founder"
      + "|co-founder|boss|director|customer|client|shopper|homeowner|tenant|consumer|buyer";
  /** A market's voices: counted or not, "several analysts said" is a collective (vague), not people withheld. */
  private static final String MARKET = "analyst|trader|banker|economist|strategist|investor|consultant";
  /** Personal ties: whose friend, not whose employee, so a name before them keeps them anonymous. */
  private static final String TIE = "associate|confidant|confidante|donor|ally|friend|supporter|acquaintance|loyalist"
      + "|backer|fundraiser|bundler";
  /** Party members as people: "a Virginia Democrat", "an Ohio Republican". */
  private static final String PARTISAN = "(?-i:Republican|Democrat|Tory|Conservative|Liberal|Labourite|Independent)";
  private static final String US_STATES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
      + "|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
      + "|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York"
      + "|North\\s+Carolina|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina"
      + "|South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming";
  /** A place, party or nationality: describes the person without naming a body. */
  private static final String PLACE_OR_PARTY = "(?-i:(?:" + US_STATES + "|GOP|Republican|Democratic|Labour|Tory"
      + "|Conservative|Liberal|Western|Eastern|Gulf|Arab|Asian|African|European|" + UnnamedAuthorityDetector.DEMONYM_REGEX
      + ")(?=\\s))";
  /** "a company official", "a customs official": an organisation's own, directly before the role. */
  private static final String NOT_BEFORE_ROLE = "(?!(?:company|firm|bank|ministry|department|agency|police|government"
      + "|administration|union|council|committee|board|group|campaign|embassy|office|fund|club|team|court|customs"
      + "|airline|school|university|hospital|city|county|state|party)\\s+(?:" + BODY_ROLE + ")s?\\b)";
  /**
   * Words that never stand just before the person noun: verbs of saying, joints, and time ("a few weeks after U.S.
   * regulators said" counts weeks, not regulators).
   */
  private static final String NOT_A_DESCRIPTOR = "(?!(?:said|says|say|told|tells|and|or|who|the|of|at|for|in|to|after|before"
      + "|since|until|ago|when|while|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)\\s)";
  /** Any lower-case word before the noun: pointing back, "the bank official" is the one met before. */
  private static final String WORD = "(?:" + NOT_A_DESCRIPTOR + "(?-i:[a-z][a-z0-9-]*))";
  /** One word before the noun that keeps it unnamed: lower case (not a verb of saying), or a place or party. */
  private static final String DESCRIPTOR = NOT_BEFORE_ROLE + "(?:" + NOT_A_DESCRIPTOR + "(?-i:[a-z][a-z0-9-]*)|" + PLACE_OR_PARTY + ")";
  private static final String NAME = "(?-i:\\p{Lu}[\\p{L}'’.-]*)";
  /** "added" and "adds" with a thing after them put it somewhere: "a shopper adds a scarf to the cart" says nothing. */
  private static final String SPEECH = "(?:said|says|say|told|tells|tell|add(?:ed|s)(?!\\s+(?:a|an|the|some|more|another|multiple"
      + "|several|two|three|it|them|items?|\\d)\\b)|explained|confirmed|acknowledged|admitted"
      + "|insisted|noted|described|predicted|claimed|argued|suggested|believes|thinks|estimated|wrote|writes|posted"
      + "|tweeted|revealed|disclosed|cautioned|conceded|complained|recalled|speculated|attributed|dismissed"
      + "|hinted|joked|quipped|countered|observed|remarked|warned|put\\s+it)\\b";
  private static final String ADVERB = "(?:(?:later|also|privately|separately|once|then|all|both|even|had|has|have)\\s+)?";
  /** A clause between the person and the verb: "a New Hampshire Republican, who, like all of them, said". */
  private static final String APPOSITIVE = "(?:\\s*,\\s*(?:who|whose|speaking|like)\\b[^;:\"“”]{1,120}?,)?";
  /** A person noun, singular or plural, as group 1 without the plural ending. */
  private static final String PERSON = "\\b(" + BODY_ROLE + "|" + TIE + "|" + PARTISAN + "|head|chief)s?\\b";
  private static final String COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|a\\s+dozen|several|multiple|a\\s+few|additional"
      + "|a\\s+number\\s+of|a\\s+handful\\s+of|\\d{1,3})";

  /** "a Michigan Republican said", "one close associate said", "an insider told Us", "a Clinton donor said". */
  private static final Pattern ONE_SPEAKS = Pattern.compile("(?i)\\b(?:a|an|one|another)\\s+(?:(?:" + DESCRIPTOR
      + "\\s+){0,4}(?:" + BODY_ROLE + "|" + TIE + ")|(?:" + DESCRIPTOR + "\\s+|" + NAME + "\\s+){0,3}(?:" + TIE + ")|(?:"
      + DESCRIPTOR + "\\s+){0,3}" + PARTISAN + ")" + APPOSITIVE + "\\s+" + ADVERB + SPEECH);
  /** "said a Virginia Democrat", "added another commonwealth Democrat": the inverted order. */
  private static final Pattern SPEAKS_ONE = Pattern.compile("(?i)\\b(?:said|says|added|adds|told\\s+\\w+|explained|wrote"
      + "|according\\s+to)\\s+(?:a|an|one|another)\\s+(?:(?:" + DESCRIPTOR + "\\s+){0,4}(?:" + BODY_ROLE + "|" + TIE
      + ")|(?:" + DESCRIPTOR + "\\s+|" + NAME + "\\s+){0,3}(?:" + TIE + ")|(?:" + DESCRIPTOR + "\\s+){0,3}" + PARTISAN
      + ")\\b(?!\\s+(?:at|with|from|for|of)\\s+(?:the\\s+)?(?:(?-i:[a-z][a-z-]*)\\s+){0,2}?(?-i:\\p{Lu}))(?!\\s+(?:statement|report|document|letter|data"
      + "|figures|estimate|website|account|notice|release|record|transcript)s?\\b)");
  /** "Two Clinton donors tell", "a number of GOP insiders in key states said": counted unnamed people. */
  private static final Pattern SOME_SPEAK = Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:(?:" + DESCRIPTOR + "\\s+){0,3}"
      + "(?!(?:" + MARKET + ")s\\b)(?:" + BODY_ROLE + "|" + TIE + ")s|(?:" + DESCRIPTOR + "\\s+|" + NAME + "\\s+){0,3}(?:" + TIE + ")s|(?:"
      + DESCRIPTOR + "\\s+){0,3}" + PARTISAN + "s)(?:\\s+(?:in|from|across|on)\\s+(?-i:[a-z][^,.;:\"“”]{0,40}?))?"
      // The reporter's interviewees: "multiple customers we spoke to say", "customers that spoke with the station say".
      + "(?:\\s+(?:(?:who|that)\\s+)?(?:we|I)\\s+(?:spoke|talked)\\s+(?:to|with)|\\s+(?:who|that)\\s+(?:spoke|talked)\\s+(?:to|with)"
      + "\\s+[^,.;:\"“”]{1,40}?)?\\s+"
      + ADVERB + SPEECH);
  /** Insiders are people with access whose names are withheld: "insiders say", "according to party insiders". */
  private static final Pattern INSIDERS = Pattern.compile("(?i)\\b(?:(?:some|many|several|other)\\s+)?(?:" + DESCRIPTOR
      + "\\s+){0,2}insiders\\s+" + ADVERB + "(?:say|said|says|told|tell|believe|insist|insisted|claim|claimed|suggest"
      + "|suggested|warned|expect|fear)\\b|\\b(?:said|say|says|according\\s+to|told\\s+\\w+)\\s+(?:(?:some|many|several"
      + "|other)\\s+)?(?:" + DESCRIPTOR + "\\s+){0,2}insiders\\b");
  /** "Those close to the mayor say": people defined by their access, not named. */
  private static final Pattern THOSE_CLOSE = Pattern.compile("(?i)\\b(?:those|someone|anyone|allies|friends)\\s+"
      + "(?:(?:very|most|directly)\\s+)?(?:close(?:st)?\\s+to|familiar\\s+with|briefed\\s+on|with\\s+knowledge\\s+of)"
      + "\\s+[^,.;:\"“”]{1,60}?\\s+" + ADVERB + "(?:say|said|says|told|tell|insist|insisted|believe|believed|describe"
      + "|described)\\b");
  /** "the associate added", "these executives all said", "two of the executives said": someone met before. */
  private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:(?:the|these|those|this|that)|(?:one|two|three|four"
      + "|five|some|all|both|none|each|several|most|many)\\s+of\\s+(?:the|these|those))\\s+(?:(?:same|former|other|first"
      + "|second|third|two|three|four|" + WORD + ")\\s+){0,2}" + PERSON + "(?:\\s+who\\s+[^,.;:\"“”]{1,60}?)?"
      + APPOSITIVE + "\\s+" + ADVERB + SPEECH + "|\\b(?:said|says|added|adds|explained|noted)\\s+the\\s+(?:(?:same|former"
      + "|other)\\s+)?(?:" + WORD + "\\s+){0,2}" + PERSON + "(?=\\s*[.,;:!?]|\\s*$)");
  /** "… and another said": one of the people just withheld, by pronoun (only once the story has withheld someone). */
  private static final Pattern ONE_OF_THEM = Pattern.compile("(?i)(?:^|[,;]\\s*|\\band\\s+)((?:one|another|a\\s+second"
      + "|a\\s+third)\\s+" + ADVERB + SPEECH + ")");
  /** The reporter's own interviewees: "CNBC spoke with four top security executives". */
  private static final Pattern INTERVIEWED = Pattern.compile("(?i)\\b(?:spoke|talked|speaking|talking)\\s+(?:with|to)\\s+"
      + COUNT + "\\s+(?:" + DESCRIPTOR + "\\s+){0,3}" + PERSON + "(?=\\s+(?:at|in|from|with|who|about|on)\\b|[,.;:])");
  private static final Pattern HEADS = Pattern.compile("(?i)" + PERSON);
  private static final Set<String> SYNONYM_OF_OFFICIAL = Set.of("officer", "official", "head", "chief");

  /** "a 52-percent majority of insiders said": a survey's count, the survey is the source. */
  private static final Pattern SHARE_OF = Pattern.compile("(?i)(?:\\d[\\d.,]*[- ]?(?:%|percent|per\\s+cent)|majority"
      + "|minority|most|half|share|proportion|percentage|third|quarter)\\s+of\\s+(?:the\\s+|all\\s+|those\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

  private UnnamedPeople() {}

  /** What a document has met so far: the nouns of people whose names it withheld. */
  static final class Memory {
    private final Set<String> heads = new HashSet<>();

    /** Remembers the person nouns of an anonymous finding's words. */
    void withheld(String words) {
      Matcher m = HEADS.matcher(words);
      while (m.find()) {
        heads.add(normal(m.group(1)));
      }
    }

    boolean met(String head) {
      return heads.contains(normal(head));
    }

    private static String normal(String head) {
      String h = head.toLowerCase(Locale.ROOT);
      return SYNONYM_OF_OFFICIAL.contains(h) ? "official" : h.equals("advisor") ? "adviser" : h;
    }
  }

  /** Words without which none of the patterns can match: the costly patterns run only where one is. */
  private static final Set<String> CUES = Set.of("said", "says", "say", "told", "tells", "tell", "added", "adds",
      "explained", "confirmed", "acknowledged", "admitted", "insisted", "noted", "described", "predicted", "claimed",
      "argued", "suggested", "believes", "thinks", "estimated", "wrote", "writes", "posted", "tweeted", "revealed",
      "disclosed", "cautioned", "conceded", "complained", "recalled", "speculated", "attributed", "dismissed", "hinted",
      "joked", "quipped", "countered", "observed", "remarked", "warned", "put", "insiders", "spoke", "talked", "speaking",
      "talking", "according", "believe", "believed", "insist", "claim", "suggest", "expect", "fear", "describe");

  /** Spans (offsets into the text) of withheld individuals in one sentence; learns what it meets. */
  static List<int[]> find(String text, Set<String> words, Memory memory) {
    List<int[]> out = new ArrayList<>();
    if (Collections.disjoint(words, CUES)) {
      return out;
    }
    for (Pattern p : List.of(ONE_SPEAKS, SPEAKS_ONE, SOME_SPEAK, INSIDERS, THOSE_CLOSE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (!SHARE_OF.matcher(text.substring(0, m.start())).find()) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    Matcher back = POINTS_BACK.matcher(text);
    while (back.find()) {
      String head = back.group(1) != null ? back.group(1) : back.group(2);
      if (memory.met(head)) {
        out.add(new int[] {back.start(), back.end()});
      }
    }
    if (!memory.heads.isEmpty()) {
      Matcher one = ONE_OF_THEM.matcher(text);
      while (one.find()) {
        out.add(new int[] {one.start(1), one.end(1)});
      }
    }
    Matcher met = INTERVIEWED.matcher(text);
    while (met.find()) {
      memory.heads.add(Memory.normal(met.group(1)));
    }
    return out;
  }
}
