// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/**
 * Unnamed groups read from the part-of-speech tags instead of a closed phrase list: any plural
 * noun for people ("advertisers", "health care workers", "some advertisers") or a bare quantifier
 * ("many", "some", "others") as the subject of a verb of saying or thinking, with auxiliaries,
 * negation and adverbs between ("analysts don't think", "researchers have even speculated").
 * The regex rules of {@link UnnamedAuthorityDetector} list the usual phrasings; this one catches
 * the open rest. A noun is taken for people when the lexicon knows it, or when its ending says so
 * (-ers, -ists, -ians, -ants, -ents, -ors) and the verb is one only people do (claim, argue, fear);
 * verbs that documents and numbers also do (suggest, estimate, report) need a lexicon noun.
 */
final class OpenGroups {
  /** Verbs only people do: a guessed people-noun is enough. Keyed by word form, valued by the particle it needs. */
  private static final Set<String> HUMAN_VERBS = forms("say", "says", "said", "claim", "claims", "claimed", "argue", "argues",
      "argued", "believe", "believes", "believed", "think", "thinks", "fear", "fears", "feared", "worry", "worries",
      "worried", "insist", "insists", "insisted", "contend", "contends", "contended", "agree", "agrees", "agreed",
      "disagree", "disagrees", "disagreed", "doubt", "doubts", "doubted", "complain", "complains", "complained", "allege",
      "alleges", "alleged", "accuse", "accuses", "accused", "speculate", "speculates", "speculated", "theorize",
      "theorizes", "theorized", "theorise", "theorises", "theorised", "challenge", "challenges", "challenged", "dispute",
      "disputes", "disputed", "warn", "warns", "warned", "urge", "urges", "urged", "praise", "praises", "praised",
      "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "caution", "cautions", "cautioned",
      "concede", "concedes", "conceded", "acknowledge", "acknowledges", "acknowledged", "assert", "asserts", "asserted",
      "reckon", "reckons", "reckoned", "admit", "admits", "admitted", "lament", "laments", "lamented", "question",
      "questioned", "wonder", "wonders", "wondered", "told", "warning", "arguing", "claiming", "saying", "predicting",
      "speculating", "complaining", "insisting", "questioning", "wondering", "fearing", "worrying", "urging", "suspect",
      "suspects", "suspected");
  /** Verbs that figures and documents do as well ("numbers suggest"): only with a lexicon noun. */
  private static final Set<String> LEXICON_VERBS = forms("suggest", "suggests", "suggested", "estimate", "estimates",
      "estimated", "note", "notes", "noted", "predict", "predicts", "predicted", "expect", "expects", "expected",
      "forecast", "forecasts", "recommend", "recommends", "recommended", "describe", "describes", "described", "report",
      "reports", "reported", "point", "points", "pointed", "call", "calls", "called", "offer", "offers", "offered",
      "provide", "provides", "provided", "give", "gives", "gave", "voice", "voices", "voiced", "raise", "raises", "raised",
      "express", "expresses", "expressed", "expecting", "estimating", "forecasting");
  /**
   * What research found, said of researchers and scholars only: "researchers have observed", "scholars have identified".
   * Past forms only: "researchers identify DNA variations" describes what a field does, not a finding it reports.
   */
  private static final Set<String> FINDING_VERBS = forms("found", "identified", "observed", "documented", "recognized",
      "recognised", "spotted", "discovered", "concluded", "demonstrated", "shown", "held");
  /** Whose findings are the field's: researchers and scholars. */
  private static final Set<String> SCHOLARS = forms("researchers", "scientists", "scholars", "experts", "economists",
      "historians", "academics", "biologists", "physicists", "psychologists", "epidemiologists", "neuroscientists", "ecologists",
      "geologists", "astronomers", "sociologists", "anthropologists", "archaeologists", "linguists", "mathematicians");
  /** "call for", "point out": the verb counts only with its particle. */
  private static final Set<String> NEEDS_PARTICLE = Set.of("point", "points", "pointed", "call", "calls", "called");
  /** "offered a few theories": giving an opinion, counted only with an opinion noun after it. */
  private static final Set<String> GIVING = Set.of("offer", "offers", "offered", "provide", "provides", "provided", "give",
      "gives", "gave", "voice", "voices", "voiced", "raise", "raises", "raised", "express", "expresses", "expressed");
  private static final Set<String> OPINIONS = Set.of("theories", "theory", "explanations", "explanation", "views", "opinions",
      "doubts", "concerns", "criticism", "warnings", "predictions", "reasons", "fears", "skepticism", "scepticism",
      "objections", "caution", "alarm", "suspicions", "speculation");
  private static final Set<String> PEOPLE = forms("experts", "analysts", "critics", "observers", "officials", "historians",
      "policymakers", "scholars", "scientists", "researchers", "commentators", "pundits", "insiders", "economists",
      "diplomats", "strategists", "specialists", "watchers", "skeptics", "sceptics", "academics", "people", "lawmakers",
      "legislators", "advocates", "activists", "opponents", "supporters", "proponents", "detractors", "doctors",
      "investors", "traders", "bankers", "consultants", "forecasters", "advisers", "advisors", "authorities", "elites",
      "residents", "neighbors", "neighbours", "witnesses", "relatives", "parents", "teachers", "students", "voters",
      "consumers", "customers", "users", "fans", "locals", "villagers", "protesters", "protestors", "campaigners",
      "environmentalists", "conservationists", "epidemiologists", "physicians", "clinicians", "nurses", "lawyers",
      "attorneys", "professionals", "veterans", "insurers", "lenders", "advertisers", "marketers", "developers",
      "engineers", "workers", "employees", "shoppers", "readers", "viewers", "listeners", "commuters", "drivers", "farmers",
      "businesses", "owners", "landlords", "tenants", "immigrants", "migrants", "refugees", "officers", "agents",
      "columnists", "bloggers", "reporters", "journalists", "psychologists", "psychiatrists", "sociologists", "biologists",
      "climatologists", "meteorologists", "geologists", "physicists", "astronomers", "nutritionists", "dietitians",
      "therapists", "theorists", "ethicists", "demographers", "pollsters", "regulators", "politicians", "conservatives",
      "liberals", "progressives", "republicans", "democrats", "feminists", "moderates", "hardliners", "purists", "rivals",
      "competitors", "executives", "managers", "entrepreneurs", "founders", "insiders", "outsiders", "believers", "many",
      "some", "others", "folks", "men", "women", "adults", "americans", "europeans", "britons", "bosses", "chiefs", "attendees",
      "participants");
  /** Plural people-nouns that point at a body the story is about ("police said", "organisers said", "members said"). */
  private static final Set<String> INSTITUTIONAL = forms("police", "prosecutors", "investigators", "detectives", "officers",
      "firefighters", "troopers", "deputies", "rescuers", "paramedics", "organizers", "organisers", "spokespeople",
      "representatives", "members", "leaders", "staff", "judges", "jurors", "directors", "officials", "authorities",
      "negotiators", "ministers", "senators", "defendants", "plaintiffs", "owners", "agents", "officers", "authors",
      "editors", "producers", "researchers");
  /** Words with a people-like ending that are things. */
  private static final Set<String> NOT_PEOPLE = forms("numbers", "papers", "orders", "letters", "matters", "centers",
      "centres", "waters", "powers", "towers", "borders", "layers", "offers", "answers", "chapters", "headquarters",
      "filters", "markers", "computers", "containers", "others", "covers", "corners", "shelters", "barriers", "disorders",
      "registers", "clusters", "fibers", "fibres", "parameters", "meters", "metres", "liters", "litres", "burgers",
      "headers", "folders", "trailers", "servers", "browsers", "printers", "chambers", "rivers", "flowers", "dinners",
      "factors", "sectors", "errors", "doors", "floors", "colors", "colours", "indicators", "sensors", "mirrors", "motors",
      "reactors", "vectors", "processors", "monitors", "tumors", "tumours", "rumors", "rumours", "elevators", "corridors",
      "plants", "restaurants", "grants", "variants", "pollutants", "implants", "giants", "events", "talents", "patents",
      "parents", "accidents", "percents", "cents", "contents", "assets", "systems", "filters", "figures", "members",
      "numbers", "quarters", "summers", "winters", "headquarters", "waivers", "remainders", "markets", "letters",
      "reports", "studies", "surveys", "polls", "results", "data", "models", "tests", "documents", "records", "papers",
      "charts", "graphs", "signs", "signals", "trends", "indexes", "indices", "rates", "prices", "sales", "shares");
  private static final Pattern PEOPLE_ENDING = Pattern.compile("[a-z]{3,}(?:ers|ists|ians|ants|ents|ors|eurs)");
  /** Words between a subject and its verb: auxiliaries, negation, modals, adverbs tagged or listed. */
  private static final Set<String> BETWEEN = Set.of("have", "has", "had", "do", "does", "did", "n't", "not", "never",
      "also", "even", "still", "now", "often", "long", "already", "generally", "widely", "privately", "publicly",
      "openly", "increasingly", "repeatedly", "always", "too", "all", "both", "mostly", "largely", "broadly", "don",
      "doesn", "didn", "'t", "’t", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t", "will", "would", "are",
      "were", "is", "was", "been", "being");
  /** Words before the group that make it something other than an unnamed subject. */
  private static final Set<String> NOT_A_SUBJECT = Set.of("when", "if", "how", "why", "whether", "unless", "until",
      "where", "which", "who", "whom", "whose", "than", "made", "make", "makes", "let", "lets", "making", "helped", "help",
      "helps", "letting", "having", "get", "gets", "got", "asked", "ask", "asks", "the", "these", "those", "both", "his",
      "her", "their", "its", "our", "my", "your", "such", "this", "that's", "any", "every", "no", "a", "an", "most",
      "all", "fellow", "whatever", "whichever");
  /** Clause openers and joiners after which a noun starts a new subject. */
  private static final Set<String> OPENERS = Set.of("that", "while", "although", "though", "because", "since", "as", "whereas",
      "and", "but", "or", "yet", "so", "now", "still", "meanwhile", "however", "instead", "indeed", "also", "even",
      "some", "many", "several", "numerous", "various", "other", "certain", "few", "plenty", "dozens", "hundreds",
      "thousands", "scores", "number", "lot", "lots", "host", "chorus", "growing", "more", "unnamed", "anonymous",
      "said", "says", "say", "argued", "noted", "added", "warned", "believe", "believes", "think", "thinks", "fear",
      "fears", "claim", "claims", "today", "yesterday", "overall", "elsewhere", "here", "there", "then", "already");
  private static final Set<String> QUANTITY_OF = Set.of("number", "plenty", "lot", "lots", "host", "chorus", "dozens",
      "hundreds", "thousands", "scores", "millions", "some", "many", "several", "groups", "teams", "a", "growing",
      "handful", "couple", "bunch", "range", "variety", "array", "band", "wave");
  private static final Pattern COUNT_OF = Pattern.compile(
      "(?i)(?:\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent)?|majority|most|half|one-third|a\\s+third|two-thirds|three-quarters|a\\s+quarter"
          + "|share|proportion|percentage|minority|all|none|few|each|one|two|three|four|five|six|seven|eight|nine|ten|both"
          + "|either|neither|any)\\s+of\\s+(?:the\\s+|all\\s+|those\\s+)?$");
  /** Quantifiers and pointers the tagger may call adjectives: they end the modifiers, and the word before decides. */
  private static final Set<String> DETERMINERS = Set.of("most", "some", "many", "several", "few", "numerous", "various",
      "other", "certain", "all", "both", "each", "every", "any", "no", "more", "fewer", "less", "fellow", "such", "same");
  /** What a group can or may do is no claim it makes ("liberals can acknowledge"). */
  private static final Set<String> CAN = Set.of("can", "could", "may", "might", "should", "must", "ca");
  /** A feeling about something ("parents worried about the climate") is no claim. */
  private static final Set<String> FEELINGS = Set.of("worry", "worries", "worried", "worrying", "fear", "fears", "feared",
      "fearing");
  /** "this week", "on Monday": a time between the group and its verb. */
  private static final Set<String> WHEN = Set.of("week", "month", "year", "weekend", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "summer", "spring", "autumn", "winter");
  private static final Pattern COMMON_NOUN = Pattern.compile(
      "(?-i:\\p{Lu})\\p{Ll}+(?:ion|ity|ing|ment|ics|ogy|ance|ence|ure|ism|ness|care|ety|ergy|ate|try|cal|ary)");
  /** People at large: they say and believe, but "many people report" an experience, not a finding. */
  private static final Set<String> ANYONE = Set.of("people", "men", "women", "adults", "folks", "americans", "europeans",
      "britons", "users", "customers", "consumers", "fans", "readers", "viewers", "listeners", "shoppers", "commuters",
      "drivers");
  private static final Pattern DEMONYM = Pattern.compile(UnnamedAuthorityDetector.DEMONYM_REGEX);
  /** Quantifiers that make a body's people an unnamed share of them: "some senators worry", "many officers believe". */
  private static final Set<String> SHARE = Set.of("some", "many", "several", "most", "few", "numerous", "various", "other");
  /** Fields and trades that open a sentence capitalised but name no body: "Health bosses said". */
  private static final Set<String> FIELDS = Set.of("Health", "Industry", "Market", "Security", "Energy",
      "Finance", "Education", "Transport", "Trade", "Oil", "Farm", "Food", "Tech", "Climate", "Aviation", "Legal", "Medical",
      "Banking", "Tax", "Housing", "Labor", "Labour", "Police");

  private OpenGroups() {}

  /** A verb only people do: "claim", "argue", "said". */
  static boolean humanVerb(String word) {
    return HUMAN_VERBS.contains(word);
  }

  /** A plural noun for people, known or (with a verb only people do) guessed from its ending. */
  static boolean peopleNoun(String word, boolean humanVerb) {
    return PEOPLE.contains(word) && !Set.of("many", "some", "others").contains(word)
        || humanVerb && PEOPLE_ENDING.matcher(word).matches() && !NOT_PEOPLE.contains(word) && !word.endsWith("ments");
  }

  /** Plural people who point at a body the story is about: "police", "organisers", "members". */
  static boolean institutional(String word) {
    return INSTITUTIONAL.contains(word);
  }

  /** Cheap gate: whether the sentence holds any verb this rule reads. */
  static boolean mayHold(Set<String> words) {
    for (String w : words) {
      if (HUMAN_VERBS.contains(w) || LEXICON_VERBS.contains(w) || FINDING_VERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group and its verb for each unnamed group the sentence holds: offsets into the sentence's text, and 1 when the
   * verb is one of research's findings ("researchers have observed"), else 0.
   */
  static List<int[]> find(Sentence s) {
    List<int[]> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      Token verb = toks.get(i);
      String v = verb.text().toLowerCase(Locale.ROOT);
      boolean human = HUMAN_VERBS.contains(v);
      boolean finding = !human && !LEXICON_VERBS.contains(v) && FINDING_VERBS.contains(v);
      if (!human && !LEXICON_VERBS.contains(v) && !finding) {
        continue;
      }
      if (!verb.pos().startsWith("VB")) {
        continue;
      }
      if (FEELINGS.contains(v) && i + 1 < toks.size() && Set.of("about", "by", "over", "for").contains(lower(toks.get(i + 1)))) {
        continue;
      }
      int end = i;
      if (NEEDS_PARTICLE.contains(v)) {
        String next = i + 1 < toks.size() ? toks.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
        if (!(v.startsWith("point") && next.equals("out") || v.startsWith("call") && next.equals("for"))) {
          continue;
        }
        end = i + 1;
      } else if (GIVING.contains(v) && !opinionFollows(toks, i)) {
        continue;
      }
      // "Regulators are expected to": a passive, nobody's opinion.
      if (!v.endsWith("ing") && Set.of("are", "were", "is", "was", "be", "been", "being").contains(lower(toks.get(i - 1)))) {
        continue;
      }
      if (v.endsWith("ing") && !(i > 0 && Set.of("are", "were", "is", "was", "been").contains(lower(toks.get(i - 1))))) {
        continue;
      }
      int j = i - 1;
      int between = 0;
      while (j >= 0 && between < 4) {
        if (j > 0 && WHEN.contains(lower(toks.get(j))) && Set.of("this", "last", "on", "earlier", "late", "early")
            .contains(lower(toks.get(j - 1)))) {
          j -= 2;
          between++;
          continue;
        }
        if (!(BETWEEN.contains(lower(toks.get(j))) || toks.get(j).pos().equals("MD") && !CAN.contains(lower(toks.get(j)))
          || Set.of("yesterday", "today", "recently", "earlier", "previously", "once").contains(lower(toks.get(j)))
          || toks.get(j).pos().startsWith("RB") && toks.get(j).text().matches("\\p{Ll}+"))) {
          break;
        }
        j--;
        between++;
      }
      if (j < 0) {
        continue;
      }
      Token head = toks.get(j);
      String h = lower(head);
      // "researchers held a meeting" is no view: "held" counts only before "that".
      if (finding && (!SCHOLARS.contains(h) || v.equals("held") && !(i + 1 < toks.size() && lower(toks.get(i + 1)).equals("that")))) {
        continue;
      }
      boolean quantifier = Set.of("many", "some", "others").contains(h);
      boolean lexicon = (PEOPLE.contains(h) || finding && SCHOLARS.contains(h)) && !quantifier;
      boolean guessed = !lexicon && !quantifier && PEOPLE_ENDING.matcher(h).matches() && !NOT_PEOPLE.contains(h)
          && !h.endsWith("ments") && head.pos().equals("NNS");
      if (!(quantifier || lexicon && (head.pos().startsWith("NNS") || head.pos().equals("NN") && h.equals("people"))
          || guessed && human) || INSTITUTIONAL.contains(h) && !finding && !(j > 0 && SHARE.contains(lower(toks.get(j - 1)))) || ANYONE.contains(h) && !human || !head.text().equals(h) && j > firstWord(toks)) {
        continue;
      }
      if (quantifier && (h.equals("some") || h.equals("many")) && j + 1 < toks.size() && toks.get(j + 1).pos().startsWith("NN")) {
        continue;
      }
      // Modifiers to the left: adjectives and nouns, none of them a name or a named body's.
      int k = j - 1;
      boolean named = false;
      int mods = 0;
      while (!quantifier && k >= 0 && mods < 3 && modifier(toks.get(k)) && !DETERMINERS.contains(lower(toks.get(k)))) {
        Token m = toks.get(k);
        String ml = lower(m);
        if (m.pos().equals("POS") || UnnamedAuthorityDetector.ORGANISATION_NOUNS.contains(ml)
            || capitalisedName(m, k, toks)) {
          named = true;
          break;
        }
        k--;
        mods++;
      }
      if (named) {
        continue;
      }
      int start = k + 1;
      if (k >= 0) {
        String b = lower(toks.get(k));
        Token bt = toks.get(k);
        if (b.equals("of")) {
          String before = s.text().substring(0, bt.span().start() - s.span().start());
          String prev = k > 0 ? lower(toks.get(k - 1)) : "";
          if (COUNT_OF.matcher(before + "of ").find() || !QUANTITY_OF.contains(prev)) {
            continue;
          }
          start = k - 1;
          if (k >= 2 && Set.of("a", "an").contains(lower(toks.get(k - 2)))) {
            start = k - 2;
          } else if (k >= 3 && lower(toks.get(k - 2)).equals("growing") && lower(toks.get(k - 3)).equals("a")) {
            start = k - 3;
          }
        } else if (b.equals("few") && k > 0 && lower(toks.get(k - 1)).equals("a")) {
          start = k - 1;
        } else if (Set.of("some", "many", "several", "numerous", "various", "other", "certain", "unnamed", "anonymous", "most")
            .contains(b)) {
          // "Most people would think" is the reader's common sense, not a source.
          if (b.equals("most") && ANYONE.contains(h)) {
            continue;
          }
          start = k;
          if (k > 0 && NOT_A_SUBJECT.contains(lower(toks.get(k - 1)))) {
            continue;
          }
        } else if (NOT_A_SUBJECT.contains(b) || b.matches("\\d[\\d.,]*") || bt.pos().equals("CD") || bt.pos().equals("POS")
            || b.endsWith("'s") || b.endsWith("’s")) {
          continue;
        } else if (Set.of("and", "or").contains(b) && k > 0 && (toks.get(k - 1).pos().startsWith("PRP")
            || toks.get(k - 1).isProperNoun())) {
          continue;
        } else if (!OPENERS.contains(b) && (bt.pos().startsWith("VB") || bt.pos().equals("IN") || bt.pos().equals("TO")
            || bt.pos().startsWith("NN") || bt.pos().startsWith("JJ") || bt.pos().startsWith("PRP") || bt.pos().equals("DT")
            || bt.pos().equals("WDT") || bt.pos().equals("WRB") || bt.pos().equals("WP"))) {
          continue;
        }
      }
      if (start > 0 && asMuchAs(toks, start)) {
        continue;
      }
      out.add(new int[] {toks.get(start).span().start() - s.span().start(), toks.get(end).span().end() - s.span().start(),
          finding ? 1 : 0});
    }
    return out;
  }

  private static boolean opinionFollows(List<Token> toks, int i) {
    for (int n = i + 1; n < toks.size() && n <= i + 4; n++) {
      if (OPINIONS.contains(lower(toks.get(n)))) {
        return true;
      }
    }
    return false;
  }

  /** "as bold as later critics think": a comparison. */
  private static boolean asMuchAs(List<Token> toks, int start) {
    if (!lower(toks.get(start - 1)).equals("as")) {
      return false;
    }
    for (int n = start - 2; n >= 0 && n >= start - 5; n--) {
      if (lower(toks.get(n)).equals("as")) {
        return true;
      }
    }
    return false;
  }

  private static boolean modifier(Token t) {
    String p = t.pos();
    return (p.startsWith("JJ") || p.equals("NN") || p.equals("NNP") || p.equals("NNPS") || p.equals("VBN") || p.equals("HYPH")
        || p.equals("POS")) && !t.text().equals(",");
  }

  /** A capitalised modifier names a body ("UBS analysts"), unless it starts the sentence or is a nationality. */
  private static boolean capitalisedName(Token m, int k, List<Token> toks) {
    if (!Character.isUpperCase(m.text().charAt(0)) || DEMONYM.matcher(m.text()).matches()
        || UnnamedAuthorityDetector.NOT_NAMES.contains(m.text()) || k == firstWord(toks) && FIELDS.contains(m.text())) {
      return false;
    }
    return !(k == firstWord(toks) && m.text().matches("(?-i:\\p{Lu})\\p{Ll}+") && (!m.isProperNoun() || commonNoun(m.text())));
  }

  /**
   * The tagger calls most capitalised words at the start of a sentence names; these endings make
   * a field or trade rather than a body ("Aviation experts", "Security analysts").
   */
  static boolean commonNoun(String word) {
    return COMMON_NOUN.matcher(word).matches();
  }

  /** The first word of the sentence, past a live blog's time stamp or a list number ("00.30 Aviation experts"). */
  static int firstWord(List<Token> toks) {
    int n = 0;
    while (n < toks.size() - 1 && (toks.get(n).pos().equals("CD") || !Character.isLetterOrDigit(toks.get(n).text().charAt(0))
        || toks.get(n).text().matches("[\\d.:]+"))) {
      n++;
    }
    return n;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static Set<String> forms(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
