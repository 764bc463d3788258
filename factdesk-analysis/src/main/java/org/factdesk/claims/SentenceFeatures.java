// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/**
 * The surface signals of one sentence that say whether and how it is worth checking, read once.
 *
 * @param quantity a figure with what it counts: money, a percentage, a number with a unit or
 *     before a plural noun ("40 passengers"; not a year), or a number a level moved to or from
 *     ("rose to 105.4")
 * @param named a capitalised word after the first (a person, an institution, a place, a month)
 * @param quoted the sentence is, or carries, someone's words in quotation marks
 */
record SentenceFeatures(boolean number, boolean quantity, boolean time, boolean named, boolean pastVerb,
    boolean causal, boolean future, boolean policy, boolean roleChange, boolean accusation, boolean record,
    boolean quoted, boolean comparative, boolean opinion, boolean question, int tokens) {
  private static final String UNIT = "%|percent|per cent|pct|percentage points?|million|mln|billion|bln|trillion|thousand"
      + "|dlrs?|dollars?|cts|cents|euros?|pounds|yen|francs|marks|pesetas|yuan|rupees|tonnes|tons|barrels|bpd|ounces"
      + "|gallons|shares|points|people|jobs|workers|employees|customers|members|votes|seats|troops|deaths|cases"
      + "|clubs|plants|stores|banks|companies|countries|days|weeks|months|years|gigabytes|songs|photos|videos|miles"
      + "|kilometres|kilometers|acres|units|vehicles|cars|aircraft|planes|devices|nominees|directors";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?i)(\\d[\\d,.]*(-\\d[\\d,./]*)?\\s*(" + UNIT + ")\\b|[$€£¥]\\s*\\d|\\b(to|from|at|of|was|were|reached|totall?ed|"
          + "rose|fell)\\s+\\d[\\d,.]*\\d(?![\\d,.]*\\s*(a\\.m|p\\.m|GMT))|\\b(one|two|three|four|five|six|seven|eight|nine|ten|"
          + "a few|several|hundreds of|thousands of|millions of|billions of)\\s+(" + UNIT + ")\\b|\\b(half|doubled|tripled|"
          + "halved|two-thirds|one-third|a third|a quarter)\\b|\\b(?!(1[89]|20)\\d\\d\\b)\\d[\\d,.]*\\s+[a-z]{3,}s\\b)");
  private static final Pattern YEAR_ONLY = Pattern.compile("\\b(to|from|at|of|was|were)\\s+(1[89]|20)\\d\\d\\b");
  private static final Pattern CAUSAL = Pattern.compile(
      "(?i)\\b(because|led to|leading to|lead to|caused|causes|cause|resulted in|results in|as a result|due to|"
          + "backfired|encouraged|emboldened|triggered|sparked|prevented|fuell?ed|drove|thanks to|so that|prompted by|"
          + "attributed|blamed|in response to|hurt|hurting|helped|cited|reflects?|reflecting|weakened by|driven by)\\b");
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(will|won't|'ll|shall|going to|expects?|expected to|forecasts?|predicts?|plans? to|plans|intends? to|"
          + "aims? to|is set to|are set to|scheduled to|is due to|are due to|is to|are to|hopes? to|hoping to|"
          + "unlikely to|likely to|outlook)\\b");
  /** "would" speaks of the future only in reported speech: "said it would sell". */
  private static final Pattern REPORTING = Pattern.compile(
      "\\b(said|says|told|announced|expects?|expected|predicted|forecast|signalled|signaled)\\b");
  private static final Pattern WOULD = Pattern.compile("\\bwould\\b");
  private static final Pattern POLICY = Pattern.compile(
      "(?i)\\b(law|laws|bill|legislation|regulations?|regulators?|sanctions|ban|banned|tariffs?|tax|taxes|budget|"
          + "policy|policies|treaty|deregulation|restrictions|intervention|decree|act of|statute|ruling|ruled|"
          + "veto|vetoed|subsid(y|ies)|quota|quotas)\\b");
  private static final Pattern ROLE_CHANGE = Pattern.compile(
      "(?i)\\b(appointed|named|elected|resign(ed|s|ation)?|step(s|ped)? down|succeed(s|ed)?|replac(e|es|ed)|"
          + "became|become|sworn in|nominated|fired|dismissed|ousted|took office|hired)\\b");
  private static final Pattern OFFICE = Pattern.compile(
      "(?i)\\b(chairman|chairwoman|president|chief|executive|officer|director|directors|minister|secretary|governor|"
          + "head|ceo|pilot|board|officers|manager|spokesman)\\b");
  private static final Pattern ACCUSATION = Pattern.compile(
      "(?i)\\b(accus\\w*|alleg\\w*|fraud\\w*|charged|charges|sued|lawsuit|lied|lies|corrupt\\w*|illegal\\w*|"
          + "violat\\w*|investigat\\w*|probe|guilty|convicted|brib\\w*|indicted|arrested|scandal|misled|fake|false|"
          + "hoax|rigged|stole|stolen|defam\\w*|blackmail\\w*|kickbacks?|cover(ed)? (it )?up|insider trading)\\b");
  private static final Pattern RECORD = Pattern.compile(
      "(?i)\\b(record|highest|lowest|largest|biggest|smallest|worst|best|first time|the first|only|never|"
          + "most|least|since \\d{4}|\\d+-year (high|low)s?)\\b");
  private static final Pattern OPINION = Pattern.compile(
      "(?i)\\b(should|must|ought to|I think|we think|I believe|we believe|in my view|essential|need to|needs to|"
          + "it is time|important|hope|hopeful|regret|reasonable|realistic|no idea|could be|would be possible|"
          + "good faith|solidarity|happy|disappointed|angry|proud|love|great|amazing|wonderful|fantastic|"
          + "rock star|awesome|suggest|strategy|better days|optimistic|pessimistic|concerned|feel|felt)\\b");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");
  private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "I've", "I'll", "I'd");

  static SentenceFeatures of(Sentence s, boolean insideQuote) {
    boolean number = false;
    boolean named = false;
    boolean past = false;
    boolean quote = insideQuote;
    boolean comparative = false;
    boolean first = true;
    for (Token t : s.tokens()) {
      String pos = t.pos();
      String word = t.text();
      if (pos.equals("CD") && !word.matches("(18|19|20)\\d\\d")) {
        number = true;
      }
      if (!first && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)
          && !QUOTES.contains(word)) {
        named = true;
      }
      if (!QUOTES.contains(word) && !word.equals("(") && !word.equals("-LRB-")) {
        first = false;
      }
      past |= pos.equals("VBD") || pos.equals("VBN");
      quote |= QUOTES.contains(word);
      comparative |= pos.equals("JJR") || pos.equals("RBR");
    }
    String text = s.text();
    boolean quantity = QUANTITY.matcher(text).find() && !onlyYears(text);
    boolean future = FUTURE.matcher(text).find() || reportedFuture(text);
    return new SentenceFeatures(number, quantity, !s.times().isEmpty(), named, past, CAUSAL.matcher(text).find(),
        future, POLICY.matcher(text).find(), ROLE_CHANGE.matcher(text).find() && OFFICE.matcher(text).find(), ACCUSATION.matcher(text).find(),
        RECORD.matcher(text).find(), quote, comparative, OPINION.matcher(text).find(), text.strip().endsWith("?"),
        s.tokens().size());
  }

  private static boolean reportedFuture(String text) {
    Matcher reporting = REPORTING.matcher(text);
    if (!reporting.find()) {
      return false;
    }
    Matcher would = WOULD.matcher(text);
    return would.find(reporting.end());
  }

  /** The cues of a piece of text alone (no tokens): for the quoted words of a sentence. */
  static SentenceFeatures ofText(String text) {
    return new SentenceFeatures(false, QUANTITY.matcher(text).find(), false, false, false, CAUSAL.matcher(text).find(),
        FUTURE.matcher(text).find(), POLICY.matcher(text).find(), false, ACCUSATION.matcher(text).find(),
        RECORD.matcher(text).find(), true, false, OPINION.matcher(text).find(), false, 0);
  }

  /** "from 2004 through 2006": a year after "from" is a date, not a figure. */
  private static boolean onlyYears(String text) {
    String withoutYears = YEAR_ONLY.matcher(text).replaceAll(" ");
    return !QUANTITY.matcher(withoutYears).find();
  }
}
