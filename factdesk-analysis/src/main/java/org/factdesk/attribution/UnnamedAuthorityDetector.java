// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Span;
import org.factdesk.nlp.DependencyParser;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/**
 * Unnamed authority, in two kinds, each quoting the words that triggered it
 * (docs/attribution-guidelines.md says where the lines are drawn):
 * <ul>
 *   <li>{@code attribution.vague} (warning): collective or unidentifiable authority, "experts warn",
 *       "critics argue", "it is widely believed", "reportedly", "is believed to";
 *   <li>{@code attribution.anonymous} (info): an individual source withheld, "a person familiar with
 *       the matter", "one senior MP told me", "a source close to the talks", "who asked not to be
 *       named". Legitimate journalism: a note for the editor (is the anonymity justified?).
 * </ul>
 * Not unnamed: a named person or organisation and its officials ("sheriff's officials said",
 * "the Institute for Fiscal Studies says"), words inside a direct quotation (the speaker's own),
 * experts counted by a named poll or survey ("97 % of climate scientists agree, according to NASA").
 *
 * <p>Capitals are written {@code (?-i:\p{Lu})}: under {@code (?i)} Java's {@code \p{Lu}} matches any
 * letter, so "followed by a name" would also fire on a lower-case word ("critics of ignoring").
 */
public final class UnnamedAuthorityDetector implements Detector {
  private static final String QUANT = "(?:(?:many|some|several|most|numerous|various|other|certain|leading|top|prominent"
      + "|independent|a\\s+number\\s+of|(?:one|a|another)\\s+(?:group|team)\\s+of|(?:groups|teams)\\s+of|a\\s+lot\\s+of|a\\s+host\\s+of|a\\s+chorus\\s+of|a\\s+growing\\s+number\\s+of|even|unnamed|anonymous)\\s+)?";
  /** Officials of a country or bloc as a whole are unnamed: "U.S. officials", "Chinese officials". */
  static final String DEMONYM_REGEX = "(?-i:(?:U\\.S\\.|US|U\\.K\\.|UK|EU|UN|Western|Eastern|Arab|Gulf|Euro|euro\\s+zone|Asian|African"
      + "|American|European|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss"
      + "|Austrian|Greek|Cypriot|Polish|Czech|Hungarian|Romanian|Russian|Ukrainian|Turkish|Israeli|Palestinian|Iranian|Iraqi"
      + "|Syrian|Saudi|Egyptian|Libyan|Indian|Pakistani|Afghan|Chinese|Japanese|Korean|Taiwanese|Vietnamese|Thai|Indonesian"
      + "|Malaysian|Filipino|Australian|Canadian|Mexican|Brazilian|Argentine|Chilean|Venezuelan|Nigerian|Kenyan|South\\s+African"
      + "|Nordic|Scandinavian|Swedish|Norwegian|Danish|Finnish|Icelandic|Baltic|Serbian|Croatian|Slovak|Slovenian|Bulgarian"
      + "|Government|Administration|Republican|Democratic|Federal|State))";
  private static final String DEMONYM = DEMONYM_REGEX;
  private static final String MOD = "(?:(?:security|foreign[- ]policy|policy|political|military|legal|health|medical|economic"
      + "|financial|industry|intelligence|western|european|american|u\\.?s\\.?|independent|leading|top|prominent|senior"
      + "|government|administration|defen[cs]e|climate|tech|market|regional|international|former|current|conservative"
      + "|liberal|progressive|republican|democratic|wall\\s+street|mainstream|middle\\s+east(?:ern)?|mideast|[\\p{L}.]+-based|banking|trade|oil|energy|diplomatic|police|party"
      + "|high-ranking|high-level|mid-level|junior|local|state|federal|private|outside|independent|other|some|many|public"
      + "|" + DEMONYM + ")\\s+){0,3}";
  private static final String GROUP = "(?:experts|analysts|critics|observers|officials|historians|policymakers|policy\\s+makers"
      + "|scholars|scientists|researchers|commentators|pundits|insiders|economists|diplomats|strategists|specialists"
      + "|watchers|skeptics|sceptics|academics|people|many|some|others|lawmakers|legislators|advocates|activists|voices"
      + "|opponents|supporters|proponents|detractors|doctors|investors|traders|bankers|consultants|forecasters|advisers"
      + "|advisors|industry-watchers|market-watchers|authorities|followers|aides|attendees|participants|bosses|chiefs"
      + "|moderates|hardliners|progressives)";
  private static final String LIST = GROUP + "(?:\\s*,\\s*(?:and\\s+|or\\s+)?" + MOD + GROUP + ")*(?:\\s*,?\\s*(?:and|or)\\s+"
      + MOD + GROUP + ")?";
  private static final String VERB = "(?:(?:have|has|had|often|also|now|long|increasingly|repeatedly|widely|generally|privately|still"
      + "|continued\\s+to|continue\\s+to|continues\\s+to|further"
      + "|do|does|did|even|(?:do|does|did)(?:n['’]t|\\s+not)|already|previously|broadly|mostly|largely|seem\\s+to|seems\\s+to|seemed\\s+to|appear\\s+to|appears\\s+to"
      + "|(?:are|were)\\s+(?:(?:particularly|especially|very|increasingly|deeply|also|more|most|still|now|greatly|seriously"
      + "|growing|somewhat|equally)\\s+)?(?=concerned|worried|divided|split|skeptical|sceptical|wary|cautious|alarmed|troubled))\\s*){0,2}"
      + "(?:warn|warns|warned|say|says|said|told|tell|tells|argue|argues|argued|predict|predicts|predicted|believe|believes|believed"
      + "|claim|claims|claimed|suggest|suggests|suggested|fear|fears|feared|contend|contends|contended|note|notes|noted"
      + "|caution|cautions|cautioned|point\\s+out|points\\s+out|pointed\\s+out|estimate|estimated|think|thinks"
      + "|worry|worries|worried|insist|insists|insisted|maintain|maintains|maintained|assert|asserts|asserted|expect"
      + "|expects|expected|agree|agrees|agreed|speculate|speculates|speculated|concede|concedes|conceded|acknowledge"
      + "|acknowledges|acknowledged|consider|considers|considered|describe|describes|described|doubt|doubts|doubted"
      + "|question|questioned|reckon|reckons|reckoned|see|saw|view|viewed|blame|blamed|charge|charged|allege|alleged"
      + "|forecast|forecasts|expecting|predicting|warning|forecasting|arguing|fearing|concerned|worried|divided|split"
      + "|skeptical|sceptical|wary|cautious|alarmed|troubled|regard|regards|regarded|divulged|disclosed|revealed|confirmed"
      + "|protested|protest|protests|objected|complained|complain|complains|suspect|suspects|suspected"
      + "|remain\\s+(?:skeptical|sceptical|wary|unconvinced|doubtful)"
      + "|(?:have|had)\\s+(?:mixed|strong|serious|grave|deep)\\s+(?:feelings|views|doubts|concerns|reservations|misgivings)"
      // A view voiced, a demand made, a warning going on: "have continued to voice optimism", "are warning".
      + "|(?:express|expresses|expressed|voice|voices|voiced)\\s+(?:(?:some|cautious|growing|deep|serious|little)\\s+)?(?:optimism"
      + "|pessimism|concerns?|doubts?|skepticism|scepticism|hope|fears?|frustration|confidence|alarm)"
      + "|(?:demand|demands|demanded)(?=\\s+(?:a|an|the|that|more|answers|action|changes)\\b)|(?:hope|hopes|hoped)(?=\\s+that\\b)"
      + "|(?:are|were|have\\s+been|had\\s+been)\\s+(?:warning|urging|cautioning|predicting|arguing|saying))\\b";
  private static final String SPEECH = "(?:said|says|say|told|tells|warned|warns|added|explained|confirmed|acknowledged|admitted"
      + "|insisted|noted|described|predicted|claimed|argued|suggested|believes|thinks|estimated|wrote|revealed|disclosed"
      + "|cautioned|conceded|complained|recalled|put\\s+it|speculated)\\b";
  private static final String ROLE = "(?:official|source|insider|expert|analyst|diplomat|executive|banker|trader|economist"
      + "|lawyer|aide|adviser|advisor|MP|minister|lawmaker|legislator|senator|investor|(?:eye-?)?witness|resident|employee|staffer"
      + "|strategist|observer|person|manager|dealer|broker|organi[sz]er|regulator|negotiator|officer|politician|scientist"
      + "|researcher|doctor|worker|insider|member|colleague|friend|relative|neighbo(?:u)?r|activist|source|pilot|engineer"
      + "|programmer|developer|passenger|student|teacher|nurse|bystander|fisherman|farmer|soldier|commander|guard|contractor"
      + "|academic|lecturer|professor|tutor|physician|clinician|paramedic|firefighter|miner|trucker)";
  private static final String SOURCES = "(?:(?:a|an|one|two|three|four|several|some|other|multiple|many|unnamed|anonymous"
      + "|concerned|credible|relevant|local|new"
      + "|informed|reliable|trusted|knowledgeable|well-placed|confidential|industry|company|government|diplomatic|security"
      + "|intelligence|military|banking|trade|market|party|police|official|senior|western|" + DEMONYM + ")\\s+){0,3}sources?";
  private static final String FAMILIAR_CUE = "(?:(?:directly|closely|personally)\\s+)?(?:familiar\\s+with|close\\s+to|briefed\\s+on"
      + "|with\\s+(?:direct\\s+|first-?hand\\s+|detailed\\s+|knowledge\\s+|intimate\\s+)?knowledge\\s+of|involved\\s+in|privy\\s+to"
      + "|knowledgeable\\s+about|who\\s+(?:had\\s+been\\s+|was\\s+|were\\s+|have\\s+been\\s+)?briefed)";
  /** One more word before the role, "a show insider", "a palace source"; not a named body's ("a company official"). */
  private static final String FREE_MOD = "(?:(?!(?:company|firm|bank|ministry|department|agency|police|government|administration"
      + "|union|council|committee|board|group|campaign|embassy|office|fund|club|team|court)\\b)(?-i:[a-z][a-z-]+)\\s+)?";
  /** A clause between the source and its verb: "the source, who declined to be named, added". */
  private static final String APPOSITIVE = "(?:\\s*,\\s*(?:who|whose|speaking|familiar|close)\\b[^,;:\"“”]{1,100},)?";
  private static final String OBJECT = "(?:\\s+(?!(?:said|say|says|told|added|who|and|but)\\b)[^\\s,.;:!?\"“”()]+){0,5}";

  static final Set<String> ROLE_WORDS = Set.of("official", "source", "insider", "expert", "analyst", "diplomat", "executive", "banker", "trader", "economist", "lawyer", "aide", "adviser", "advisor", "mp", "minister", "lawmaker", "legislator", "senator", "investor", "witness", "eyewitness", "eye-witness", "resident", "employee", "staffer", "strategist", "observer", "person", "manager", "dealer", "broker", "organiser", "organizer", "regulator", "negotiator", "officer", "politician", "scientist", "researcher", "doctor", "worker", "member", "colleague", "friend", "relative", "neighbour", "neighbor", "activist", "pilot", "engineer", "programmer", "developer", "passenger", "student", "teacher", "nurse", "bystander", "fisherman", "farmer", "soldier", "commander", "guard", "contractor", "academic", "lecturer", "professor", "tutor", "physician", "clinician", "paramedic", "firefighter", "miner", "trucker");
  private static final Set<String> GROUP_WORDS = Set.of("experts", "analysts", "critics", "observers", "officials", "historians", "policymakers", "makers", "scholars", "scientists", "researchers", "commentators", "pundits", "insiders", "economists", "diplomats", "strategists", "specialists", "watchers", "skeptics", "sceptics", "academics", "people", "many", "some", "others", "lawmakers", "legislators", "advocates", "activists", "voices", "opponents", "supporters", "proponents", "detractors", "doctors", "investors", "traders", "bankers", "consultants", "forecasters", "advisers", "advisors", "industry-watchers", "market-watchers", "authorities", "followers", "aides", "attendees", "participants", "bosses", "chiefs", "moderates", "hardliners", "progressives");
  private static final Set<String> PARTICIPLES = Set.of("believed", "said", "thought", "claimed", "reported", "feared", "argued", "alleged", "suggested", "rumored", "rumoured", "understood", "felt", "assumed", "accepted", "agreed", "reputed");

  private static final List<Rule> RULES = List.of(
      // anonymous first: "sources said" must not be read as a vague group
      anonymous(Set.of("familiar", "close", "briefed", "knowledge", "involved", "privy", "knowledgeable"), "(?:(?:a|an|one|two|three|four|several|some|other|the|these|those|multiple|many)\\s+)?" + MOD
          + "(?:people|persons?|sources?|officials?|individuals?|insiders?|executives?|bankers?|diplomats?|lawyers?"
          + "|someone|aides?|advisers?|advisors?|figures?|employees?|members?|investors?|analysts?)\\s+" + FAMILIAR_CUE + OBJECT),
      anonymous(Set.of("source", "sources"), "\\b" + SOURCES + "(?:\\s+(?:close\\s+to|in|at|within|inside|on|from|with|among|attending|present\\s+at|working\\s+(?:at|on)"
          + "|who\\s+(?:was|were|is|are|attended|spoke|saw|had))\\s+[^,.;:\"“”]{1,50}?)?\\s+"
          + "(?:(?:have|has|had|also|later|previously|earlier|now|then)\\s+)?(?:said|say|says|told|tell|tells|confirmed|added|indicated"
          + "|suggested|reported|revealed|disclosed|claimed|insisted|warned|believe|believes|expect|expects|identified|estimate"
          + "|estimated|cautioned|noted|described)\\b"),
      anonymous(Set.of("source", "sources"), "\\b(?:said|told\\s+\\w+|according\\s+to|citing|cited|quoting|quoted|by)\\s+" + SOURCES + "\\b"),
      // "that people are" after "found" is no source: people take no "that", and a bare "are" only for a source.
      anonymous(Set.of("source", "sources", "person", "people", "insider", "insiders", "official", "officials"), "\\b(?:(?:the|this|these|that|those|another|a\\s+second|a\\s+third|one)\\s+(?:(?:first|second|third|fourth|same|other"
          + "|senior|two|three|new)\\s+)?(?:sources?|insiders?|officials?)|(?:the|this|these|those|another|a\\s+second|a\\s+third|one)\\s+(?:(?:first|second|third|fourth|same|other"
          + "|senior|two|three)\\s+)?(?:person|people))" + APPOSITIVE + "\\s+(?:(?:also|later|previously|had|has|have|then)\\s+)?"
          + "(?:said|say|says|added|told|noted|confirmed|claims|claimed|answered|replied|explained|insisted|alleged|wrote|believe|believes|expect|expects|indicated|declined|asked|spoke|requested|described"
          + "|did\\s+not\\s+want|had\\s+been|have\\s+been|(?:was|were|are|is)(?=\\s+(?:not\\s+)?(?:authori[sz]ed|allowed|permitted|anonymous|unnamed|familiar|close|briefed|involved|speaking|quoted|named|identified|aware|knowledgeable|privy|in\\s+a\\s+position)\\b))\\b"),
      // "The source could not provide details": what the withheld source did or could not do.
      anonymous(Set.of("source", "sources"), "\\b(?:the|this|that|these|those)\\s+(?:(?:same|first|second|third|other)\\s+)?sources?\\s+(?:was|were|is|are|could|would|did|does|do|cannot|can['’]t|couldn['’]t|wouldn['’]t|didn['’]t|declined|refused|would\\s+not|could\\s+not)\\b"),
      anonymous(Set.of("source", "sources", "person", "people", "insider", "insiders", "official", "officials"), "\\b(?:said|says|added|according\\s+to|confirmed\\s+by|told\\s+\\w+\\s+by)\\s+(?:(?:one|two|three|some|several|both"
          + "|all|each|either|neither)\\s+of\\s+)?(?:the|this|these|those|another|a\\s+second|the\\s+second|the\\s+first|the\\s+third)"
          + "\\s+(?:[\\p{L}-]+\\s+)?(?:sources?|person|people|insiders?|official)\\b"),
      anonymous(Set.of("anonymous", "unnamed", "asking"), "\\b(?:sources?|persons?|people|officials?|insiders?)\\s+(?:are|is|were|was|remain|remained)\\s+(?:anonymous|unnamed)"
          + "|\\b(?:wished|asked|wanted|preferred|chose|agreed|requested|asking|wishing|preferring)\\s+to\\s+(?:remain|stay)\\s+(?:anonymous|unnamed)"
          + "|\\basking\\s+not\\s+to\\s+be\\s+(?:named|identified|quoted)"),
      anonymous(Set.of("asked", "requested", "wished", "preferred", "wanted"), "\\b(?:asked|requested|wished|preferred|wanted)\\s+(?:not\\s+to\\s+be\\s+(?:named|identified|quoted|"
          + "publicly\\s+identified)|anonymity|that\\s+(?:his|her|their)\\s+names?\\s+not\\s+be\\s+(?:used|published|disclosed))"),
      anonymous(Set.of("named", "identified", "quoted"), "\\b(?:declined|refused|did\\s+not\\s+want|didn['’]t\\s+want|(?:did|does|do)\\s+not\\s+wish|(?:didn|doesn|don)['’]t\\s+wish|would\\s+not|could\\s+not|cannot|can['’]t)\\s+"
          + "(?:to\\s+)?be\\s+(?:named|identified|quoted\\s+by\\s+name)"),
      // A name kept back: "who did not give his name", "declined to share her full name", "gave only his first name".
      anonymous(Set.of("name", "names"), "\\b(?:did\\s+not|didn['’]t|would\\s+not|wouldn['’]t|could\\s+not|declined\\s+to|refused\\s+to"
          + "|(?:did\\s+not|didn['’]t)\\s+want\\s+to)\\s+(?:give|share|provide|offer|disclose|reveal|release|state|want)\\s+"
          + "(?:his|her|their)\\s+(?:full\\s+|last\\s+|real\\s+|own\\s+)?names?\\b|\\bgave\\s+only\\s+(?:his|her|their)\\s+first\\s+names?\\b"),
      // One of a named person's kin or neighbours, themselves unnamed: "one of the skipper's cousins said".
      anonymous(Set.of("one"), "\\bone\\s+of\\s+(?:(?:the|his|her|their)\\s+)?(?:[\\p{L}.-]+\\s+){0,2}?(?:[\\p{L}.-]+['’]s?\\s+)?"
          + "(?:(?-i:[a-z][a-z-]+)\\s+)?(?:uncles|aunts|cousins|brothers|sisters|siblings|relatives|neighbou?rs|friends|nephews|nieces"
          + "|grandchildren|grandsons|granddaughters|classmates|roommates|housemates|colleagues|co-workers|coworkers)\\s+"
          + "(?:(?:also|later|then)\\s+)?" + SPEECH),
      anonymous(Set.of("condition", "conditions", "anonymously", "background", "record", "anonymity", "authorized", "authorised", "withheld"), "\\b(?:on|under)\\s+(?:the\\s+)?conditions?\\s+(?:of\\s+anonymity|(?:that\\s+)?(?:he|she|they|it)\\s+(?:not\\s+be|"
          + "remain|was\\s+not|were\\s+not)\\s+(?:named|identified|anonymous))|\\b(?:spoke|speaking|talking|quoted|spoke\\s+to\\s+\\w+)"
          + "\\s+(?:anonymously|on\\s+background|off\\s+the\\s+record)|\\b(?:requested|granted|given)\\s+anonymity"
          + "|\\bnot\\s+authori[sz]ed\\s+to\\s+(?:speak|talk|comment|discuss|be\\s+(?:named|quoted|identified))"
          + "|\\bwhose\\s+names?\\s+(?:was|were|is|are|has\\s+been|have\\s+been)\\s+withheld"),
      anonymous(ROLE_WORDS, "\\b(?:a|an|one|another)\\s+" + MOD + "(?:(?:very\\s+)?(?:senior|top|high-ranking|high-level|mid-level|junior)\\s+)?"
          + FREE_MOD + ROLE + APPOSITIVE + "\\s+(?:(?:later|also|privately|separately|once)\\s+)?" + SPEECH),
      // A company's unnamed employee, not its spokesperson: "an AirAsia pilot, who is helping, told me". Its
      // executives and managers speak for it ("a Fox executive said": none) unless they have left ("a former Fox executive").
      anonymous(Set.of("pilot", "engineer", "employee", "worker", "staffer", "insider", "source", "programmer", "developer",
          "banker", "trader", "executive", "manager"), "\\b(?:a|an|one|another)\\s+(?:(?:(?:former|senior|junior)\\s+)?(?-i:\\p{Lu}[\\p{L}&-]+)\\s+"
          + "(?:pilot|engineer|employee|worker|staffer|insider|source|programmer|developer|banker|trader)|former\\s+(?-i:\\p{Lu}[\\p{L}&-]+)\\s+(?:executive|manager))"
          + APPOSITIVE + "\\s+(?:(?:later|also|privately)\\s+)?" + SPEECH),
      // "according to a computer programmer who released the code": one unnamed person as the source.
      anonymous(Set.of("according"), "\\baccording\\s+to\\s+(?:a|an|one|another)\\s+" + MOD + FREE_MOD + ROLE
          + "\\b(?!\\s+(?:at|with|from|for|of)\\s+(?:the\\s+)?(?:(?-i:[a-z][a-z-]*)\\s+){0,2}?(?-i:\\p{Lu}))(?!\\s+(?:statement|report|document|letter|data|figures"
          + "|estimate|website|account|notice|release|record|transcript)s?\\b)"),
      // The reporter's own unnamed sourcing: "we're told", "I am told", "we have learned".
      anonymous(Set.of("told", "learned", "learnt"), "\\b(?:we|i)(?:['’]re|['’]m|['’]ve\\s+been|\\s+are|\\s+am|\\s+were|\\s+was|\\s+have\\s+been"
          + "|\\s+had\\s+been)\\s+(?:also\\s+|now\\s+|reliably\\s+)?told\\b(?!\\s+by\\s+(?-i:\\p{Lu})|\\s+to\\s+\\p{L})|\\b(?:we|i)(?:\\s+have|['’]ve)\\s+(?:learned|learnt)\\b"),
      anonymous(ROLE_WORDS, "\\b(?:said|says|told\\s+\\w+|added|warned|explained)\\s+(?:a|an|one|another)\\s+" + MOD
          + "(?:(?:senior|top|high-ranking)\\s+)?" + ROLE + "\\b(?!\\s+(?:at|with|from|for)\\s+(?:the\\s+)?(?-i:\\p{Lu}))"),
      anonymous(Set.of("officials", "sources", "diplomats", "executives", "insiders", "aides", "lawmakers", "people", "bankers", "employees", "staffers", "advisers", "advisors"), "\\b(?:two|three|four|five|six|several|multiple|\\d+)\\s+" + MOD + "(?:officials|sources|diplomats|executives"
          + "|insiders|aides|lawmakers|people|bankers|employees|staffers|advisers|advisors)\\s+(?:(?:also|later|have|had)\\s+)?"
          + "(?:said|say|told|confirmed)\\b"),
      // A field after the group keeps it unnamed when it is in lower case ("experts on jail safety told"), and an aside
      // may stand before the verb ("most economists, however, argue").
      vague(GROUP_WORDS, "\\b" + QUANT + MOD + LIST + "(?:\\s+of\\s+(?:the\\s+)?(?!(?:the|a|an|estimated|expected|so-called|them|us|you|those|these|whom|which|it|his|her|our|their)\\b)[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,2}?"
          + "|\\s+(?:on|in)\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|which|whom|it|them|average"
          + "|balance|aggregate|total|sum|turn|fact|general|particular|part|private|public)\\b)(?-i:[a-z][\\p{L}'’-]*)(?:\\s+(?-i:[a-z][\\p{L}'’-]*)){0,2}?)?"
          + "(?:\\s*,\\s*who|\\s+who(?=\\s+(?:say|warn|argue|contend|claim|insist|worry|fear|believe|maintain|view)\\b)"
          + "|\\s*,\\s*(?:however|though|meanwhile|too|for\\s+their\\s+part|in\\s+turn)\\s*,)?\\s+" + VERB,
          true),
      vague(GROUP_WORDS, "\\b(?:said|say|says|warned|argued|noted|added|cautioned|believe)\\s+" + QUANT + MOD + LIST
          + "(?=\\s*(?:[,.;:]|$|\\s+who\\b))", true),
      vague(PARTICIPLES, "(?i:\\bit\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+being)\\s+(?:(?:widely|generally|often|commonly|now|also|increasingly"
          + "|earlier|previously|long)\\s+)?"
          + "(?:believed|said|thought|claimed|reported|feared|argued|alleged|suggested|rumou?red|understood|felt|assumed|accepted|agreed)\\b)", false),
      vague(PARTICIPLES, "(?:\\b(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)|(?<=\\p{L})['’](?:s|re))\\s+(?:not\\s+)?(?:(?:widely|generally|commonly|often|also|now|long"
          + "|repeatedly|frequently|previously|earlier)\\s+)?(?:believed|said|thought|understood|rumou?red|reported|alleged|claimed"
          + "|reputed)\\s+(?:not\\s+)?to\\b", false),
      vague(Set.of("widely", "generally", "commonly", "broadly", "universally"), "\\b(?:is|are|was|were|been|being)\\s+(?:widely|generally|commonly|broadly|universally)\\s+(?:believed|thought|considered"
          + "|regarded|seen|viewed|expected|tipped|reported|accepted|assumed|acknowledged|credited|blamed)\\b", false),
      vague(Set.of("reportedly", "purportedly", "reputedly"), "\\b(?:reportedly|purportedly|reputedly)\\b", false),
      vague(Set.of("widely"), "\\bwidely\\s+(?:considered|regarded|seen|viewed|expected|believed|thought|tipped|discussed|discounted|accepted|deemed"
          + "|criticized|criticised|reported|anticipated|touted|predicted|forecast)\\b", false),
      vague(Set.of("believed", "rumored", "rumoured", "reputed", "thought"), "\\b(?:believed|rumou?red|reputed|thought)\\s+(?:not\\s+)?to\\s+(?:be|have)\\b", false),
      vague(Set.of("speculation"), "\\bspeculation\\s+(?:has|had)\\s+(?:mounted|grown|risen|swirled|intensified|increased)\\b", false),
      vague(Set.of("according"), "\\baccording\\s+to\\s+" + QUANT + MOD + "(?:(?-i:[a-z][a-z-]+)\\s+(?=(?:experts|consultants|analysts|observers|economists|scholars|scientists|researchers)\\b))?(?:industry\\s+groups|experts|consultants|critics|analysts|observers|insiders|commentators|economists|scholars|authorities"
          + "|scientists|researchers|people|rumou?rs|speculation|some|many|others|attendees|participants|(?:eye)?witness\\s+accounts)\\b", true),
      // Officials with no body named, as "officials said" is: "according to border officials", "according to officials".
      vague(Set.of("according"), "\\baccording\\s+to\\s+" + QUANT + MOD + "(?:(?!(?:the|these|those|its|their|his|her|our|such|both)\\b)(?-i:[a-z][a-z-]+)\\s+)?officials\\b"
          + "(?!\\s+(?:at|with|from|for|of|in)\\s+(?:the\\s+)?(?-i:\\p{Lu}))", true),
      // Officials of a place, not of a body: "transport officials in Nova Scotia said", "officials in neighboring France say".
      vague(Set.of("officials"), "\\b" + QUANT + MOD + "(?:(?-i:[a-z][a-z-]+)\\s+)?officials\\s+in\\s+(?:neighbou?ring\\s+)?"
          + "(?!(?-i:Congress|Parliament|Washington\\s+(?:said|say|says))\\b)(?-i:\\p{Lu}[\\p{L}.]+)(?:\\s+(?-i:\\p{Lu}[\\p{L}.]+)){0,2}"
          + "(?:\\s+(?:state|province|county))?\\s+" + VERB, true),
      // People defined by a stance: "those favouring a cheaper fare argue", "those who back the plan say".
      vague(Set.of("those"), "\\bthose\\s+(?:who\\s+(?:favou?r|back|support|oppose|want|prefer)\\b|(?:favou?ring|backing|supporting|opposing"
          + "|wanting|preferring|pushing\\s+for|calling\\s+for)\\b)[^,.;:\"“”]{1,50}?\\s+(?:(?:further|also|still|now)\\s+)?"
          + "(?:argue|argued|say|said|contend|contended|believe|believed|claim|claimed|insist|insisted|warn|warned)\\b", false),
      // A counted group with a clause before its verb: "many dock workers waiting for the ruling fear".
      vague(Set.of("many", "some", "most", "several"), "\\b(?:many|some|most|several)\\s+(?:(?-i:[a-z][a-z-]+)\\s+){0,2}"
          + "(?:workers|employees|residents|parents|teachers|students|voters|staff|members|officials|experts|analysts|economists"
          + "|scientists|researchers|doctors|nurses|lawmakers|legislators|investors|commuters|farmers|owners|critics)"
          + "\\s+(?:who\\s+)?(?-i:[a-z]+ing)\\b[^,.;:\"“”]{1,50}?\\s+(?:fear|fears|say|says|said|argue|argued|believe|believed"
          + "|worry|worried|warn|warned|insist|insisted|complain|complained|claim|claimed)\\b", true),
      // "One group of researchers found": a finding whose authors are not named.
      vague(Set.of("group", "team", "groups", "teams"), "\\b(?:one|a|another|two|several)\\s+(?:groups?|teams?)\\s+of\\s+" + MOD
          + "(?:researchers|scientists|experts|academics|economists|doctors|engineers)\\s+(?:(?:also|has|have|had)\\s+)?(?:found|find|finds"
          + "|showed|shown|discovered|concluded|reported|calculated|estimated)\\b(?!\\s+(?:at|with|from|of)\\s+(?:the\\s+)?(?-i:\\p{Lu}))", true),
      vague(Set.of("some", "many", "others"), "\\b(?:some|many|others)\\s+(?:would|might|could|will)\\s+(?:say|argue|contend|suggest|claim)\\b", false),
      // A judgement in the passive whose agent is a bare quantity or collective: "believed by many to", "viewed by some as".
      vague(Set.of("by"), "\\b(?:believed|thought|seen|viewed|regarded|considered|described|critici[sz]ed|dismissed|hailed"
          + "|accused|blamed|attacked|slammed|panned|lambasted|questioned|challenged|mocked|ridiculed"
          + "|touted|derided|branded|labell?ed|deemed)\\s+by\\s+(?:many|some|most|several|others|(?:(?:many|some|most|several)\\s+)?"
          + "(?:critics|experts|analysts|observers|commentators|pundits|skeptics|sceptics|detractors|opponents|supporters"
          + "|scholars|historians|economists))\\b(?!\\s+(?:of|at|from)\\s+(?:the\\s+)?(?-i:\\p{Lu}))", false),
      // A judgement foretold for a quantity of watchers: "most observers will find it optimistic" ("most people would
      // think" is the reader's common sense, not a source).
      vague(Set.of("most", "many", "some"), "\\b(?:most|many|some)\\s+" + MOD + "(?!(?:people|many|some|others)\\b)" + GROUP
          + "\\s+(?:will|would|may|might)\\s+(?:find|see|say|argue|agree|consider|view|regard|call)\\b", true),
      // A group's view as a circumstance or an effect: "with some saying it will fail", "led some analysts to speculate".
      vague(Set.of("with", "led", "prompted", "prompting", "leading"), "\\bwith\\s+(?:some|many|others|(?:some|many)\\s+" + MOD + GROUP + ")\\s+(?:saying"
          + "|arguing|warning|predicting|suggesting|claiming|speculating|questioning)\\b|\\b(?:led|prompted|prompting|leading)\\s+"
          + "(?:some|many|several)\\s+" + MOD + GROUP + "\\s+to\\s+(?:speculate|believe|conclude|suggest|question|wonder|predict"
          + "|argue|warn)\\b", false),
      // Hearsay with no one behind it: "as has been speculated", "as was reported".
      vague(Set.of("speculated", "reported", "rumored", "rumoured", "suggested", "alleged", "claimed"), "\\bas\\s+(?:has|had|have)\\s+been\\s+(?:widely\\s+|previously\\s+|long\\s+)?(?:speculated|reported|rumou?red"
          + "|suggested|alleged|claimed)\\b|\\bas\\s+(?:was|were|is)\\s+(?:widely\\s+|previously\\s+)?(?:speculated|rumou?red)\\b", false),
      // A standing view of someone with no holder: "has long been seen as" ("figures are often viewed as a proxy" is usage, not a view).
      vague(Set.of("seen", "viewed", "regarded", "considered"), "\\b(?:has|have|had)\\s+long\\s+been\\s+(?:seen|viewed|regarded|considered)\\s+as\\b", false),
      // Accounts nobody owns: "some accounts said", "one account reported".
      vague(Set.of("account", "accounts"), "\\b(?:some|one|other|several|many|conflicting|multiple|earlier|initial|local|unconfirmed|press|media)\\s+accounts?\\s+(?:have\\s+|had\\s+)?"
          + "(?:said|say|says|reported|report|reports|suggested|suggest|suggests|claimed|claim|claims|described|indicated)\\b", false),
      // People at large holding a view: "many people who thought", "some who believe".
      vague(Set.of("who"), "\\b(?:many|some|plenty\\s+of|a\\s+lot\\s+of)\\s+(?:(?:people|others|observers|critics|experts|analysts|commentators)\\s+)?who\\s+(?:still\\s+|also\\s+)?(?:thought|think|believe|believed"
          + "|feel|felt|argue|argued|claim|claimed|fear|feared|suspect|suspected|insist|insisted)\\b", false));

  private static final Set<String> SPECIFIC = Set.of("the", "these", "those", "both", "his", "her", "their",
      "its", "our", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "such", "my", "your");
  /** An unnamed group of a named body: "company officials" points at the company the story is about. */
  static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "bank", "ministry", "department",
      "agency", "police", "county", "city", "school", "university", "hospital", "club", "team", "court", "airline",
      "union", "council", "committee", "board", "group", "sheriff", "campaign", "embassy", "office", "fund",
      "exchange", "authority", "commission", "bureau", "service", "utility", "carrier", "insurer", "lender", "brokerage");
  private static final Pattern NAMED_FOLLOWS = Pattern.compile(
      "^\\s*(?:(?:at|with|from|for|of|in)\\s+(?:the\\s+)?(?-i:\\p{Lu})|,?\\s*(?:including|such\\s+as|like|led\\s+by|among\\s+them)\\s+"
          + "(?:the\\s+)?(?-i:\\p{Lu})|(?:polled|surveyed|questioned)\\s+by\\b|['’]\\s)");
  private static final Pattern COUNTED = Pattern.compile(
      "(?i)(?:\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent)?|majority|most|half|a\\s+third|two-thirds|three-quarters|a\\s+quarter|"
          + "share|proportion|percentage|number|minority|all|none|few)\\s+of\\s+(?:the\\s+|all\\s+|those\\s+)?$");
  private static final Pattern NAMED_SURVEY = Pattern.compile(
      "(?i:according)\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?-i:\\p{Lu})|(?:poll|survey|study|report|census|data)\\s+(?:by|from|of|for|conducted\\s+by)"
          + "\\s+(?:the\\s+)?(?-i:\\p{Lu})|(?-i:\\p{Lu})[\\p{L}&.-]*\\s+(?:poll|survey|study|report|data|estimates)\\b"
          + "|(?i:polled|surveyed|questioned|interviewed)\\s+by\\s+(?:the\\s+)?(?-i:\\p{Lu})");

  /**
   * The group is what a named outlet reported: "CNN reported that officials confirmed", "according
   * to a CNN report, experts …". The outlet is the source (an unlinked one, for the unlinked check).
   */
  private static final Pattern INSIDE_NAMED_REPORT = Pattern.compile("(?-i:\\p{Lu})[\\p{L}\\d.&'’-]*\\s+(?:\\d+\\s+)?"
      + "(?:(?:reported|reports|wrote|writes)\\s+(?:on\\s+(?-i:\\p{Lu})\\p{L}+\\s+|earlier\\s+)?(?:that\\s+)?"
      + "|(?:report|story|article|investigation|analysis)\\s*,\\s*)(?-i:[a-z][\\p{L}-]*\\s+){0,3}$"
      + "|according\\s+to\\s+(?:a|an|the)\\s+(?-i:\\p{Lu})[\\p{L}\\d.&'’-]*\\s+(?:report|story|article|investigation|analysis)\\b[^.;]*$");
  private static final Pattern BARE_BODY_ROLE = Pattern.compile("(?i)^(?:(?:said|says|added|told\\s+\\w+)\\s+)?(?:an?|one|another)"
      + "\\s+(?:(?:senior|top|company)\\s+)?(?:executive|official|manager|officer|director|spokes(?:man|woman|person))\\b");
  /** An organisation by its legal or institutional name: "Acme Corp", "Nordbank AG", "the Finance Ministry". */
  private static final Pattern NAMED_ORGANISATION = Pattern.compile("(?-i:\\p{Lu})[\\p{L}&.-]*\\s+(?:Corp|Corporation|Inc|Co|Ltd|LLC|Plc"
      + "|plc|AG|SA|NV|SE|Group|Holdings|Bank|Ministry|Department|Agency|Commission|Company|Authority|Airlines|Motors)\\b"
      + "|\\b(?:Ministry|Department)\\s+of\\s+(?-i:\\p{Lu})");
  /** "Labor Department data on Thursday showed …, but an official said": the body is the sentence's source. */
  private static final Pattern ITS_WORDS_FOLLOW = Pattern.compile("\\s+(?:data|figures|statistics|report|statement|officials?"
      + "|said|says|announced|reported|showed)\\b");
  /**
   * No lower-case word but "the" before the organisation ("DETROIT (Reuters) - General Motors Corp"): the
   * sentence is about it. One named in passing ("flights booked with the Transport Department") owns no official.
   */
  private static final Pattern LEADS_THE_SENTENCE = Pattern.compile("(?:(?:[Tt]he|[^\\p{Ll}\\s]\\S*)\\s+)*");
  private static final Pattern CAPS = Pattern.compile("(?-i:\\p{Lu}){2,}[\\p{Lu}-]*");
  /** An address in the sentence: a reader has the source to follow (an embedded post, a pasted link). */
  private static final Pattern LINK = Pattern.compile("\\bhttps?://|\\bwww\\.\\p{L}");
  /** Hearsay whose teller the sentence names: "reportedly …, according to CNN" (a group of people is not a teller). */
  private static final Pattern SOURCE_NAMED = Pattern.compile("\\baccording\\s+to\\s+(?:the\\s+)?(?!(?:Some|Many|Most|Other"
      + "|Several)\\b)(?-i:\\p{Lu})|\\bhttps?://");
  /** A named teller closing the sentence: "officers reportedly found cash, Harris said"; "…, the authors said". */
  private static final Pattern SPEAKER_CLOSES = Pattern.compile(",\\s*(?:the\\s+(?:study['’]s\\s+)?(?:authors|researchers)"
      + "|(?!(?:Some|Many|Most|Others|Several|Experts|Analysts|Critics|Officials|Sources|Observers|Residents|Witnesses)\\b)"
      + "(?:(?-i:\\p{Lu})[\\p{L}'’.-]*\\s+){0,3}(?-i:\\p{Lu})[\\p{L}'’.-]*)\\s+(?:said|says|added|wrote)\\s*[.!?]?\\s*$");
  /** An official of a body the sentence names by its kind: "the Delhi airport …, an airport official said". */
  private static final Pattern KIND_ROLE = Pattern.compile("(?i)^(?:(?:said|says|added|told\\s+\\w+)\\s+)?(?:an?|one|another)\\s+"
      + "(?:senior\\s+)?([\\p{L}-]+)\\s+(?:official|executive|manager|officer|spokes(?:man|woman|person))\\b");
  private static final Set<String> BODY_KINDS = Set.of("airport", "prison", "jail", "port", "station", "plant", "factory",
      "mine", "museum", "zoo", "library", "district", "festival", "stadium");
  private static final Rule OPEN_GROUP = vague(Set.of(), "$^", true);
  private static final Rule WITHHELD = anonymous(Set.of(), "$^");
  static final Pattern DEMONYM_PATTERN = Pattern.compile(DEMONYM);
  private static final Set<String> SPEAKING = Set.of("said", "says", "say", "told", "added", "stated", "explained");
  private static final Set<String> NAMED_SPEAKER_BODY = Set.of("police", "officials", "spokesman", "spokeswoman",
      "spokesperson", "authorities", "prosecutors", "investigators");
  /** "the officials said", "these people added": a group the article has spoken of before. */
  private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+)?(officials|people)\\b");
  /** "how people view", "when analysts see": a clause about the group's views, not a source. */
  private static final Set<String> NOT_A_SOURCE_BEFORE = Set.of("how", "if", "why", "whether", "unless", "until");
  /** "the Sage group of science advisers": members of a body that is named or pointed at. */
  private static final Pattern MEMBERS_OF_A_BODY = Pattern.compile("(?:(?i:the|its|their|his|her)|(?-i:\\p{Lu})[\\p{L}&.-]*)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}(?i:group|panel|committee|council|board|team|body|network|coalition|association|society"
      + "|institute|commission|union|college|academy|federation)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}$");
  /** People at large seeing or viewing something: how people view the world is no source. */
  private static final Pattern GENERIC_SEEING = Pattern.compile("(?i)\\bpeople\\s+(?:\\w+\\s+)?(?:see|saw|view|viewed|regard"
      + "|regarded|consider|considered|describe|described)$");
  /** Words that are nouns as often as verbs: "stirs up some worry" is no group that worries. */
  private static final Set<String> NOUN_OR_VERB = Set.of("demand", "demands", "hope", "hopes", "worry", "worries", "fear", "fears", "doubt", "doubts", "view",
      "views", "claim", "claims", "question", "estimate", "forecast", "forecasts", "note", "notes", "charge", "blame",
      "split", "concern", "see", "regard", "consider", "expect", "say");
  private static final Pattern AS_MUCH_AS = Pattern.compile("(?i)\\bas\\s+(?:[\\p{L}-]+\\s+){1,3}as\\s+$");
  private static final Pattern ACCORDING_TO_NAMED = Pattern.compile("(?i:according)\\s+to\\s+(?:the\\s+)?(?-i:\\p{Lu})");
  private static final Pattern POLL = Pattern.compile("(?i)\\b(?:poll|polls|survey|surveys|polled|surveyed)\\b");
  /** Sentence-initial and function words that are capitalised without naming anyone. */
  static final Set<String> NOT_NAMES = Set.of("But", "And", "Yet", "So", "Still", "Meanwhile", "However", "Now",
      "Also", "Even", "Both", "The", "These", "Those", "Such", "While", "Although", "Though", "If", "When", "As", "In",
      "On", "At", "For", "With", "Without", "After", "Before", "Since", "Because", "Some", "Many", "Most", "Other",
      "Others", "Several", "Few", "A", "An", "Top", "Leading", "Independent", "Senior", "Local", "Private", "Outside",
      "Wall", "Street", "City", "Former", "Where", "Why", "Moreover", "Instead", "Indeed",
      "Today", "Yesterday", "Overall", "Elsewhere", "Here", "There", "That", "This", "Until", "Once", "Then");

  private final DependencyParser parser;

  /**
   * The hedge model (factdesk eval weasel) is not used here: on news, its sentence-level notes
   * fell mostly on named and quoted speech (docs/benchmarks.md, issue 13), so only the phrase
   * rules, which quote their trigger words, report.
   *
   * @param parser reads the subject of a verb of saying when words stand between them ({@link ParsedSources})
   */
  public UnnamedAuthorityDetector(DependencyParser parser) {
    this.parser = parser;
  }

  @Override
  public String name() {
    return "unnamed-authority";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.ATTRIBUTION_VAGUE, FindingCodes.ATTRIBUTION_ANONYMOUS);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.SENTENCES, Capability.PART_OF_SPEECH);
  }

  @Override
  public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    DirectQuotes quotes = DirectQuotes.of(article.article());
    List<Finding> out = new ArrayList<>();
    UnnamedPeople.Memory memory = new UnnamedPeople.Memory();
    for (Sentence s : article.sentences()) {
      if (s.blockKind() == BlockKind.BOILERPLATE || s.blockKind() == BlockKind.SOURCE_LINE) {
        continue;
      }
      int before = out.size();
      Set<String> words = new HashSet<>();
      for (Token t : s.tokens()) {
        words.add(t.text().toLowerCase(Locale.ROOT));
      }
      // First, so that "insiders said" is read as people withheld, not a vague group.
      for (int[] g : UnnamedPeople.find(s.text(), words, memory)) {
        Span span = new Span(s.span().start() + g[0], s.span().start() + trimEnd(s.text(), g[0], g[1]));
        if (quotes.inside(span) || out.stream().anyMatch(f -> f.span().overlaps(span))
            || pointsBackAtNamed(article.text(), s, g[0], s.text().substring(g[0], g[1]))
            || ofTheNamedBody(s.text(), g[0], s.text().substring(g[0], g[1]))) {
          continue;
        }
        out.add(WITHHELD.finding(span, span.of(article.text())));
      }
      for (Rule rule : RULES) {
        if (Collections.disjoint(rule.cues(), words)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s.text());
        while (m.find()) {
          if (m.end() == m.start()) {
            continue;
          }
          Span span = new Span(s.span().start() + m.start(), s.span().start() + trimEnd(s.text(), m.start(), m.end()));
          if (quotes.inside(span) || out.stream().anyMatch(f -> f.span().overlaps(span))) {
            continue;
          }
          if (rule.group() && takenBack(s, m.start(), m.end(), m.group())) {
            continue;
          }
          if (!rule.group() && rule.code().equals(FindingCodes.ATTRIBUTION_VAGUE) && (attributedToNamedSpeaker(s, m.start())
              || SOURCE_NAMED.matcher(s.text()).find() || SPEAKER_CLOSES.matcher(s.text()).find())) {
            continue;
          }
          if (rule.code().equals(FindingCodes.ATTRIBUTION_ANONYMOUS) && (pointsBackAtNamed(article.text(), s, m.start(), m.group())
              || ofTheNamedBody(s.text(), m.start(), m.group()))) {
            continue;
          }
          out.add(rule.finding(span, span.of(article.text())));
        }
      }
      if (OpenGroups.mayHold(words)) {
        for (int[] g : OpenGroups.find(s)) {
          Span span = new Span(s.span().start() + g[0], s.span().start() + g[1]);
          // Research findings with a link in their sentence are linked research ("researchers documented [small gains]").
          if (quotes.inside(span) || out.stream().anyMatch(f -> f.span().overlaps(span)) || takenBack(s, g[0], g[1], s.text().substring(g[0], g[1]))
              || g[2] == 1 && article.article().hasLinkIn(s.span())) {
            continue;
          }
          out.add(OPEN_GROUP.finding(span, span.of(article.text())));
        }
      }
      if (ParsedSources.mayHold(s)) {
        for (ParsedSources.Source src : ParsedSources.find(s, parser.parse(s))) {
          int from = s.tokens().get(src.first()).span().start() - s.span().start();
          int to = s.tokens().get(src.verb()).span().end() - s.span().start();
          Span span = new Span(s.span().start() + from, s.span().start() + to);
          String subject = s.text().substring(from, to);
          if (quotes.inside(span) || quotes.inside(s.tokens().get(src.head()).span()) || out.stream().anyMatch(f -> f.span().overlaps(span))
              || (src.individual() ? pointsBackAtNamed(article.text(), s, from, subject) || ofTheNamedBody(s.text(), from, subject)
                  : takenBack(s, from, to, subject))) {
            continue;
          }
          out.add((src.individual() ? WITHHELD : OPEN_GROUP).finding(span, span.of(article.text())));
        }
      }
      for (Finding f : out.subList(before, out.size())) {
        if (f.code().equals(FindingCodes.ATTRIBUTION_ANONYMOUS)) {
          memory.withheld(f.quote());
        }
      }
    }
    return out;
  }

  /**
   * "Northgate police said the pills were believed to contain …": the belief is the named
   * speaker's, who is on record. A speech verb whose subject is a name, its clause running into the words.
   */
  private static boolean attributedToNamedSpeaker(Sentence s, int start) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      int after = t.span().end() - s.span().start();
      // Only a speaker whose reported clause runs straight into the words: "police said the tablets were believed to".
      if (after > start || !SPEAKING.contains(t.text().toLowerCase(Locale.ROOT)) || s.text().substring(after, start).matches("(?s).*[,;:()].*")) {
        continue;
      }
      int j = i - 1;
      if (j >= 0 && NAMED_SPEAKER_BODY.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) {
        j--;
      }
      if (j >= 0 && toks.get(j).isProperNoun() && !DEMONYM_PATTERN.matcher(toks.get(j).text()).matches()
          && !NOT_NAMES.contains(toks.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the officials said" points back at officials the article spoke of before: unnamed only when
   * that earlier mention was (flagged there, or no earlier mention at all). "Con Edison officials
   * said …; the officials said" is the named body's.
   */
  private static boolean pointsBackAtNamed(String text, Sentence s, int start, String words) {
    Matcher back = BACK_REFERENCE.matcher(words);
    if (!back.lookingAt()) {
      return false;
    }
    String head = back.group(1).toLowerCase(Locale.ROOT);
    Pattern earlier = Pattern.compile("(?i)([\\p{L}&'’.-]+)\\s+" + Pattern.quote(head) + "\\b");
    String before = text.substring(0, s.span().start());
    Matcher m = earlier.matcher(before);
    String modifier = null;
    int last = -1;
    while (m.find()) {
      modifier = m.group(1);
      last = m.end();
    }
    if (modifier == null) {
      return false;
    }
    if (NAMED_FOLLOWS.matcher(before.substring(last)).find()) {
      return true;
    }
    String lower = modifier.toLowerCase(Locale.ROOT);
    return lower.endsWith("'s") || lower.endsWith("’s") || ORGANISATION_NOUNS.contains(lower)
        || Character.isUpperCase(modifier.charAt(0)) && !modifier.matches(DEMONYM) && !NOT_NAMES.contains(modifier)
        && !modifier.matches("(?i)(?:the|these|those|two|three|four|several|senior|some|many|other)");
  }

  /**
   * "General Motors Corp still expects a recovery, an executive said": a bare role (no place, party
   * or nationality before it) in a sentence that names an organisation is that organisation's
   * official, as "a company official said" is; the guidelines call it named. Only when the sentence is about
   * that organisation or cites its words: one named in passing leaves the official unnamed.
   */
  private static boolean ofTheNamedBody(String text, int start, String words) {
    if (BARE_BODY_ROLE.matcher(words).find()) {
      Matcher organisation = NAMED_ORGANISATION.matcher(text.substring(0, start));
      if (organisation.find() && (LEADS_THE_SENTENCE.matcher(text.substring(0, organisation.start())).matches()
          || ITS_WORDS_FOLLOW.matcher(text.substring(organisation.end())).lookingAt())) {
        return true;
      }
    }
    Matcher kind = KIND_ROLE.matcher(words);
    if (!kind.find()) {
      return false;
    }
    String noun = kind.group(1).toLowerCase(Locale.ROOT);
    return (ORGANISATION_NOUNS.contains(noun) || BODY_KINDS.contains(noun))
        && Pattern.compile("(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+(?i:" + Pattern.quote(noun) + ")\\b").matcher(text.substring(0, start)).find();
  }

  /** Whether a name, a count, a poll, a coordination with a name or the grammar takes an unnamed group back. */
  private static boolean takenBack(Sentence s, int start, int end, String group) {
    return INSIDE_NAMED_REPORT.matcher(s.text().substring(0, start)).find() || LINK.matcher(s.text()).find() || refersToSpecificGroup(s.text(), start) || joinedToName(s, start) || comparison(s.text(), start, group) || NOT_A_SOURCE_BEFORE.contains(previousWord(s.text(), start).toLowerCase(Locale.ROOT)) || MEMBERS_OF_A_BODY.matcher(s.text().substring(0, start)).find() || nounNotVerb(s, end) || GENERIC_SEEING.matcher(group).find() || namedBody(s, start, end) || NAMED_FOLLOWS.matcher(s.text().substring(end)).find() || NAMED_SURVEY.matcher(s.text()).find() && (COUNTED.matcher(s.text().substring(0, start)).find() || (POLL.matcher(s.text()).find() || ACCORDING_TO_NAMED.matcher(s.text()).find()) && mentionsPollable(group));
  }

  /** "Goldman Sachs and others said", "Karson and other experts said": named people speak with them. */
  private static boolean joinedToName(Sentence s, int start) {
    if (!Set.of("and", "or").contains(previousWord(s.text(), start).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Optional<Token> joiner = tokenEndingAt(s, s.span().start() + start);
    if (joiner.isEmpty()) {
      return false;
    }
    Optional<Token> before = tokenEndingAt(s, joiner.get().span().start());
    return before.isPresent() && (before.get().isProperNoun() && !NOT_NAMES.contains(before.get().text())
        || before.get().pos().startsWith("PRP"));
  }

  /** Whether the group's verb, where it ends the match, is tagged a noun ("some worry among parents"). */
  private static boolean nounNotVerb(Sentence s, int end) {
    for (Token t : s.tokens()) {
      if (t.span().end() - s.span().start() == end) {
        return NOUN_OR_VERB.contains(t.text().toLowerCase(Locale.ROOT)) && t.pos().startsWith("NN");
      }
    }
    return false;
  }

  private static boolean mentionsPollable(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    return w.contains("economists") || w.contains("analysts") || w.contains("experts") || w.contains("scientists")
        || w.contains("investors") || w.contains("traders");
  }

  /** Trailing spaces or a closing comma never belong to the quoted words. */
  private static int trimEnd(String text, int start, int end) {
    while (end > start + 1 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  /** "worse than analysts expected", "as much as some feared", "made many think twice": a comparison, not a source. */
  private static boolean comparison(String text, int start, String words) {
    String previous = previousWord(text, start).toLowerCase(Locale.ROOT);
    if (Set.of("than", "made", "make", "makes", "let", "lets", "making").contains(previous)
        || AS_MUCH_AS.matcher(text.substring(0, start)).find()) {
      return true;
    }
    return previous.equals("and") && words.toLowerCase(Locale.ROOT).startsWith("others");
  }

  /** "the experts said" or "three officials said" point back at people the article named or counted. */
  private static boolean refersToSpecificGroup(String text, int matchStart) {
    String previous = previousWord(text, matchStart).toLowerCase(Locale.ROOT);
    return SPECIFIC.contains(previous) || !previous.isEmpty() && previous.chars().allMatch(Character::isDigit);
  }

  /**
   * Whether the group belongs to a named body: "sheriff's officials", "Pentagon officials",
   * "company officials", or is part of a name ("the Union of Concerned Scientists says").
   * Headlines are in title case, so capitals say nothing there.
   */
  private static boolean namedBody(Sentence s, int start, int end) {
    String previous = previousWord(s.text(), start);
    String lower = previous.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'") || lower.endsWith("s’")
        || ORGANISATION_NOUNS.contains(lower)) {
      return true;
    }
    boolean headline = s.blockKind() == BlockKind.HEADLINE || s.blockKind() == BlockKind.HEADING;
    if (headline) {
      return false;
    }
    Optional<Token> before = tokenEndingAt(s, s.span().start() + start);
    // "Obama administration officials" are a government's, as unnamed as "U.S. officials".
    boolean government = s.text().substring(start).matches("(?is)(?:administration|government)\\s.*");
    // A capital at the start of a sentence says nothing: "Whale experts regard ..." unless the tagger sees a name.
    boolean first = before.isPresent() && before.get().span().start() == s.tokens().get(OpenGroups.firstWord(s.tokens())).span().start();
    if (before.isPresent() && !government && !before.get().text().matches(DEMONYM) && !NOT_NAMES.contains(before.get().text())
        && !crosshead(s, before.get())
        && (before.get().isProperNoun() || Character.isUpperCase(before.get().text().charAt(0))
            && !(first && before.get().text().matches("(?-i:\\p{Lu})\\p{Ll}+")))
        && !(first && OpenGroups.commonNoun(before.get().text()))) {
      return true;
    }
    // A group word written with a capital inside the sentence is part of a name.
    for (Token t : s.tokens()) {
      int offset = t.span().start() - s.span().start();
      if (offset > 0 && offset >= start && t.span().end() - s.span().start() <= end
          && t.text().matches("(?:Experts|Analysts|Critics|Observers|Officials|Historians|Scholars|Scientists|Researchers"
              + "|Economists|Diplomats|Strategists|Specialists|Academics|People|Lawmakers|Advocates|Activists|Voices"
              + "|Opponents|Supporters|Doctors|Investors|Traders|Insiders|Commentators)")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "LASTING DAMAGE Many analysts expect": a wire story's crosshead run into its paragraph. Two or
   * more upper-case words in a row are a heading, not a name ("UBS analysts" is one word).
   */
  private static boolean crosshead(Sentence s, Token word) {
    if (!CAPS.matcher(word.text()).matches()) {
      return false;
    }
    Optional<Token> previous = tokenEndingAt(s, word.span().start());
    return previous.isPresent() && CAPS.matcher(previous.get().text()).matches();
  }

  private static Optional<Token> tokenEndingAt(Sentence s, int offset) {
    Token best = null;
    for (Token t : s.tokens()) {
      if (t.span().end() <= offset) {
        best = t;
      } else {
        break;
      }
    }
    if (best == null || !s.text().substring(best.span().end() - s.span().start(), offset - s.span().start()).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static String previousWord(String text, int matchStart) {
    int end = matchStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || "'’.-".indexOf(text.charAt(start - 1)) >= 0)) {
      start--;
    }
    return text.substring(start, end);
  }

  private static Rule vague(Set<String> cues, String regex, boolean group) {
    return new Rule(cues, Pattern.compile("(?i)" + regex), FindingCodes.ATTRIBUTION_VAGUE, group);
  }

  private static Rule anonymous(Set<String> cues, String regex) {
    return new Rule(cues, Pattern.compile("(?i)" + regex), FindingCodes.ATTRIBUTION_ANONYMOUS, false);
  }

  /**
   * One phrase rule, tried only on sentences holding one of its cue words (the patterns are
   * costly, the cues are not); {@code group} rules name a collective that a name or a count can take back.
   */
  private record Rule(Set<String> cues, Pattern pattern, String code, boolean group) {
    Finding finding(Span span, String words) {
      if (code.equals(FindingCodes.ATTRIBUTION_ANONYMOUS)) {
        return new Finding(code, Severity.INFO, span, words,
            "“" + words + "”: a source whose name is withheld. Is the anonymity justified, and does the editor know who it is?",
            List.of(), Optional.empty());
      }
      return new Finding(code, Severity.WARNING, span, words,
          "“" + words + "” leans on unnamed authority: name who says so, or link the source.", List.of(), Optional.empty());
    }
  }
}
