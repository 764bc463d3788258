// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cues that make a news sentence worth checking, beyond its words: a quantity with its unit,
 * a titled person or a named institution, an attribution to someone named, an accusation, a
 * causal link, a comparison or record, a dated event, a policy, and the marks of colour (first
 * person feelings, praise). Each cue is emitted once per sentence. Part of the model contract of
 * every model whose spec says {@code news}: add cues under new names, never change old ones.
 */
final class NewsCues {
  private static final Set<String> UNITS = Set.of(
      "percent", "%", "million", "billion", "trillion", "thousand", "hundred", "dollars", "euros", "pounds",
      "yen", "people", "jobs", "workers", "tonnes", "tons", "barrels", "shares", "points", "votes", "years",
      "months", "days", "cases", "deaths", "troops", "miles", "kilometres", "kilometers", "acres", "cents");
  private static final Set<String> CHANGE = Set.of(
      "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "increased", "decreased", "grew",
      "dropped", "jumped", "climbed", "slipped", "declined", "gained", "lost", "doubled", "tripled", "halved",
      "cut", "cuts", "slumped", "soared", "surged", "plunged", "tumbled", "eased", "edged");
  private static final Set<String> TITLES = Set.of(
      "president", "minister", "secretary", "chairman", "chairwoman", "chair", "ceo", "chief", "spokesman",
      "spokeswoman", "spokesperson", "senator", "sen", "rep", "governor", "gov", "director", "executive",
      "mayor", "judge", "prosecutor", "general", "gen", "king", "queen", "prince", "ambassador", "commissioner",
      "analyst", "economist", "professor", "dr", "leader", "head", "officer", "founder", "premier", "chancellor");
  private static final Set<String> INSTITUTIONS = Set.of(
      "inc", "corp", "co", "ltd", "plc", "ag", "sa", "group", "bank", "ministry", "department", "commission",
      "agency", "court", "party", "association", "university", "council", "committee", "congress", "senate",
      "parliament", "government", "administration", "authority", "board", "reserve", "fund", "union",
      "organization", "organisation", "institute", "police", "army", "exchange");
  private static final Set<String> ATTRIBUTION = Set.of(
      "said", "says", "told", "announced", "reported", "stated", "claimed", "estimated", "confirmed",
      "denied", "disclosed", "according", "wrote", "testified", "insisted", "acknowledged", "admitted");
  private static final Set<String> ACCUSATION = Set.of(
      "accused", "accuses", "alleged", "allegedly", "allegations", "fraud", "charged", "charges", "sued",
      "lawsuit", "lied", "lies", "corruption", "illegal", "illegally", "violated", "violation", "investigation",
      "probe", "guilty", "convicted", "bribe", "bribes", "bribery", "indicted", "arrested", "scandal",
      "misled", "fake", "false", "hoax", "rigged", "stole", "stolen", "killed", "murder");
  private static final Set<String> CAUSAL = Set.of(
      "because", "caused", "causes", "cause", "blamed", "blames", "triggered", "sparked", "fuelled", "fueled",
      "resulted", "result", "led", "due", "thanks", "driven", "hurt", "boosted", "helped", "prevented");
  private static final Set<String> RECORD = Set.of(
      "record", "highest", "lowest", "largest", "biggest", "smallest", "first", "only", "most", "least",
      "worst", "best", "fastest", "slowest", "never", "ever");
  private static final Set<String> DATES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "yesterday", "today", "quarter", "week", "month", "year");
  private static final Set<String> FORECAST = Set.of(
      "will", "expects", "expected", "expect", "forecast", "forecasts", "predicted", "predicts", "plans",
      "planned", "intends", "aims", "outlook", "projected", "likely");
  private static final Set<String> POLICY = Set.of(
      "law", "laws", "bill", "legislation", "regulation", "regulations", "regulators", "tax", "taxes",
      "tariff", "tariffs", "ban", "banned", "policy", "policies", "budget", "rule", "rules", "sanctions",
      "subsidies", "reform", "treaty", "deal", "agreement", "approved", "vetoed", "signed", "ruling", "ruled");
  private static final Set<String> COLOUR = Set.of(
      "love", "loved", "amazing", "wonderful", "great", "fantastic", "beautiful", "awesome", "incredible",
      "terrible", "horrible", "excited", "happy", "sad", "proud", "hope", "hoping", "feel", "felt", "fun",
      "star", "nice", "cool", "glad", "thrilled", "thank", "thanks", "congratulations", "wow", "lovely");
  private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "me", "my", "we", "we're", "our", "us");

  private NewsCues() {}

  /** The cues of one sentence, given its tokens as written and their lower-cased word forms. */
  static List<String> of(List<String> original, List<String> words) {
    List<String> cues = new ArrayList<>();
    boolean quantity = false;
    boolean change = false;
    boolean titled = false;
    boolean institution = false;
    boolean attribution = false;
    boolean namedAttribution = false;
    boolean accusation = false;
    boolean causal = false;
    boolean comparison = false;
    boolean record = false;
    boolean date = false;
    boolean forecast = false;
    boolean policy = false;
    int colour = 0;
    int firstPerson = 0;
    boolean acronym = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String o = original.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      String previous = i > 0 ? words.get(i - 1) : "";
      boolean number = w.startsWith("#") && !w.equals("#year");
      if (number && (UNITS.contains(next) || previous.equals("$"))) {
        quantity = true;
      }
      change |= CHANGE.contains(w);
      if (TITLES.contains(w) && i + 1 < original.size() && Character.isUpperCase(original.get(i + 1).charAt(0))) {
        titled = true;
      }
      if (INSTITUTIONS.contains(w) && Character.isUpperCase(o.charAt(0)) && i > 0
          && Character.isUpperCase(original.get(i - 1).charAt(0))) {
        institution = true;
      }
      if (o.length() >= 2 && o.length() <= 6 && o.chars().allMatch(Character::isUpperCase) && !o.equals("I")) {
        acronym = true;
      }
      if (ATTRIBUTION.contains(w) && !(w.equals("according") && !next.equals("to"))) {
        attribution = true;
        if (i > 0 && Character.isUpperCase(original.get(i - 1).charAt(0)) && !FIRST_PERSON.contains(previous)
            && !previous.equals("he") && !previous.equals("she") && !previous.equals("it") && !previous.equals("they")) {
          namedAttribution = true;
        }
        if (w.equals("according") && i + 2 < original.size() && Character.isUpperCase(original.get(i + 2).charAt(0))) {
          namedAttribution = true;
        }
      }
      accusation |= ACCUSATION.contains(w);
      causal |= CAUSAL.contains(w) && !(w.equals("led") && !next.equals("to")) && !(w.equals("due") && !next.equals("to"));
      if (next.equals("than") && (w.endsWith("er") || w.equals("more") || w.equals("less") || w.equals("fewer"))) {
        comparison = true;
      }
      if ((w.equals("compared") && next.equals("with")) || ((w.equals("up") || w.equals("down")) && next.equals("from"))) {
        comparison = true;
      }
      record |= RECORD.contains(w);
      date |= DATES.contains(w) || w.equals("#year");
      forecast |= FORECAST.contains(w);
      policy |= POLICY.contains(w);
      colour += COLOUR.contains(w) ? 1 : 0;
      firstPerson += FIRST_PERSON.contains(w) ? 1 : 0;
    }
    add(cues, quantity, "quantity");
    add(cues, change, "change");
    add(cues, quantity && change, "quantity-change");
    add(cues, titled, "titled-person");
    add(cues, institution, "institution");
    add(cues, acronym, "acronym");
    add(cues, attribution, "attribution");
    add(cues, namedAttribution, "named-attribution");
    add(cues, accusation, "accusation");
    add(cues, accusation && (titled || institution || namedAttribution), "named-accusation");
    add(cues, causal, "causal");
    add(cues, comparison, "comparison");
    add(cues, record, "record");
    add(cues, date, "date");
    add(cues, forecast, "forecast");
    add(cues, policy, "policy");
    add(cues, colour > 0, "colour");
    add(cues, colour > 0 && !quantity && !titled && !institution, "colour-only");
    add(cues, firstPerson > 0, "first-person");
    add(cues, firstPerson > 1 && !quantity, "first-person-only");
    return cues;
  }

  private static void add(List<String> cues, boolean on, String cue) {
    if (on) {
      cues.add(cue);
    }
  }
}
