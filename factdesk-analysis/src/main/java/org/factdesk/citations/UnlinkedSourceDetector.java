// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Link;
import org.factdesk.article.Span;
import org.factdesk.attribution.DirectQuotes;
import org.factdesk.nlp.Sentence;
import org.factdesk.nlp.Token;

/**
 * Flags sources a reader cannot follow: a cited document (report, study, paper, poll, survey,
 * data, filing, court papers or ruling, press release, a statement published somewhere), another
 * outlet's story ("the Financial Times reported"), "read more here" or "see the full report" with
 * nothing to click, "visit the U.S. Department of State" with no address, a "Source: SCMP" line.
 * A document counts as linked when a link sits in its sentence or paragraph, or anywhere in the
 * article with the document's name in its anchor or address. Never "see Donald Trump" or "go to
 * Yorkshire" (motion and seeing are not citing), never interviews and spoken quotes (original
 * reporting), never words inside a direct quotation.
 *
 * <p>Capitals are written {@code (?-i:\p{Lu})}: under {@code (?i)} Java's {@code \p{Lu}} matches any
 * letter, so "followed by a name" would also fire on a lower-case word.
 */
public final class UnlinkedSourceDetector implements Detector {
  private static final String DOC = "(?:reports?|study|studies|surveys?|polls?|polling|papers?|analysis|analyses|research|review"
      + "|audit|assessment|data(?:set|base)?|figures|statistics|estimates|calculations|census|filings?|documents?|memo(?:randum)?s?"
      + "|letters?|press\\s+releases?|news\\s+releases?|statements?|rulings?|judg(?:e)?ments?|verdict|complaint|lawsuit"
      + "|indictment|affidavit|transcripts?|testimony|records|minutes|findings|forecasts?|projections?|white\\s+paper"
      + "|working\\s+paper|explanatory\\s+notes|dossier|prospectus|survey\\s+results|poll\\s+results|index|tally|blog\\s+post|article|releases?"
      + "|contracts?|cop(?:y|ies)\\s+of|drafts?|excerpts|columns?|editorials?|op-eds?|commentary|e-?mails|cables|text"
      + "|clinical\\s+trials?|trial\\s+results)(?!\\s+(?:firm|group|company|agency|institute|house|cent(?:er|re)|organi[sz]ation|department|unit|division"
      + "|team|arm|business|provider|service|desk|analyst|analysts|head|director|chief))";
  /** Documents that speak for themselves when they "show" or "say" something; a bare statement is spoken, not published. */
  private static final String DOC_SAYS = "(?!statements?\\b)" + "(?:" + "%s" + ")";
  /** Documents a mention "by X" or "from X" names as a source: a report by the IMF, a memo by its adviser. */
  private static final String AUTHORED = "(?:reports?|study|studies|surveys?|polls?|papers?|analysis|analyses|research|review"
      + "|audit|assessment|data|figures|statistics|estimates|calculations|memo(?:randum)?s?|letters?|note|notes|article"
      + "|findings|forecasts?|projections?|index)";
  private static final String WORD = "(?:(?!(?:said|says|say|told|tells|and|but|that|which|who|whose|while|as)\\b)"
      + "[\\p{L}\\p{N}&.'’/-]+\\s+)";
  /** A word that does not start a phrase of its own: "the processing of health data by AI" is no "data by AI". */
  private static final String WORD_NOT_OF = "(?:(?!(?:said|says|say|told|tells|and|but|that|which|who|whose|while|as|of)\\b)"
      + "[\\p{L}\\p{N}&.'’/-]+\\s+)";
  /** A word inside a document's subject phrase; a preposition there makes something else the subject ("staff on contracts said"). */
  private static final String WORD_IN_SUBJECT = "(?:(?!(?:said|says|say|told|tells|and|but|that|which|who|whose|while|as|on|under"
      + "|with|without|at|among|against|into|onto|about|via|if|whether|because)\\b)[\\p{L}\\p{N}&.'’/-]+\\s+)";
  private static final String WORDS = "(?:(?!(?:said|says|say|told|tells|and|but|that|which|who|whose|while|as)\\b)[\\p{L}\\p{N}&.'’/-]+\\s+){0,5}?";
  /** Words before a document, a name in quotes among them: "the new “dot plot” of rate projections". */
  private static final String QUOTED_WORDS = "(?:(?!(?:said|says|say|told|tells|and|but|that|which|who|whose|while|as)\\b)[“‘\"]?"
      + "[\\p{L}\\p{N}&.'’/-]+[”’\"]?\\s+){0,5}?";
  /** Words that modify a document's noun, no preposition among them: "a new household", not "the average of 21 analyst". */
  private static final String MODIFIERS = "(?:(?!(?:said|says|told|and|but|that|which|who|of|from|in|on|for|with|to|at|by|as)\\b)"
      + "[\\p{L}\\p{N}&.'’/-]+\\s+){0,3}?";
  private static final String NAME = "(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.&'’-]*|U\\.S\\.|of|the|and|for|on|&)"
      + "(?:\\s+(?:[\\p{Lu}][\\p{L}.&'’-]*|of|the|and|for|on|&|U\\.S\\.))*";
  private static final String BY = "(?:\\s+(?:by|from|of|in|published\\s+by|released\\s+by|issued\\s+by|conducted\\s+by"
      + "|commissioned\\s+by|published\\s+in|carried\\s+out\\s+by)\\s+(?-i:" + NAME + "))?";
  private static final String PUBLISHED = "(?:published|released|issued|posted|put\\s+out|filed|commissioned|conducted|compiled"
      + "|prepared|produced|carried\\s+out|seen\\s+by|obtained\\s+by|reviewed\\s+by|viewed\\s+by|made\\s+public|out|unveiled|presented)";
  private static final String SHOWS = "(?:showed|shows|show|showing|suggesting|indicating|found|finds|find|said|says|say|suggests"
      + "|suggested|concluded|concludes|forecast|forecasts|listed|lists|named|names|confirmed|confirms|urged|urges|quotes"
      + "|estimated|estimates|revealed|reveals|indicated|indicates|warned|warns|predicted|predicts|projected|projects|stated"
      + "|states|noted|notes|argued|argues|recommended|recommends|claimed|claims|alleged|alleges|accused|accuses|painted"
      + "|highlighted|highlights|reported|reports|documented|documents|ranked|ranks|put|puts|shown|demonstrated|demonstrates"
      + "|demonstrate|hinted|hint|hints|indicate|declared|declares"
      // Plural subjects' verbs, never after "to" or a modal ("will reveal", "to conclude"), never ones that are nouns too.
      + "|(?<!\\b(?:to|will|would|could|can|may|might|must|should)\\s)(?:suggest|reveal|conclude|confirm|warn|predict|argue"
      + "|recommend|allege|highlight))";
  /** An outlet publishing a piece: "ran a story", "carried an interview", "posted a lengthy article". */
  private static final String RAN_A_STORY = "(?:ran|runs|carried|carries|posted|published|aired|printed)\\s+(?:(?:a|an|the|its|this|that|one"
      + "|two|several|front-page|lengthy|long|short|new|detailed|separate)\\s+){0,2}(?:[\\p{L}-]+\\s+){0,2}?(?:stor(?:y|ies)|pieces?"
      + "|articles?|reports?|features?|investigations?|exposés?|exposes?|editorials?|op-eds?|columns?|interviews?|profiles?"
      + "|photos?|videos?|analys[ie]s|items?|obituar(?:y|ies)|reviews?|headlines?|letters?)";
  /** Networks where what is written is published; the names are capitalised, "on X" only as the network. */
  private static final String PLATFORM = "(?:(?-i:Twitter|X(?![-\\p{L}\\p{N}])|Facebook|Instagram|LinkedIn|TikTok|Reddit|Threads|Bluesky"
      + "|Mastodon|Truth\\s+Social|Telegram|Weibo|WeChat|YouTube|Snapchat|Tumblr|Substack|Medium)|social\\s+media)";
  private static final Set<String> SOCIAL_WORDS = Set.of("twitter", "x", "facebook", "instagram", "linkedin", "tiktok", "reddit", "threads",
      "bluesky", "mastodon", "truth", "telegram", "weibo", "wechat", "youtube", "snapchat", "tumblr", "substack", "medium", "social",
      "tweet", "tweets", "blog", "online");
  /** What is put on a network: "wrote an angry post about it on Twitter", "posted photos of the crash on Instagram". */
  private static final String SOCIAL_OBJECT = "(?:(?:a|an|the|this|that|these|those|his|her|their|its|several|two|three|new|[\\p{N}]+)\\s+)?"
      + "(?:[\\p{L}-]+\\s+){0,2}?(?:posts?|messages?|photos?|pictures?|videos?|notes?|statements?|updates?|comments?|threads?"
      + "|stor(?:y|ies)|clips?|images?|screenshots?|selfies?|tributes?|links?|letters?|poems?|rants?|apolog(?:y|ies)|responses?"
      + "|repl(?:y|ies))(?:\\s+(?:about|of|with|to|from|for)\\s+[^.;!?,]{1,40}?)?";
  private static final String WHEN = "(?:(?:late|early)\\s+)?(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|yesterday|today|earlier|later|this\\s+\\w+|last\\s+\\w+|in\\s+\\w+(?:\\s+\\d{4})?)";
  /** What follows a released document when it is used: "saying …", "showing …", ": …", "in the journal Science". */
  private static final String SAYING = "[^.;!?]{0,80}?(?:\\b(?:saying|showing|stating|finding|detailing|outlining|warning|urging"
      + "|suggesting|indicating|revealing|claiming|accusing|arguing|calling|explaining|denying|confirming|announcing|noting|describing"
      + "|estimating|predicting|concluding|blaming|titled|entitled|that|which|where)\\b|:|,\\s*[\"“])";
  /** A journal by description or by name: "the journal Science", "The Lancet", "the British Medical Journal". */
  private static final String JOURNAL = "(?:(?:the\\s+)?(?:(?:medical|scientific|academic|peer-reviewed|science|research|trade|online"
      + "|open-access|British|American)\\s+)*journal\\s+(?-i:\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’-]*|of|and"
      + "|for|the|in|on|&)){0,6})|(?-i:(?:[Tt]he\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.&'’-]*\\s+(?:(?:of|and|for|the|in|on|&)\\s+)*){0,5}"
      + "(?:Journal|Review|Lancet|Nature|Science|Proceedings|Annals|Letters|Medicine|Cell|JAMA|BMJ|PNAS|PLOS|PLoS|NEJM|Bulletin"
      + "|Quarterly|Pediatrics|Neurology|Circulation)(?:\\s+(?:Communications|Advances|Reports|Medicine|Immunology|Genetics"
      + "|Neuroscience|Climate\\s+Change|Human\\s+Behaviour|Sustainability|Energy|Methods|Research|Open|Network\\s+Open"
      + "|Internal\\s+Medicine|Psychiatry|Oncology|Pediatrics|Neurology|Cardiology|One))?(?:\\s+(?:of|on|in|for)\\s+(?-i:\\p{Lu})[\\p{L}-]*"
      + "(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}-]*|of|and))*)?\\b(?!\\s+(?-i:\\p{Lu}))))";
  /** An aside between a document and its verb: "the lawsuit, filed on Monday, claims". */
  private static final String FILED_ASIDE = "(?:,\\s+(?:filed|released|published|issued|posted|dated|seen|obtained)\\s+[^,;:\"“”]{1,40},)?";
  /** What a suit says when it is used as a source: "the lawsuit alleges", "the complaint, filed Monday, says". */
  private static final Pattern LAWSUIT_SAYS = Pattern.compile("(?i)\\b(?:says|said|alleges|alleged|claims|claimed|accuses|accused|states"
      + "|stated|shows|showed|argues|argued|contends|contended|charges|charged|asserts|asserted|seeks|sought|according|reads)\\b");
  /** A site's own page on a topic or a name ("topics.bloomberg.com/brookings-institution"): it points at no document. */
  private static final Pattern TOPIC_PAGE = Pattern.compile("(?i)^(?:https?:)?//(?:topics?|tags?)\\.|/(?:topics?|tags?|category|categories"
      + "|people|person|organi[sz]ations?|companies|subjects?|keywords?|themes?)/");
  private static final Pattern NAMED_ONLY = Pattern.compile(NewsOutlets.NAMED);
  /** An address of a post on a network: a tweet, a Facebook or Instagram post, a video. */
  private static final Pattern POST_ADDRESS = Pattern.compile("(?i)https?://(?:[\\w-]+\\.)*(?:twitter\\.com|x\\.com|t\\.co"
      + "|facebook\\.com|fb\\.com|instagram\\.com|youtube\\.com|youtu\\.be|tiktok\\.com|reddit\\.com|linkedin\\.com"
      + "|threads\\.net|bsky\\.app|t\\.me|weibo\\.com)/.+");
  /** A document put on a social network: "in a letter posted on Twitter". */
  private static final Pattern POSTED_ON_A_NETWORK = Pattern.compile("\\b(?:posted|published|shared)\\s+(?:it\\s+)?(?:on|to)\\s+"
      + "(?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|YouTube)\\b");
  private static final Pattern PRESS_RELEASE_ADDRESS = Pattern.compile("(?i)/(?:pr|press|press-releases?|news-releases?|newsroom"
      + "|media-releases?)/|press-release|news-release");
  /** A document pointed back at: "the release", "her letter", "that office release". */
  private static final Pattern DEFINITE_LEAD = Pattern.compile("(?is)(?:.*\\s)?(?:the|this|that|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}");
  private static final Pattern RELEASE = Pattern.compile("(?:press |news )?releases?");
  private static final Pattern THESE_LEAD = Pattern.compile("(?is)(?:.*\\s)?(?:these|this)\\s+(?:[\\p{L}-]+\\s+)?");
  private static final Pattern OWN_RESULTS = Pattern.compile("findings|results|data|stud(?:y|ies)");
  private static final Pattern OWN_STUDY = Pattern.compile("(?i)\\b(?:this|our|the\\s+(?:present|current))\\s+(?:study|paper|report"
      + "|research|analysis)\\b");
  /** What a survey's shares come from, once linked. */
  private static final Pattern SURVEY_LIKE = Pattern.compile("survey|poll|study|report|data|research|analysis|finding|result|index");
  private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\b(?:announc\\w*|releas\\w*|statement)\\b");
  private static final Pattern PUBLISHER = Pattern.compile("\\s*(?:published|released|issued|posted)?\\s*(?:by|from)\\s+([^.;!?]{1,60})");
  /** An outlet by description alone, pointing back at one named before: "the news site", "the paper". */
  private static final Pattern ANAPHOR = Pattern.compile("(?i)the\\s+(?:(?:news|local|online|daily|weekly|same)\\s+)?(?:site|website|outlet"
      + "|web\\s+site|newspaper|paper|magazine|outlet|publication|daily|tabloid|broadcaster|network|station|news\\s+agency|agency)");
  private static final String DET = "(?:a|an|the|its|his|her|their|this|that|these|those|one|new|recent|latest)";
  /** "in an interview with", "in a 1995 interview with", "in her first interview since leaving office with". */
  private static final String IN_AN_INTERVIEW = "in\\s+(?:a|an|one|his|her|their|its)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?interview"
      + "\\s+(?:with|on|to|in|for)";
  private static final Pattern PUBLISHED_INTERVIEW = Pattern.compile(
      "(?i)\\binterview\\b[^.]{0,80}\\b(?:published|printed|broadcast|aired|posted|carried)\\b|\\bquoted\\s+(?:in|by)\\b"
          + "|\\b" + IN_AN_INTERVIEW + "\\b");
  private static final Pattern PRESS_TITLE = Pattern.compile("\\bPress\\s+(?:Secretary|Secretaries|Officer|Office|Aide|Attach[eé]"
      + "|Spokes(?:man|woman|person))\\b");
  /** Broadcasters and the press at large: telling them is speaking, not publishing. */
  private static final Pattern BROADCAST = Pattern.compile("(?i)\\b(?:radio|television|TV|broadcasters?|channel|CNBC|CNN|BBC|Fox"
      + "|NBC|ABC|CBS|NPR|PBS|MSNBC|Sky|ITV|Bloomberg|Al\\s+Jazeera|Al\\s+Arabiya|press|media|reporters?|journalists?|podcast|show"
      + "|programme|program|NHK|ESPN|CBC|CTV|LBC|RTE|RTÉ|VOA|Voice\\s+of\\s+America|Deutsche\\s+Welle|DW|France\\s+24|Euronews)\\b");
  /** Outlets whose names are also people or words: "Bloomberg said" is as often the man as the agency. */
  private static final Set<String> PERSON_LIKE_OUTLETS = Set.of("Bloomberg", "Fortune", "Time", "Vice", "Dawn", "Punch",
      "Sun", "Star", "Insider", "Nation", "Independent", "Observer", "Deadline", "Wired", "Variety", "Reforma", "Sabah",
      "Vanguard", "Mirror", "Herald", "Guardian", "Times", "Globe", "Mail", "Express", "Fars");

  private static final Set<String> DOC_WORDS = Set.of("report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "polling", "paper", "papers", "analysis", "analyses", "research", "review", "audit", "assessment", "data", "dataset", "database", "figures", "statistics", "estimates", "calculations", "census", "filing", "filings", "document", "documents", "memo", "memos", "memorandum", "letter", "letters", "emails", "e-mails", "cables", "editorial", "op-ed", "commentary", "release", "releases", "statement", "statements", "ruling", "rulings", "judgment", "judgement", "judgments", "verdict", "complaint", "lawsuit", "indictment", "affidavit", "transcript", "transcripts", "testimony", "records", "minutes", "findings", "forecast", "forecasts", "projection", "projections", "dossier", "prospectus", "index", "tally", "post", "article", "contract", "contracts", "note", "notes", "posting", "blog", "newsletter", "column", "presentation", "excerpts", "copy", "draft", "text", "trial", "trials", "announcement", "advertisement", "ad", "advert", "notice",
      "notices");
  private static final Set<String> OUTLET_WORDS = NewsOutlets.cueWords(Set.of("newspaper", "newspapers", "daily", "dailies", "tabloid", "tabloids", "magazine", "magazines", "agency", "agencies", "wire", "broadcaster", "broadcasters", "television", "tv", "radio", "media", "press", "outlet", "outlets", "site", "website", "blog", "podcast", "newsletter", "publication", "weekly", "paper", "times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph", "standard", "observer", "chronicle", "mail", "express", "mirror", "star", "globe", "courier", "enquirer", "examiner", "sentinel", "inquirer", "dispatch", "register", "bulletin", "review", "today", "newswires", "newswire", "shimbun", "ilbo", "zeitung", "pravda"));

  private static final List<Rule> RULES = List.of(
      new Rule(Kind.DOCUMENT, Set.of("according"), Pattern.compile("(?i)\\baccording\\s+(?:to\\s+)?(?:" + DET + "\\s+)?" + QUOTED_WORDS + "(" + DOC + ")\\b" + BY)),
      new Rule(Kind.DOCUMENT, Set.of("according"), Pattern.compile("(?i)\\baccording\\s+to\\s+(?:its|his|her|their|the"
          + "\\s+(?:company|group|bank|firm|agency|ministry|government|organi[sz]ation)['’]s)\\s+(web\\s*site|web\\s+page|site)\\b")),
      // Any site or database a claim rests on: "according to the state's finances website", "according to an online registry".
      new Rule(Kind.DOCUMENT, Set.of("according"), Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the|a|an|its|his|her|their)\\s+"
          + "(?:[\\p{L}\\p{N}&'’-]+\\s+){0,3}?(web\\s*site|web\\s+page|registry|online\\s+portal|portal)\\b")),
      new Rule(Kind.OUTLET, Set.of("according"), Pattern.compile("(?i)\\baccording\\s+to\\s+(?:a\\s+(?:report|story|article)\\s+(?:in|by|from|on)\\s+)?("
          + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")(?:\\s+(?:newspaper|daily|magazine|website|report|reports))?")),
      // A notice is a document only when someone published or saw it ("a notice viewed by"), not one on a door.
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)(?:^|\\b" + DET + "\\s+)" + WORDS + "(" + DOC + "|notices?)\\s+" + PUBLISHED + "\\b" + BY)),
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b" + DET + "\\s+" + WORD_NOT_OF + "{0,4}?(" + AUTHORED + ")\\s+(?:by|from|in)\\s+"
          + "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
          + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?=(?:the\\s+)?(?-i:\\p{Lu}))(?-i:" + NAME + ")")),
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)(?:^|[,;]\\s*|\\b(?:said|says|wrote|writes|writing|forecast|noted|estimated|found|named|listed"
          + "|disclosed|showed|argued|warned|predicted|concluded|stated|reported|saying)\\s+)in\\s+(?:a|an|its|his|her|their|the)\\s+"
          // A dated document keeps its date's abbreviation: "In a Nov. 5 letter to the agency".
          + "(?:[\\p{L}\\p{N}-]+\\.?\\s+){0,3}?(filing|report|study|survey|poll|letter|open\\s+letter|memo|notice|note|research\\s+note"
          + "|estimates|forecasts?|projections|ruling|audit|findings"
          // A talk is spoken ("said in his presentation"); its slides are a document.
          + "|posting|blog\\s+post|ruling|complaint|lawsuit|prospectus|paper|analysis|newsletter|column|article|excerpts"
          + "|slide\\s+presentation|investor\\s+presentation|slide\\s+deck|slides"
          + "|press\\s+release|news\\s+release|statement(?=\\s+on\\s+(?:its|the|his|her|their|a)\\b[^,.]{0,30}\\b(?:website|site|blog"
          + "|page|account|feed)))\\b(?=\\s*[,.;:]|\\s*$|\\s+(?:to|with|on|that|posted|published|released|filed|dated|seen|sent|issued"
          + "|made|for|about|last|this|earlier|late|from|by|of|in|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
          + "|\\s+(?-i:[a-z]+ing)\\b)")),
      new Rule(Kind.DOCUMENT, Set.of("poll", "survey"), Pattern.compile("(?i)\\bin\\s+(?:a|the|its|their|that|this|an)\\s+"
          + "(?:[\\p{L}\\p{N}&.-]+\\s+){0,3}?(poll|survey)\\b")),
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b(?:the|its|a|an|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(report|survey|poll|study"
          + "|data|index|filing|complaint|release)['’]s\\b")),
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b(?:(?:" + DET + "|(?-i:\\p{Lu}[\\p{L}&.'’-]*)(?:['’]s)?)\\s+)?" + WORD_IN_SUBJECT
          + "{0,3}?(" + String.format(DOC_SAYS, DOC) + ")(?:\\s+(?:of|from|by|in|on|for|at|this|last|released|published)\\s+"
          + "[^,;:\"“”]{1,60}?)?" + FILED_ASIDE + "\\s+(?:(?:(?:is|are|was|were)(?:\\s+(?:also|not|still|now|clearly|already|increasingly))*"
          + "(?=\\s+(?-i:[a-z]+ing)\\b)|also|has|have|had|which|that|on\\s+\\w+"
          + "|this\\s+\\w+|last\\s+\\w+|released\\s+\\w+|published\\s+\\w+|earlier|previously|again|further|today|yesterday|did|does"
          + "|also\\s+\\w+)\\s+)?"
          + SHOWS + "\\b(?!\\s+by\\b)")),
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b(?:said|says|wrote|writes|stated|alleged|alleges|argued|disclosed|announced"
          + "|reported|noted|added|estimated|found|showed|revealed|warned|claimed|explained|acknowledged|admitted|confirmed"
          + "|told\\s+\\w+|saying|as\\s+saying)\\s+in\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{L}\\p{N}&.'’/-]+\\s+){0,3}?("
          + "filing|court\\s+(?:papers|documents|filings?)|(?:search\\s+)?warrant\\s+(?:papers|documents|affidavits?|applications?)"
          + "|documents?|papers|complaint|lawsuit|ruling|opinion|judg(?:e)?ment|indictment"
          + "|report|study|paper|letter|memo|notice|note\\s+to\\s+(?:clients|investors)|research\\s+note|prospectus|affidavit"
          + "|press\\s+release|news\\s+release|release|blog\\s+post|blog|post|posting|tweet|newsletter|op-ed|column|article"
          + "|(?:public\\s+service\\s+)?announcement|advertisement|ad|advert"
          + "|video\\s+(?:posted|published|released|shared|uploaded)"
          + "|statement\\s+(?:posted|published|released|issued|carried|on\\s+(?:its|his|her|their|the)\\s+(?:website|web\\s+site"
          + "|site|blog|Facebook|Twitter|X|Telegram|Instagram|LinkedIn|social\\s+media)))\\b")),
      // A document as the subject of a long clause: "data from Lipper TASS, a unit of Thomson Reuters, show",
      // "a survey of 60 central banks released this month, compiled by RBS, showed", "trade data earlier in the week saw".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)(?:^|\\b(?:said|says|that)\\s+|[,;]\\s+|\\b" + DET + "\\s+"
          + "|(?-i:\\p{Lu}[\\p{L}&.'’-]*)(?:['’]s)?\\s+)" + WORD + "{0,3}?(" + String.format(DOC_SAYS, DOC) + ")(?:\\s+(?:of|from|by"
          + "|in|on|for|at|about|among|covering|before|after|earlier|released|published|compiled|conducted|due|with|to|using"
          + "|involving|into)\\b|,)"
          + "[^;:\"“”]{1,140}?\\s(?:also\\s+)?(?:showed|shows|show|found|finds|suggested|suggests|concluded|concludes|indicated"
          + "|indicates|revealed|reveals|predicted|projected|listed|urged|estimated|demonstrated|demonstrate|shown)\\b")),
      // A site speaking for its owner: "the department's website says", "its web page lists".
      new Rule(Kind.DOCUMENT, Set.of("website", "site", "page"), Pattern.compile("(?i)\\b(?:the|its|his|her|their|[\\p{L}.&-]+['’]s)\\s+"
          + "(?:[\\p{L}-]+\\s+){0,2}?(web\\s*site|web\\s+page|site)\\s+(?:also\\s+)?(?:says|said|states|stated|shows|showed|lists|listed"
          + "|notes|noted|claims|claimed|warns|warned|describes|described|explains|explained)\\b")),
      // A document the reporter obtained or read: "we obtained a 2025 corporate filing", "the paper reviewed a copy of the
      // contract". Anyone else obtaining records is news, not a source ("spy agencies obtained the phone records").
      new Rule(Kind.DOCUMENT, Set.of("obtained", "reviewed", "saw"), Pattern.compile("(?i)\\b(?:we|I|(?:this|the)\\s+(?:paper"
          + "|newspaper|station|outlet|publication|magazine|site|network)|" + NewsOutlets.NAMED + ")\\s+(?:also\\s+|has\\s+|had\\s+"
          + "|have\\s+)?(?:obtained|reviewed|saw)\\s+(?:a|an|the"
          + "|this|these|those|copies\\s+of|a\\s+copy\\s+of)\\s+(?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}?(filings?|documents?|letters?|memos?"
          + "|e-?mails?|reports?|records|notices?|contracts?|drafts?|transcripts?|complaints?|presentations?|text\\s+messages?)\\b")),
      // A survey's shares with nothing to open: "48% of participants said", "another 27 percent said".
      // "agreed" and "indicated" are left out: "85 percent of the agreed volumes" is no answer.
      new Rule(Kind.SURVEY_SHARE, Set.of("said", "say", "says", "reported", "responded", "answered"),
          Pattern.compile("(?i)\\b(\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent)(?:\\s+majority)?\\s+(?:of\\s+(?:the\\s+|all\\s+|those\\s+)?"
          + "(?:[\\p{L}-]+\\s+){0,3}?)?(?:said|say|says|reported|responded|answered))\\b")),
      // A respondent quoted by a survey: "one reserve manager told the survey".
      new Rule(Kind.DOCUMENT, Set.of("told", "telling"), Pattern.compile("(?i)\\b(?:told|telling)\\s+(?:the|a|an|this|that|its)\\s+"
          + "(?:[\\p{L}-]+\\s+){0,2}?(survey|poll|study)\\b")),
      // A respondent by the act of answering: "who completed the survey anonymously", "those who answered the poll".
      new Rule(Kind.DOCUMENT, Set.of("completed", "completing", "answered", "answering", "filled", "filling", "responded", "responding",
          "participated", "took"), Pattern.compile("(?i)\\b(?:completed|completing|answered|answering|filled\\s+out|filling\\s+out"
          + "|responded\\s+to|responding\\s+to|participated\\s+in|took\\s+part\\s+in)\\s+(?:the|a|an|this|that|its|their)\\s+"
          + "(?:[\\p{L}-]+\\s+){0,2}?(survey|poll|questionnaire)\\b")),
      // A document as the ground of a claim: "per the release", "based on data compiled by the Treasury".
      // A copula makes it a description of method, not a source: "the jobless rate is based on a household survey".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|be|been|being)\\s)\\b(?:(?:as\\s+)?per|based\\s+on"
          + "|drawing\\s+on)\\s+(?:(?:the|a|an|its|his|her|their|this|that|these|those|new|recent|latest|(?-i:\\p{Lu}[\\p{L}&.'’-]*)['’]s)"
          + "\\s+" + MODIFIERS + "(" + DOC + ")|(?:(?:court|public|police|government|official|federal|state|census|internal)\\s+)?"
          + "(data|figures|statistics|estimates|calculations|records|findings|research|filings|documents))\\b" + BY)),
      // Something published on a site a reader cannot reach from here: "comments posted on an Apple support website".
      new Rule(Kind.DOCUMENT, Set.of("posted", "published"), Pattern.compile("(?i)\\b(?:posted|published)\\s+(?:online\\s+)?on\\s+"
          + "(?:(?:a|an|its|the|his|her|their)\\s+(?:[\\p{L}\\p{N}&.'’-]+\\s+){0,3}?(website|web\\s+site|site|blog|forum|web\\s+page"
          + "|page|account|feed)|(Facebook|Twitter|Instagram|LinkedIn|Telegram|YouTube|Weibo|WeChat))\\b")),
      // A piece in the press, with the outlet as a modifier: "weekend newspaper comments by", "in a newspaper interview".
      new Rule(Kind.DOCUMENT, Set.of("newspaper", "newspapers", "magazine"), Pattern.compile("(?i)\\b(?:newspaper|magazine)\\s+"
          + "(interviews?|comments|remarks|articles?|columns?|editorials?|op-eds?|stor(?:y|ies)|pieces?)\\b")),
      // A statement printed by an outlet: "said in a statement in the Times of India".
      new Rule(Kind.DOCUMENT, Set.of("statement", "comments", "remarks", "letter"), Pattern.compile("(?i)\\bin\\s+(?:a|an|his|her|its"
          + "|their)\\s+(statement|comments|remarks|letter|message)\\s+(?:(?:published|carried|printed)\\s+(?:in|on|by)|in)\\s+"
          + "(?:" + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")")),
      // A document that may show something: "a groundbreaking new study may offer a way".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b" + DET + "\\s+" + WORD + "{0,3}?(study|studies|report|survey|poll|paper"
          + "|research|analysis|data)\\s+(?:may|might|could|would|appears\\s+to|appear\\s+to|seems\\s+to|seem\\s+to)\\s+(?:also\\s+)?"
          + "(?:offer|show|suggest|explain|point|provide|reveal|indicate|hold|change|help|mean|prove|confirm)\\b")),
      // Something posted online with nothing to follow: "an online thread", "an internet forum".
      new Rule(Kind.DOCUMENT, Set.of("online", "internet", "web"), Pattern.compile("(?i)\\b(?:an?|the|one|that|this)\\s+(?:online|internet"
          + "|web)\\s+(thread|forum|post|posting|discussion|petition|comments?|essay|article)\\b")),
      new Rule(Kind.DOCUMENT, Set.of("court", "regulatory", "securities", "exchange", "warrant"), Pattern.compile("(?i)\\b(court\\s+(?:papers|documents|filings|records|transcripts?)"
          + "|(?:search\\s+)?warrant\\s+(?:papers|documents|affidavits?|applications?)"
          + "|(?:regulatory|securities|stock\\s+exchange)\\s+filings?)\\b")),
      new Rule(Kind.OUTLET, OUTLET_WORDS, Pattern.compile("(?i)\\b(" + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")(?:\\s+(?:business|financial"
          + "|economic|national|local|state|online))?(?:\\s+(?:newspaper|daily|magazine|website|news\\s+agency|agency|television"
          + "|channel|broadcaster|reporter|reporters|piece|story|article|report))?(?:\\s+of\\s+(?-i:\\p{Lu}[\\p{L}-]+))?(?:\\s*,\\s*[^,]{1,60},)?"
          + "\\s+(?:(?:first|also|had|has|have|earlier|previously|separately|exclusively|later|on\\s+\\w+day)\\s+)?(?:reported|reports"
          + "|wrote|writes|quoted|quotes|cited|cites|" + RAN_A_STORY + "|published|revealed|disclosed|obtained|broke\\s+the\\s+(?:news|story)"
          + "|has\\s+learned|learned|said|says|speculating|saying"
          + "|suggesting|claiming)\\b")),
      new Rule(Kind.INTERVIEW, Set.of("told", "telling", "interview", "quoted"), Pattern.compile("(?i)\\b(?:told|telling|" + IN_AN_INTERVIEW
          + "|(?:gave|granted|giving|granting)\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?interview\\s+to|quoted\\s+in|quoted\\s+by)"
          + "\\s+(?:(?:the|a|an)\\s+)?((?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+)?(?:(?:daily|weekly|newspaper|magazine|broadcaster|radio"
          + "|television|business\\s+daily)\\s+)?(?:" + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + "))"
          + "")),
      // A masthead led by a foreign article ("La Stampa reported", "Die Welt reported"): with a reporting verb only,
      // as "Le Pen said" is a person.
      new Rule(Kind.OUTLET, Set.of("la", "le", "les", "il", "lo", "el", "los", "las", "der", "die", "das", "het"),
          Pattern.compile("\\b((?:La|Le|Les|Il|Lo|El|Los|Las|Der|Die|Das|Het)\\s+(?-i:\\p{Lu})[\\p{L}'’.-]+(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}'’.-]*"
          + "|\\p{N}+|della|del|de|di|du|des|do|da)){0,3})\\s+(?:(?:also|first|earlier|previously|on\\s+(?-i:\\p{Lu})\\p{L}+day)\\s+)?"
          + "(?:reported|reports|has\\s+reported|revealed|disclosed|quoted|cited)\\b")),
      // A credit with nothing to follow: "(via the Daily Planet)", "h/t Daily Planet", "…, via the Daily Planet."
      new Rule(Kind.OUTLET, Set.of("via", "h/t", "hat"), Pattern.compile("(?i)(?:\\(\\s*(?:via|h/t|hat\\s+tip:?)\\s+(" + NewsOutlets.NAMED
          + "|" + NewsOutlets.DESCRIBED + ")\\s*\\)|(?<=,\\s)(?:via|h/t)\\s+(" + NewsOutlets.NAMED + ")(?=\\s*[.!]?\\s*$))")),
      // A piece someone wrote, by its kind: "wrote in an op-ed for the Tribune", "writing in a guest essay" (after "in", a noun).
      new Rule(Kind.DOCUMENT, Set.of("wrote", "writes", "writing", "write"), Pattern.compile("(?i)(?<=\\b(?:wrote|writes|writing|write)\\s)"
          + "in\\s+(?:a|an|his|her|their|its|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(op-ed|column|essay|editorial|commentary|opinion\\s+piece"
          + "|guest\\s+piece|blog\\s+post|newsletter)\\b")),
      // An outlet as the place a piece was written: "writing in the Atlantic, she argued", "wrote in the Post last week".
      new Rule(Kind.OUTLET, Set.of("writing", "wrote", "writes", "write"), Pattern.compile("(?i)\\b(?:writing|wrote|writes|write)\\s+in\\s+("
          + NewsOutlets.NAMED + ")(?!['’]s)\\b")),
      // A broadcast station by call sign or channel: "WXYZ-TV reported", "KQRS 7 reported", "NBC 4 New York reported".
      new Rule(Kind.OUTLET, Set.of("reported", "reports", "learned", "obtained", "confirmed"), Pattern.compile("\\b((?:[KW][A-Z]{2,3}"
          + "(?:-(?:TV|FM|AM|DT)|\\s+(?:\\d{1,2}|News|TV|Radio))|(?:NBC|ABC|CBS|FOX|Fox|CW)\\s+\\d{1,2}(?:\\s+(?-i:\\p{Lu})\\p{L}+){0,2}"
          + "|Channel\\s+\\d{1,2})(?:\\s+News)?)\\s+(?:(?:has|had|also|first|later|previously)\\s+)?(?:reported|reports|learned"
          + "|obtained|confirmed)\\b")),
      // A web outlet by its kind alone: "the outlet reported", "the site first revealed"; it points back at one named before.
      new Rule(Kind.OUTLET, Set.of("outlet", "site", "website"), Pattern.compile("(?i)\\b(the\\s+(?:outlet|site|website))\\s+(?:first\\s+"
          + "|also\\s+|previously\\s+|later\\s+)?(?:reported|revealed|wrote|disclosed|noted)\\b")),
      // Inverted after a quote or a clause: ", reported the FT", ", said the newspaper".
      new Rule(Kind.OUTLET, OUTLET_WORDS, Pattern.compile("(?i)(?<=,\\s)(?:reported|reports|wrote|writes|said|says)\\s+("
          + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")")),
      new Rule(Kind.OUTLET, Set.of("quoted"), Pattern.compile("(?i)\\bquoted\\s+as\\s+saying\\b[^.;\"“”]{0,60}?\\bby\\s+("
          + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")")),
      new Rule(Kind.OUTLET, Set.of("reported", "reports", "published", "quoted", "cited", "revealed", "disclosed", "carried"), Pattern.compile("(?i)\\b(?:reported|first\\s+reported|published|quoted|cited|revealed|disclosed"
          + "|carried)\\s+(?:by|in)\\s+(" + NewsOutlets.NAMED + "|" + NewsOutlets.DESCRIBED + ")")),
      // A tweet or a post on a social network is a published statement: "the minister tweeted", "wrote on Facebook".
      new Rule(Kind.SOCIAL, Set.of("tweeted", "tweeting", "retweeted"), Pattern.compile("(?i)\\b(?:re)?tweet(?:ed|ing(?=\\s*(?:that\\b|[:,\"“])))\\b")),
      new Rule(Kind.SOCIAL, SOCIAL_WORDS, Pattern.compile("(?i)\\b(?:in|according\\s+to)\\s+(?:a|an|one|his|her|their|its|two|three|several|multiple|the|a\\s+series\\s+of"
          + "|a\\s+pair\\s+of)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(tweets?|" + PLATFORM + "\\s+(?:posts?|postings?|messages?|videos?|updates?"
          + "|live\\s*streams?|comments?|threads?|stor(?:y|ies)|reels?)|(?:social\\s+media|online|blog)\\s+posts?)\\b")),
      new Rule(Kind.SOCIAL, SOCIAL_WORDS, Pattern.compile("(?i)\\b(?:wrote|writes|writing|said|says|posted|posts|posting|shared|shares|sharing"
          + "|announced|announces|claimed|claims|commented|replied|responded|declared|explained|insisted|complained|joked|added"
          + "|revealed|confirmed|argued|warned|stated|noted|tweeted)\\s+(?:" + SOCIAL_OBJECT + "\\s+)?(?:" + WHEN + "\\s+)?(?:on|to|from|via)\\s+"
          + "(?:(?:his|her|their|its|the|a|an|one|my|our)\\s+)?(?:(?:official|personal|verified|own|private|public)\\s+)?(" + PLATFORM
          + ")(?!['’]s)(?:\\s+(?:page|account|feed|profile|story|stories|channel))?\\b(?!\\s+(?:use|usage|habits|addiction|polic(?:y|ies)"
          + "|regulation|compan(?:y|ies)|giants?|firms?|executives?|bans?|laws?|rules|algorithms?|influencers?|platforms?\\s+(?:for|to)))")),
      // "took to Twitter to accuse", "took to social media on Sunday": a post, named by where it went.
      new Rule(Kind.SOCIAL, Set.of("took", "take", "takes", "taking"), Pattern.compile("(?i)\\b(?:took|takes|take|taking)\\s+to\\s+"
          + "(?:(?:his|her|their|its|the)\\s+)?(?:(?:official|personal|verified|own)\\s+)?(" + PLATFORM + ")(?!['’]s)"
          + "(?:\\s+(?:page|account|feed|profile|channel))?\\b")),
      // "On the social media site Reddit, a user posted a story": the platform first, the post later in the sentence.
      new Rule(Kind.SOCIAL, SOCIAL_WORDS, Pattern.compile("(?i)^\\s*(?:On|In|Over\\s+on)\\s+(?:(?:the|a|an|one|his|her|their|its)\\s+)?"
          + "(?:(?:popular|official|personal|verified|social\\s+media|social\\s+networking|social\\s+network|online|messaging"
          + "|video-sharing|photo-sharing)\\s+){0,2}(?:(?:site|platform|app|network|forum)\\s+)?(" + PLATFORM + ")(?!['’]s)\\b"
          + "(?=[^.;!?]{0,160}?\\b(?:posted|wrote|shared|tweeted|writes|posts|commented|claimed|put\\s+up|uploaded|published)\\b)")),
      // Unnamed users of a network quoted from their posts: "One user wrote:", "another commenter joked".
      new Rule(Kind.SOCIAL, Set.of("user", "users", "commenter", "commenters", "follower", "followers", "fan", "fans", "viewer", "viewers",
          "redditor", "redditors", "poster", "posters", "netizen", "netizens", "tweeter", "tweeters"), Pattern.compile("(?i)\\b(?:one|a|another"
          + "|some|many|several|other|one\\s+such)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:users?|commenters?|followers?|fans?|viewers?|redditors?"
          + "|posters?|netizens?|tweeters?)\\s+(?:also\\s+|simply\\s+|then\\s+)?(?:wrote|commented|posted|tweeted|replied|joked|quipped)\\b")),
      // The document after its verb: "…, says a report highlighting the rise".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)(?<=[,”\"]\\s)(?:says|said|according\\s+to|reads|read|states|stated"
          + "|continues|continued|concludes|concluded|warns|warned|adds|added|notes|noted)\\s+(?:a|an|the|one|new|this|that|its|his|her"
          + "|their)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(report|study|survey|paper|analysis|poll|review|audit|memo|letter|filing|complaint"
          + "|lawsuit|indictment|affidavit|petition|document|notice|(?:press\\s+|news\\s+)?release|e-?mail|ruling|order)\\b")),
      // A notice published on a site that speaks: "a notice on the website of the city council says".
      new Rule(Kind.DOCUMENT, Set.of("website", "site", "page", "homepage"), Pattern.compile("(?i)\\b(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?"
          + "(statement|notice|message|announcement|advisory|alert|update|post)\\s+(?:posted\\s+|published\\s+)?on\\s+(?:the|its|his|her"
          + "|their|a|an)\\s+(?:[\\p{L}.&'’-]+\\s+){0,2}?(?:web\\s*site|web\\s+page|site|homepage|page)\\b"
          + "(?:\\s+of\\s+[^,;:]{1,60}?)?\\s+(?:also\\s+)?(?:says|said|states|stated|reads|read|warns|warned|notes|noted)\\b")),
      // A letter nobody can read: "she wrote a letter to the mayor", "they sent a joint letter to the Senate".
      new Rule(Kind.DOCUMENT, Set.of("wrote", "sent", "penned", "write", "writes", "send", "sends"), Pattern.compile("(?i)\\b(?:wrote|writes"
          + "|write|sent|sends|send|penned)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(letter|memo|memorandum)\\s+to\\s+(?:the\\s+)?"
          + "(?-i:\\p{Lu})")),
      // Media reports declined or answered: "declined to comment on reports that", "responding to reports of".
      new Rule(Kind.DOCUMENT, Set.of("reports"), Pattern.compile("(?i)\\b(?:comment(?:s|ed|ing)?|respond(?:s|ed|ing)?|react(?:s|ed|ing)?"
          + "|asked|questioned)\\s+(?:on|to|about)\\s+(?:(?:media|press|news|recent|local|earlier|unconfirmed|published|online)\\s+)?"
          + "(reports)\\s+(?:that|of)\\b")),
      // A network's posts as the speaker: "Facebook posts falsely said".
      new Rule(Kind.SOCIAL, SOCIAL_WORDS, Pattern.compile("(?i)\\b(" + PLATFORM + ")\\s+(?:posts?|postings?|messages?|videos?)\\s+"
          + "(?:(?:also|falsely|wrongly|widely|repeatedly|later|have|had|has)\\s+)?(?:said|say|says|claimed|claim|claims|suggested"
          + "|suggest|suggests|alleged|allege|alleges|showed|show|shows)\\b")),
      // A document released by anyone, with what it says: "Amazon released a separate statement saying",
      // "the journal published the team's findings in a paper titled".
      new Rule(Kind.DOCUMENT, Set.of("released", "published", "issued", "posted", "put", "unveiled", "made", "circulated"),
          Pattern.compile("(?i)\\b(?:released|published|issued|posted|put\\s+out|unveiled|made\\s+public|circulated)\\s+(?:(?:a|an|the|its"
          + "|their|his|her|this|new|separate|joint|detailed|lengthy|brief|short|written|own|first|second|latest|annual|updated"
          + "|preliminary|final|full|[\\p{N}]+-(?:page|minute|point))\\s+){1,3}(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(statements?|reports?"
          + "|study|studies|papers?|surveys?|polls?|analys[ie]s|data|figures|estimates|findings|letters?|memos?|documents?"
          + "|transcripts?|rulings?|opinions?|audit|assessment|research|press\\s+releases?|news\\s+releases?|white\\s+paper|dossier"
          + "|forecasts?|projections?|e-?mails|records|minutes|research\\s+notes?|requests?\\s+for\\s+(?:proposals|bids|qualifications"
          + "|information)|tenders?|solicitations?|notices?|guidance|guidelines|advisor(?:y|ies))\\b(?=" + SAYING
          // What the document does, in a participle ("a statement condemning the protest"), or its words quoted.
          + "|\\s+(?!(?:following|during|including|regarding|concerning|nothing|something|everything|anything|morning|evening)\\b)"
          + "(?-i:[a-z]{3,}ing)\\b|[^.;!?]{0,80}?[“\"])")),
      // A journal as the place of publication: "published in the journal Science", "writing in The Lancet".
      new Rule(Kind.JOURNAL, Set.of("published", "appearing", "appears", "appeared", "reported", "described", "detailed", "presented",
          "writing", "wrote", "write", "writes", "report", "reporting", "say", "said", "conclude", "concluded", "argue", "argued",
          "note", "noted", "found", "explain", "explained", "warn", "warned"),
          Pattern.compile("(?i)\\b(?:published|appearing|appears|appeared|reported|reporting|report|described|detailed|presented|writing"
          + "|wrote|write|writes|say|said|conclude|concluded|argue|argued|note|noted|found|explain|explained|warn|warned)\\s+(?:online\\s+)?"
          + "(?:(?:this|last|on|earlier|late|in)\\s+\\w+\\s+)?in\\s+(" + JOURNAL + ")")),
      // Passive or "as" frames: "as revealed in a series of court judgments", "details set out in the contract".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b(?:revealed|detailed|described|documented|outlined|shown|set\\s+out"
          + "|laid\\s+out|disclosed|stated|quoted|cited|highlighted|recorded|spelled\\s+out|contained)\\s+in\\s+(?:(?:a|an|the|its|his"
          + "|her|their|these|those|one|several|two|three|a\\s+series\\s+of|a\\s+number\\s+of|new|recent|internal|leaked)\\s+)+"
          + "(?:[\\p{L}\\p{N}&'’-]+\\s+){0,4}?(" + DOC + "|judg(?:e)?ments|messages)\\b")),
      // Back at a document met before, by its general name: "the steps proposed in the document", "the names listed in the memo".
      new Rule(Kind.DOCUMENT, Set.of("document", "memo", "dossier", "letter"), Pattern.compile("(?i)\\b(?:listed|suggested|proposed"
          + "|mentioned|recommended|identified|named|included)\\s+in\\s+(?:the|this|that)\\s+(document|memo|dossier|letter)\\b")),
      // The speaker after the verb: "explained the court in its ruling".
      new Rule(Kind.DOCUMENT, DOC_WORDS, Pattern.compile("(?i)\\b(?:said|says|wrote|writes|explained|noted|stated|added|argued|concluded"
          + "|found|held|ruled|warned|alleged|claimed)\\s+(?:the|a)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:court|judges?|panel|justices?"
          + "|tribunal|commission|committee|board|agency|ministry|department|company|bank|firm|authors?|researchers?|scientists"
          + "|regulator|watchdog|prosecutors?|lawyers?|attorneys?)\\s+in\\s+(?:its|his|her|their|the|a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?"
          + "(ruling|opinion|decision|judg(?:e)?ment|order|filing|report|study|paper|letter|complaint|lawsuit|memo|indictment|motion"
          + "|brief)\\b")),
      // A document named by its title: "in its recently released World Economic Outlook".
      new Rule(Kind.TITLED, Set.of("released", "published", "issued", "updated"), Pattern.compile("(?i)\\bin\\s+(?:its|their|his|her|the|a|an)\\s+"
          + "(?:(?:recently|newly|just|latest|new|annual|quarterly|monthly|biannual|semi-annual|twice-yearly|flagship)\\s+){0,3}"
          + "(?:released|published|issued|updated)\\s+(?:(?:annual|quarterly|monthly|latest|new|flagship|twice-yearly)\\s+)?"
          + "((?-i:\\p{Lu}[\\p{L}'’&-]*)(?:\\s+(?:(?-i:\\p{Lu}[\\p{L}'’&-]*)|of|and|for|on|the)){0,6})")),
      // A public body's published estimate: "the government estimates that 4 million people could apply".
      new Rule(Kind.ESTIMATE, Set.of("estimates", "estimated", "projects", "projected", "calculates", "calculated", "forecasts", "reckons",
          "counts", "counted"), Pattern.compile("(?i)\\b((?:the\\s+)?(?:(?:federal|U\\.S\\.|US|state|national|local|city|county|British|UK"
          + "|Chinese|Indian|Japanese|Canadian|Australian|European|(?-i:\\p{Lu}[\\p{L}.&'’-]*))\\s+){0,3}(?:government|administration"
          + "|agency|bureau|ministry|department|office|census\\s+bureau|commission|authorities|statistics\\s+(?:office|agency|bureau)"
          + "|statistical\\s+office|(?-i:UN|U\\.N\\.|United\\s+Nations|World\\s+Bank|IMF|OECD|WHO|CDC|CBO|EIA|IEA|ONS|BLS|FAO|UNICEF"
          + "|UNHCR|Eurostat)))\\s+(?:now\\s+|also\\s+|currently\\s+|previously\\s+|has\\s+|had\\s+)?(?:estimates|estimated|projects"
          + "|projected|calculates|calculated|reckons|counts|counted)\\b(?=\\s+(?:that|there|about|around|roughly|nearly|almost|more"
          + "|fewer|less|some|up\\s+to|at\\s+least|as\\s+many|as\\s+much|the\\s+number|over|between)\\b|\\s+[$€£\\p{N}])")),
      // A reference in the academic style with nothing to open: "(World Meteorological Organization, 2023)", "(Smith et al., 2019)".
      new Rule(Kind.REFERENCE, Set.of(), Pattern.compile("\\((?:see\\s+|e\\.g\\.,?\\s+)?((?!(?:January|February|March|April|May|June|July"
          + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall"
          + "|Winter|Photo|Image|Source|Credit|Updated|Published|Posted|Copyright|Est|Founded|Born)\\b)(?-i:\\p{Lu})[\\p{L}'’&.-]*(?:\\s+"
          + "(?:(?-i:\\p{Lu})[\\p{L}'’&.-]*|of|for|and|&|on|the|de|van|von|der))*(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+(?-i:\\p{Lu})[\\p{L}'’-]*)?)"
          + ",\\s+(?:19|20)\\p{N}\\p{N}[a-z]?(?:,\\s*pp?\\.\\s*\\p{N}+(?:[-–]\\p{N}+)?)?(?:;[^()]{1,120})?\\)")),
      // Another outlet's piece by its owner's name: "the Post's reporting", "a Times investigation found".
      new Rule(Kind.OUTLET, OUTLET_WORDS, Pattern.compile("(?i)\\b(" + NewsOutlets.NAMED + ")['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:stor(?:y|ies)"
          + "|reporting|investigation|article|piece|coverage|exposé|interview|editorial)\\b")),
      new Rule(Kind.HERE, Set.of("here", "click", "full", "complete", "whole", "entire", "below", "link", "available", "above"), Pattern.compile("(?i)\\b(?:(?:read|find\\s+out|learn|see|discover)\\s+more\\s+(?:about|on)\\s+[^.;!?]{1,80}?\\s+(?:here|below)"
          + "|(?:read|find\\s+out|learn|see|view|watch|download|get|access|more)\\s+(?:more"
          + "|the\\s+(?:full|whole|complete|entire)\\s+[\\p{L}-]+|the\\s+(?:report|study|paper|document|statement|ruling|survey|poll"
          + "|data|transcript|story|article|details|list|results|letter|filing)|our\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|it|them"
          + "|details|information)\\s+(?:here|online\\s+here|below)|click\\s+(?:here|this\\s+link|the\\s+link|below|through)"
          + "|(?:full|complete)\\s+(?:report|study|text|story|statement|list|details|results|transcript)\\s+(?:here|is\\s+available"
          + "|available|can\\s+be\\s+found)|available\\s+here|(?:link|details)\\s+(?:here|below|above)|(?:see|view|read|download"
          + "|consult)\\s+(?:the\\s+)?(?:full|complete|whole|entire)\\s+(?:report|study|paper|document|statement|ruling|survey|poll"
          + "|data|dataset|transcript|story|article|results|text|list|findings|filing))\\b")),
      new Rule(Kind.VISIT, Set.of("visit", "check", "head", "go", "see", "consult", "read"), Pattern.compile("(?:^|[,:;—–]\\s*|\\b(?:[Pp]lease|[Ss]imply|[Jj]ust|[Oo]r)\\s+)(?:[Vv]isit|[Cc]heck\\s+out"
          + "|[Hh]ead\\s+(?:over\\s+)?to|[Gg]o\\s+to|[Ss]ee|[Cc]onsult|[Rr]ead\\s+more\\s+(?:at|on))\\s+(" + NAME + "|www\\.[^\\s]+"
          + "|[\\w-]+\\.(?:com|org|gov|net|edu|int|co\\.uk|org\\.uk|gov\\.uk)\\b[^\\s]*)")));

  /** A medium's word, capitalised, that starts a described outlet ("Television Workers"); and a name joined to it before. */
  private static final Pattern MEDIUM_WORD = Pattern.compile("(?:Television|TV|Radio|Press|Media|News)\\b");
  private static final Pattern NAME_JOINED_BEFORE = Pattern.compile("(?-i:\\p{Lu})[\\p{L}.&'’-]*\\s+(?:and|of|&|for)\\s+$");
  private static final Pattern NAMED_WORD = Pattern.compile("((?-i:\\p{Lu})[\\p{L}&-]{3,}+)(['’]s\\b)?");

  /** What a website or an organisation a reader is sent to is called; places and people are not sites. */
  private static final Pattern SITE = Pattern.compile("(?:Department|Institution|Institute|Foundation|Council|Center|Centre"
      + "|Agency|Office|Ministry|Commission|Organi[sz]ation|Association|Society|Bureau|Service|Administration|Authority|Board"
      + "|Committee|Fund|Bank|University|College|Library|Archive|Archives|Museum|Trust|Alliance|Network|Coalition|Union"
      + "|Forum|Project|Program|Programme|Policy|Watch|Review|Journal|Magazine|Times|Post|News|Herald|Tribune|Guardian"
      + "|Economist|Brookings|RAND|Chatham|CSIS|Pew|Gallup|website|site|page|portal|Register|Registry|Database|Statistics"
      + "|Census|Survey|www\\.|\\.com|\\.org|\\.gov|\\.net|\\.edu|\\.int|\\.uk)");

  @Override
  public String name() {
    return "unlinked-source";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.SOURCE_UNLINKED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.SENTENCES, Capability.PART_OF_SPEECH);
  }

  @Override
  public List<Finding> detect(PreparedArticle analyzed, AnalysisContext context) {
    Article article = analyzed.article();
    DirectQuotes quotes = DirectQuotes.of(article);
    String ownOutlet = ownOutlet(article);
    List<Finding> out = new ArrayList<>();
    // Documents this article has cited with a link: a later "the release" or "her letter" is the same one.
    Set<String> linkedDocs = new HashSet<>();
    for (Block b : article.blocks()) {
      if (b.kind() == BlockKind.SOURCE_LINE && !article.hasLinkIn(b.span())) {
        String quote = article.text(b.span());
        out.add(new Finding(FindingCodes.SOURCE_UNLINKED, Severity.WARNING, b.span(), quote,
            "“" + quote + "” names a source with nothing to follow: link the original piece.", List.of(),
            Optional.empty()));
      }
    }
    for (Sentence s : analyzed.sentences()) {
      if (s.blockKind() == BlockKind.SOURCE_LINE || s.blockKind() == BlockKind.BOILERPLATE) {
        continue;
      }
      boolean linkedHere = article.hasLinkIn(s.span())
          || article.blockAt(s.span().start()).map(b -> article.hasLinkIn(b.span())).orElse(false)
          || s.text().strip().endsWith(":") && nextBlockLinked(article, s.span());
      List<Finding> found = new ArrayList<>();
      Set<String> words = lowerCaseWords(s);
      for (Rule rule : RULES) {
        if (!rule.cues().isEmpty() && Collections.disjoint(rule.cues(), words)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s.text());
        while (m.find()) {
          if (rule.kind() == Kind.DOCUMENT && (linkedHere || POSTED_ON_A_NETWORK.matcher(s.text()).find() && linksToAPost(article))) {
            linkedDocs.add(singular(documentOf(m).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
          }
          Optional<Finding> f = judge(rule.kind(), m, s, analyzed, quotes, ownOutlet, linkedHere, found, linkedDocs);
          f.ifPresent(found::add);
        }
      }
      out.addAll(found);
    }
    return out;
  }

  private Optional<Finding> judge(Kind kind, Matcher m, Sentence s, PreparedArticle analyzed, DirectQuotes quotes,
      String ownOutlet, boolean linkedHere, List<Finding> found, Set<String> linkedDocs) {
    Article article = analyzed.article();
    int start = m.start();
    if (kind == Kind.VISIT) {
      start = m.start() + m.group().indexOf(m.group().strip().split("\\s+")[0]);
      while (start < m.end() && !Character.isLetter(s.text().charAt(start))) {
        start++;
      }
    }
    int end = trimEnd(s.text(), start, m.end());
    if (end <= start) {
      return Optional.empty();
    }
    Span span = new Span(s.span().start() + start, s.span().start() + end);
    if (linkedHere || quotes.inside(span) || found.stream().anyMatch(f -> f.span().overlaps(span))) {
      return Optional.empty();
    }
    String target = documentOf(m).strip();
    String words = span.of(article.text());
    // A job title, not the press: "White House Press Secretary Jane Roe said".
    if (PRESS_TITLE.matcher(words).find()) {
      return Optional.empty();
    }
    String message;
    switch (kind) {
      case DOCUMENT -> {
        int g = m.group(1) != null ? 1 : 2;
        String doc = m.group(g).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // After "according to" or "in a", the word is a noun whatever the tagger says ("a Moody's Analytics report").
        boolean framed = m.group().matches("(?is)(?:according|in\\s|per\\s|as\\s+per\\s|based\\s|drawing\\s).*");
        String lead = s.text().substring(m.start(), m.start(g));
        String before = s.text().substring(0, m.end(g));
        if (!framed && !isNoun(s, m.end(g))
            // Research in general ("studies have shown", "recent data suggests") is no one document, so a link elsewhere
            // to some study is not to it: only a link where it is cited clears it.
            || !generalMention(s, m.start(g), m.end(g)) && linkedElsewhere(article, doc, words + publisher(s.text().substring(m.end())))
            // A question about a document cites nothing: "What did the paper say to the pencil?"
            || before.matches("(?is).*\\b(?:did|does|do)\\s+(?:the|a|an|this|that|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "[\\p{L}-]+") && s.text().substring(m.end(g)).matches("(?s)\\s+(?:say|show|find|suggest|reveal|mean)\\b.*")
            // People on or under a document speak, not it: "staff on short-term contracts said".
            || !framed && m.group().matches("(?is).*\\b(?:said|says|say)") && s.text().substring(0, m.start(g))
            .matches("(?is).*\\b(?:on|under|without)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}")
            // A suit brought is news, not a source, until something is read from it: "the settlement follows a lawsuit filed by".
            || doc.matches("lawsuits?|complaints?|petitions?|suits?") && !framed && !LAWSUIT_SAYS.matcher(s.text()).find()
            // Sending a reporter to a document is no use of it: "a spokesman referred questions to the company's filings".
            || s.text().substring(0, start).matches("(?is).*\\b(?:referred|refers|referring|directed|directs|pointed|points)\\s+"
            + "(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}?to\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}")
            // A consensus of analysts' numbers is no one document: "based on a survey of three analysts", "analyst forecasts".
            || lead.matches("(?is)(?:as\\s+)?(?:per|based|drawing)\\b.*\\banalysts?\\b.*")
            || doc.matches("surveys?|polls?") && s.text().substring(m.end(g)).matches("(?is)\\s+of\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?"
            + "(?:analysts|economists|forecasters|strategists|brokers)\\b.*") && lead.matches("(?is)(?:as\\s+)?(?:per|based|drawing)\\b.*")
            // The outlet's own work ("according to our estimates") has no one else's page to link, nor has a paper's own
            // ("these findings demonstrate", "the findings in this study show").
            || lead.matches("(?is).*\\b(?:our|my)\\s+(?:[\\p{L}-]+\\s+)?")
            || THESE_LEAD.matcher(lead).matches() && OWN_RESULTS.matcher(doc).matches() || OWN_STUDY.matcher(m.group()).find()
            // "The report says" back at a report cited in an earlier paragraph that holds a link: linked once is linked.
            || lead.matches("(?is)(?:.*\\s)?(?:the|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}") && citedLinkedBefore(article, s.span(), doc)
            // "the release" after the announcement was linked, "her letter" after the letter was: linked once is linked.
            || DEFINITE_LEAD.matcher(lead).matches()
            && (linkedDocs.contains(singular(doc)) || RELEASE.matcher(doc).matches() && releaseLinkedBefore(article, s.span()))
            // Posted on a network whose post the article links (an embedded tweet): the reader has it.
            || POSTED_ON_A_NETWORK.matcher(s.text()).find() && linksToAPost(article)
            // People who made or read the document speak, not it: "analysts who have run the numbers and the estimates say".
            || s.text().substring(0, m.start(g)).matches("(?is).*\\bwho\\s+(?:[\\p{L}'’-]+\\s+){1,3}(?:the|a|an|their|these|those|its)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,2}") && s.text().substring(m.end(g)).matches("(?is)\\s+(?:say|says|said|argue|argued|warn|warned)\\b.*")
            // A statement issued is handed out, not published ("issued a statement" stays a look-alike).
            || doc.matches("statements?") && m.group().matches("(?is)issued\\b.*")
            // A document someone will not talk about is no source: "declined to comment on the audit by the board".
            || s.text().substring(0, start).matches("(?is).*\\bcomment(?:s|ed|ing)?\\s+on\\b[^.;:,]*")
            // A name, not a document: "according to Coresight Research" (but "Reuters Estimates" is a data set).
            || m.group(g).equals("Research") && lead.matches("(?s).*(?-i:\\p{Lu})[\\p{L}&.'’-]*\\s+")
            && !lead.matches("(?s).*\\b(?:The|A|An)\\s+")) {
          return Optional.empty();
        }
        String what = singular(doc);
        message = "“" + words + "” cites " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what
            + " readers cannot open: link it.";
      }
      case OUTLET -> {
        if (isOwn(ownOutlet, target) && !m.group().matches("(?is).*report.*")
            || linkedElsewhere(article, target, words) || target.matches("(?i)(?:the\\s+)?(?:press|media|radio|television|TV)")
            && !m.group().matches("(?is).*\\b(?:reported|reports|wrote|quoted|cited|published|according).*")
            || PERSON_LIKE_OUTLETS.contains(target.replaceFirst("(?i)^the\\s+", ""))
            && !target.matches("(?i)the\\s+.*") && m.group().matches("(?is).*\\b(?:said|says)\\b.*")
            || isMediaCompany(target)
            // A medium's word closing a longer proper name is no outlet: "the Guild of Stage and Television Actors said".
            || MEDIUM_WORD.matcher(target).lookingAt() && NAME_JOINED_BEFORE.matcher(s.text().substring(0, m.start())).find()
            // "According to the news site" after "NBC 4 New York reported" with a link: linked once is linked.
            || anaphorLinked(article, s.span(), target, ownOutlet)) {
          return Optional.empty();
        }
        message = "“" + words + "” cites a story by " + target + " without a link: link the original piece.";
      }
      case INTERVIEW -> {
        // "told CNBC" or "told Austrian radio" is a spoken interview; "told the Journal" or "told Blick in an interview
        // published on Thursday" is the outlet's printed piece.
        if (!PUBLISHED_INTERVIEW.matcher(s.text()).find() && BROADCAST.matcher(target).find() || isOwn(ownOutlet, target)
            || linkedElsewhere(article, target, words) || isMediaCompany(target)
            // "told the paper": the article is outside the name here.
            || anaphorLinked(article, s.span(), m.group().matches("(?is).*\\bthe\\s+" + Pattern.quote(target) + "\\b.*") ? "the " + target
            : target, ownOutlet)) {
          return Optional.empty();
        }
        message = "“" + words + "” cites an interview published by " + target + ": link it.";
      }
      case HERE -> {
        // "If you click this link and buy, we earn a commission" describes a link; it does not promise one.
        if (s.text().substring(0, m.start()).matches("(?is).*\\b(?:if|when|whenever|once|after)\\s+(?:you|users|readers|visitors"
            + "|someone|they|we)\\s+(?:\\w+\\s+)?")) {
          return Optional.empty();
        }
        message = "“" + words + "” promises something to follow, but there is no link: add it.";
      }
      case SOCIAL -> {
        if (s.text().substring(0, m.start()).matches("(?is).*\\b(?:not|never|n['’]t|no\\s+longer|yet\\s+to|refused\\s+to|declined\\s+to"
            + "|stopped)\\s+(?:\\w+\\s+)?|.*\\b(?:who|which)\\s+(?:had\\s+|has\\s+|also\\s+)?")
            // A habit, not one post: "whenever she posted a new photo on Instagram".
            || s.text().substring(0, m.start()).matches("(?is).*\\b(?:whenever|every\\s+time|each\\s+time|anytime|if)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){1,3}")
            || linkedElsewhere(article, target, words) || linksToAPost(article)
            // One post, one finding: "On Reddit, a user posted" is flagged at the network already.
            || !found.isEmpty()) {
          return Optional.empty();
        }
        message = "“" + words + "” cites a post readers cannot open: link it.";
      }
      case JOURNAL -> {
        if (linkedElsewhere(article, target, words) || article.links().stream().anyMatch(l -> l.href().matches("(?i).*\\bdoi\\b.*"))) {
          return Optional.empty();
        }
        message = "“" + words + "” cites a journal article readers cannot open: link it.";
      }
      case TITLED -> {
        if (linkedElsewhere(article, target, words)) {
          return Optional.empty();
        }
        message = "“" + words + "” cites " + target + ", which readers cannot open: link it.";
      }
      case ESTIMATE -> {
        if (linkedElsewhere(article, "estimate", words)) {
          return Optional.empty();
        }
        message = "“" + words + "” cites an estimate readers cannot open: link it.";
      }
      case SURVEY_SHARE -> {
        // The survey was cited with a link before (or in this paragraph): its shares are from it.
        if (linkedDocs.stream().anyMatch(d -> SURVEY_LIKE.matcher(d).matches())
            || citedLinkedBefore(article, s.span(), "survey") || citedLinkedBefore(article, s.span(), "poll")) {
          return Optional.empty();
        }
        message = "“" + words + "” gives a survey's figures with no survey to open: link it.";
      }
      case REFERENCE -> {
        if (linkedElsewhere(article, target, words)) {
          return Optional.empty();
        }
        message = "“" + words + "” cites a source in reference style with nothing to open: link it.";
      }
      case VISIT -> {
        String site = target.replaceAll("(?:\\s+(?:of|the|and|for|on|&))+$", "").replaceFirst("\\.$", "");
        if (!SITE.matcher(site).find() || site.isEmpty()) {
          return Optional.empty();
        }
        int siteEnd = start + m.group().substring(start - m.start()).indexOf(site) + site.length();
        Span visitSpan = new Span(s.span().start() + start, s.span().start() + siteEnd);
        String quote = visitSpan.of(article.text());
        return Optional.of(new Finding(FindingCodes.SOURCE_UNLINKED, Severity.WARNING, visitSpan, quote,
            "“" + quote + "” sends readers to " + site + " without a link: add the address.", List.of(), Optional.empty()));
      }
      default -> throw new IllegalStateException(kind.name());
    }
    return Optional.of(new Finding(FindingCodes.SOURCE_UNLINKED, Severity.WARNING, span, words, message, List.of(),
        Optional.empty()));
  }

  /** Who put a document out, named just after it: "a statement released by his website, GreatAgain" → ", GreatAgain". */
  private static String publisher(String after) {
    Matcher m = PUBLISHER.matcher(after);
    return m.lookingAt() ? " " + m.group(1) : "";
  }

  /** What a rule matched: its first group that matched (the document or outlet), else the whole match. */
  private static String documentOf(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return m.group();
  }

  /** Whether a link before the sentence is on an announcement or goes to a press release ("the office announced Monday"). */
  private static boolean releaseLinkedBefore(Article article, Span sentence) {
    return article.links().stream().anyMatch(l -> l.span().end() <= sentence.start()
        && (PRESS_RELEASE_ADDRESS.matcher(l.href()).find() || ANNOUNCED.matcher(article.text(l.span())).find()));
  }

  /** Whether a paragraph before the sentence cites the document ("according to a report in …") and holds a link. */
  private static boolean citedLinkedBefore(Article article, Span sentence, String doc) {
    Pattern cited = Pattern.compile("(?i)\\b(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
        + Pattern.quote(singular(doc)) + "s?\\b");
    for (var b : article.blocks()) {
      if (b.kind() != BlockKind.PARAGRAPH || b.span().end() > sentence.start()) {
        continue;
      }
      boolean linked = article.links().stream().anyMatch(l -> b.span().start() <= l.span().start() && l.span().end() <= b.span().end()
          && !TOPIC_PAGE.matcher(l.href()).find());
      if (linked && cited.matcher(article.text(b.span())).find()) {
        return true;
      }
    }
    return false;
  }

  /** "the paper" or "the news site" pointing back at an outlet named before and linked: linked once is linked. */
  private static boolean anaphorLinked(Article article, Span sentence, String target, String ownOutlet) {
    return ANAPHOR.matcher(target).matches() && outletBefore(article, sentence, ownOutlet).filter(o -> linkedElsewhere(article, o, o))
        .isPresent();
  }

  /** The anaphor's outlet: the last outlet other than the article's own named before the sentence ("the news site"). */
  private static Optional<String> outletBefore(Article article, Span sentence, String ownOutlet) {
    String before = article.text().substring(Math.max(0, sentence.start() - 2000), sentence.start());
    Matcher m = NAMED_ONLY.matcher(before);
    String last = null;
    while (m.find()) {
      if (!isOwn(ownOutlet, m.group())) {
        last = m.group();
      }
    }
    return Optional.ofNullable(last);
  }

  static Set<String> lowerCaseWords(Sentence s) {
    Set<String> words = new HashSet<>();
    for (Token t : s.tokens()) {
      words.add(t.text().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** After research in general, a word that gives it an owner: "data from Angi", "research by the university". */
  private static final Set<String> OWNED_BY = Set.of("from", "by", "of", "at", "in", "for", "on");
  /** Before research in general, quantifiers the tagger may not call adjectives: "some research suggests". */
  private static final Set<String> GENERAL_QUANTIFIERS = Set.of("some", "many", "several", "numerous", "multiple",
      "other", "more", "most", "various", "countless", "few");

  /** "report" in "the company will report earnings" is a verb, not a document. */
  private static boolean isNoun(Sentence s, int endInSentence) {
    int at = s.span().start() + endInSentence;
    for (Token t : s.tokens()) {
      if (t.span().end() == at) {
        return t.pos().startsWith("NN") || t.pos().equals("FW") || t.pos().equals("VBG")
            && t.text().matches("(?i)ruling|filing|posting|briefing|recording|listing|finding");
      }
    }
    return true;
  }

  /**
   * A document noun in the plural or a mass noun with no determiner, possessor or name before it,
   * only adjectives and quantifiers: "studies have shown", "as recent data has shown", "several
   * reports said". It cites research in general, not a document a link elsewhere could be to.
   */
  private static boolean generalMention(Sentence s, int startInSentence, int endInSentence) {
    List<Token> toks = s.tokens();
    int at = s.span().start() + startInSentence;
    int noun = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).span().start() == at) {
        noun = i;
        break;
      }
    }
    // One word only: "the survey results" or "poll numbers" are a document's parts, not research in general.
    if (noun < 0 || toks.get(noun).span().end() != s.span().start() + endInSentence) {
      return false;
    }
    String word = toks.get(noun).text().toLowerCase(Locale.ROOT);
    if (!(toks.get(noun).pos().equals("NNS") || word.equals("data") || word.equals("research"))
        // The head of its phrase: "data analysis firm 1010data" is a firm.
        || noun + 1 < toks.size() && toks.get(noun + 1).pos().startsWith("NN")
        // Research with an owner is that owner's document: "data from Angi", "research by the university".
        || noun + 1 < toks.size() && OWNED_BY.contains(toks.get(noun + 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int k = noun - 1;
    while (k >= 0 && noun - k <= 3 && (toks.get(k).pos().startsWith("JJ") || GENERAL_QUANTIFIERS.contains(
        toks.get(k).text().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    Token stop = toks.get(k);
    return !(stop.pos().equals("DT") || stop.pos().startsWith("PRP") || stop.pos().equals("POS") || stop.pos().startsWith("NN")
        || stop.pos().equals("CD") || stop.pos().equals("WP$") || stop.text().matches("(?i).*['’]s?"));
  }

  private static String stem(String doc) {
    return doc.replaceAll("(?:ies)$", "y").replaceAll("(?<![siu])s$", "");
  }

  private static String singular(String doc) {
    String s = stem(doc);
    return s.startsWith("data") || s.equals("figure") || s.equals("statistic") || s.equals("estimate")
        || s.equals("calculation") || s.equals("record") || s.equals("minute") || s.equals("finding") || s.equals("research")
        || s.equals("testimony") ? doc : s;
  }

  /**
   * A link elsewhere in the article that carries the document's or outlet's name in its anchor
   * or address points at it ("the study" linked in the first paragraph, cited again later).
   */
  private static boolean linkedElsewhere(Article article, String target, String words) {
    if (article.links().isEmpty()) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    String stem = stem(target.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", ""));
    if (stem.length() >= 4) {
      keys.add(stem);
    }
    for (String hint : NewsOutlets.addressHints(target)) {
      if (hint.length() >= 3) {
        keys.add(hint);
      }
    }
    // "Indonesian" in "told Indonesian newspaper Kompas" describes the outlet; a link on "Indonesian" is not to it.
    String naming = words.replaceAll("(?-i:\\p{Lu})[\\p{L}-]*\\s+(?=(?:newspaper|daily|magazine|weekly|tabloid|broadcaster|news\\s+agency"
        + "|television|radio|website|news\\s+site)\\b)", "");
    Matcher named = NAMED_WORD.matcher(naming);
    List<String> owners = new ArrayList<>();
    while (named.find()) {
      String w = named.group(1).toLowerCase(Locale.ROOT);
      if (!Set.of("according", "the", "this", "that").contains(w)) {
        // A possessor owns the document ("Nigeria's statistics bureau"): a link on the place or the person is not to it,
        // only a link to the owner's own site is.
        (named.group(2) != null ? owners : keys).add(w);
      }
    }
    String self = article.metadata().url().map(UnlinkedSourceDetector::bare).orElse("");
    int body = article.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).mapToInt(b -> b.span().start()).findFirst()
        .orElse(0);
    for (Link l : article.links()) {
      // A link to the article itself, or above its first paragraph (a byline, navigation), points at no source.
      if (TOPIC_PAGE.matcher(l.href()).find() || l.span().start() < body || !self.isEmpty() && bare(l.href()).equals(self)) {
        continue;
      }
      // Stemmed as the keys are: "studies" as an anchor links "the study".
      String anchor = Pattern.compile("\\s+").splitAsStream(article.text(l.span()).toLowerCase(Locale.ROOT))
          .map(UnlinkedSourceDetector::stem).collect(Collectors.joining(" "));
      String href = l.href().toLowerCase(Locale.ROOT);
      for (String k : keys) {
        if (anchor.contains(k) || href.contains(k.replaceAll("[^a-z0-9]", ""))) {
          return true;
        }
      }
      String host = Optional.ofNullable(siteName(href)).orElse("");
      for (String o : owners) {
        if (host.contains(o.replaceAll("[^a-z0-9]", ""))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The outlet the article itself comes from, as its dateline says ("LONDON (Reuters) -") or else
   * its address ("www.telegraph.co.uk" → telegraph): "told the Telegraph" in the Telegraph is its own reporting.
   */
  private static String ownOutlet(Article article) {
    Matcher m = Pattern.compile("\\((Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|PA)\\)").matcher(
        article.text().substring(0, Math.min(article.text().length(), 2000)));
    if (m.find()) {
      return m.group(1).toLowerCase(Locale.ROOT);
    }
    return article.metadata().url().map(UnlinkedSourceDetector::siteName).orElse(null);
  }

  /** An address without its scheme, "www." and trailing slash, to compare two of them. */
  private static String bare(String url) {
    return url.toLowerCase(Locale.ROOT).replaceFirst("^(?:[a-z][a-z0-9+.-]*:)?//(?:www\\.)?", "").replaceFirst("[/#?]+$", "");
  }

  /** The site's own name in an address: "https://news.yahoo.com/x" → yahoo; null when there is none. */
  static String siteName(String url) {
    Matcher host = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//([^/:?#]+)").matcher(url.toLowerCase(Locale.ROOT));
    if (!host.find()) {
      return null;
    }
    List<String> labels = new ArrayList<>(List.of(host.group(1).split("\\.")));
    while (labels.size() > 1 && labels.get(labels.size() - 1).matches("com|org|net|gov|edu|int|info|co|uk|au|nz|ca|in|ie|de|fr"
        + "|jp|cn|es|it|us|news|io|tv|me|ac")) {
      labels.remove(labels.size() - 1);
    }
    String name = labels.get(labels.size() - 1);
    return name.length() >= 3 ? name : null;
  }

  /** Whether an outlet named in the text is the article's own: "the Daily Telegraph" in telegraph.co.uk. */
  static boolean isOwn(String ownOutlet, String target) {
    if (ownOutlet == null) {
      return false;
    }
    String name = target.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    // "told Guardian Business" in thenassauguardian.com, "the Times" in latimes.com: the site's name holds the outlet's.
    String head = target.replaceFirst("(?i)^the\\s+", "").replaceFirst("\\s+(?:Business|Sport|Sports|Online|Weekend|Magazine|Money)$", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "");
    // "The Daily Beast" in thedailybeast.com: the article belongs to the site's whole name.
    String whole = target.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return name.contains(ownOutlet) || whole.equals(ownOutlet) || ("the" + whole).equals(ownOutlet) || head.length() >= 5 && !head.contains(" ") && ownOutlet.contains(head);
  }

  /** "Goldstein tweeted:" with the tweet embedded in the next block, its link there: the reader has it. */
  private static boolean nextBlockLinked(Article article, Span sentence) {
    for (Block b : article.blocks()) {
      if (b.span().start() >= sentence.end()) {
        return article.hasLinkIn(b.span());
      }
    }
    return false;
  }

  /** "According to Break Media": a capitalised name with Media or Press after it is a company, not a description of the press. */
  private static boolean isMediaCompany(String target) {
    return target.matches("(?:(?:the|The)\\s+)?(?:(?-i:\\p{Lu})[\\p{L}'’.&-]*\\s+)+(?:Media|Press)(?:\\s+(?:Group|Inc\\.?|Ltd\\.?|Corp\\.?))?")
        && !target.matches("(?:(?:the|The)\\s+)?(?:Associated|Canadian|Australian|Free|Daily|Evening|Morning|Sunday|Catholic|Jewish"
        + "|Baptist|Christian|Oxford|Cambridge)\\s+.*") && !NAMED_ONLY.matcher(target).matches();
  }

  /** A link to a post on a network (a tweet, a Facebook or Instagram post, a video): the post cited is likely it. */
  private static boolean linksToAPost(Article article) {
    return article.links().stream().anyMatch(l -> POST_ADDRESS.matcher(l.href()).matches());
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  private enum Kind { DOCUMENT, OUTLET, INTERVIEW, HERE, VISIT, SOCIAL, JOURNAL, TITLED, ESTIMATE, REFERENCE, SURVEY_SHARE }

  /** One phrase rule, tried only on sentences holding one of its cue words (the rules are costly, the cues are not). */
  private record Rule(Kind kind, Set<String> cues, Pattern pattern) {}
}
