// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of news outlets, so that "the Financial Times reported" reads as another outlet's story
 * and "the company reported" does not. A fixed list of widely cited outlets (our own list, not
 * copied from anywhere), plus names built like a masthead ("the Kansas City Star", "the Daily
 * Record") and plain descriptions ("a local newspaper", "state media").
 */
final class NewsOutlets {
  private static final List<String> NAMES = List.of(
      "New York Times", "NYT", "Wall Street Journal", "WSJ", "Financial Times", "FT", "Washington Post", "Bloomberg News", "Bloomberg",
      "Bloomberg Television", "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "CNBC",
      "Fox News", "Fox Business", "NBC News", "NBC", "ABC News", "ABC", "CBS News", "CBS", "NPR", "PBS", "MSNBC",
      "Guardian", "Observer", "Times", "Sunday Times", "Telegraph", "Daily Telegraph", "Sunday Telegraph", "Daily Mail",
      "Mail on Sunday", "Sun", "Independent", "Economist", "Evening Standard", "Daily Mirror", "Mirror", "Daily Express",
      "Sky News", "ITV News", "Channel 4 News", "Nikkei", "Kyodo", "Jiji", "Xinhua", "Interfax", "Itar-Tass", "TASS",
      "RIA", "RIA Novosti", "Yonhap", "Bernama", "Antara", "Handelsblatt", "Spiegel", "Der Spiegel", "Die Welt", "Bild",
      "Le Monde", "Le Figaro", "Les Echos", "El Pais", "El Mundo", "Corriere della Sera", "La Repubblica",
      "Il Sole 24 Ore", "Asahi", "Asahi Shimbun", "Yomiuri", "Yomiuri Shimbun", "Mainichi", "South China Morning Post",
      "SCMP", "China Daily", "Global Times", "People's Daily", "Caixin", "Economic Times", "Times of India",
      "Hindustan Times", "Globe and Mail", "Toronto Star", "Sydney Morning Herald", "Australian Financial Review",
      "Politico", "Axios", "Dow Jones", "Dow Jones Newswires", "MarketWatch", "Barron's", "Forbes", "Fortune",
      "Business Insider", "Insider", "The Information", "TechCrunch", "The Verge", "Wired", "Variety", "Hollywood Reporter",
      "Deadline", "Los Angeles Times", "Chicago Tribune", "USA Today", "New York Post", "Boston Globe", "Miami Herald",
      "Al Jazeera", "Al Arabiya", "Haaretz", "Jerusalem Post", "Times of Israel", "Kommersant", "Vedomosti", "Izvestia",
      "Chosun Ilbo", "JoongAng Ilbo", "Dong-A Ilbo", "Straits Times", "Frankfurter Allgemeine", "FAZ",
      "Sueddeutsche Zeitung", "Süddeutsche Zeitung", "Folha de S.Paulo", "Valor Economico", "O Globo", "Estado de S. Paulo",
      "Reforma", "Irish Times", "Scotsman", "Herald", "Daily Record", "Yorkshire Post", "Manchester Evening News",
      "Press Association", "PA", "Canadian Press", "Australian Associated Press", "AAP", "Dawn", "Daily Star",
      "Nikkei Asia", "Korea Herald", "Korea Times", "Japan Times", "Moscow Times", "Kyiv Independent", "Ukrainska Pravda",
      "Rzeczpospolita", "Gazeta Wyborcza", "NRC", "De Telegraaf", "Volkskrant", "Aftenposten", "Dagens Nyheter",
      "Svenska Dagbladet", "Helsingin Sanomat", "Kathimerini", "Hurriyet", "Hürriyet", "Sabah", "Tehran Times",
      "IRNA", "Fars", "Tasnim", "ISNA", "WAM", "SPA", "MENA", "Anadolu", "Ansa", "ANSA", "dpa", "DPA", "EFE", "Efe",
      "Notimex", "Prensa Latina", "Vanguard", "Punch", "Nation", "Daily Nation", "Mail & Guardian", "News24",
      "Huffington Post", "HuffPost", "BuzzFeed News", "Vox", "Vice", "Slate", "Atlantic", "New Yorker", "Time",
      "Newsweek", "Daily Beast", "Intercept", "ProPublica", "Mother Jones", "National Review", "Breitbart",
      "Washington Examiner", "Washington Times", "The Hill", "Roll Call", "Semafor", "Puck", "Rolling Stone", "Journal",
      "Post", "Gizmodo", "FTD", "Engadget", "Recode", "AllThingsD", "Nikkei business daily", "Asahi newspaper",
      // Magazines and web outlets whose names carry no masthead word.
      "Vogue", "Vanity Fair", "GQ", "Esquire", "Cosmopolitan", "Harper's Bazaar", "Harper's", "Harpers", "Marie Claire",
      "InStyle", "Entertainment Weekly", "Billboard", "Pitchfork", "TMZ", "Page Six", "E! News", "Mashable", "Gawker",
      "Jezebel", "Deadspin", "Kotaku", "Ars Technica", "CNET", "ZDNet", "VentureBeat", "Mediaite", "Daily Caller",
      "Raw Story", "Talking Points Memo", "Newsmax", "Businessweek", "Bloomberg Businessweek", "Deutsche Welle", "DW",
      "France 24", "Sputnik", "Euronews", "Ynet", "Al-Monitor", "Middle East Eye", "Meduza", "Novaya Gazeta",
      "Radio Free Europe", "RFE/RL", "Voice of America", "VOA", "NHK", "Channel NewsAsia", "The Hindu", "NDTV",
      "Livemint", "Daily Maverick", "Crikey", "LBC", "RTE", "RTÉ", "Le Parisien", "Libération", "Der Standard", "Die Zeit",
      "NZZ", "Blick", "Tages-Anzeiger", "El Confidencial", "La Nación", "Clarín", "El Universal", "Milenio", "CBC", "CTV",
      "Maclean's", "La Presse", "The Athletic", "ESPN", "Sports Illustrated", "Bleacher Report", "The Ringer",
      "FiveThirtyEight", "New Republic", "Daily Wire", "Free Beacon", "STAT News", "Kaiser Health News", "KFF Health News",
      "New Scientist", "Scientific American", "National Geographic", "Digiday", "Adweek", "Ad Age", "IndieWire", "Vulture",
      "NME", "Radar Online", "Motherboard", "Bellingcat", "OCCRP", "The Markup");
  private static final String MASTHEAD_WORD = "(?:(?:(?-i:\\p{Lu})\\p{L}*)?News(?!papers?\\b|rooms?\\b)\\p{L}+|Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Telegraph|Standard"
      + "|Observer|Chronicle|Mail|Express|Mirror|Star|Globe|Courier|Enquirer|Examiner|Sentinel|Inquirer|Dispatch|Register"
      + "|Bulletin|Review|Magazine|Weekly|Today|Wire|Newswires?|Television|TV|Radio|Shimbun|Ilbo|Zeitung|Bote|Pravda|Blog|Podcast"
      + "|Newsletter)";
  static final String NAMED = "(?:(?:the\\s+)?(?-i:" + alternation() + "|(?:(?-i:\\p{Lu})[\\p{L}'’.&-]*\\s+){1,4}" + MASTHEAD_WORD + "))";
  static final String DESCRIBED = "(?:(?:(?:(?:a|an|the|one|two|several|some|other|local|state|state-run|state-owned|government-run"
      + "|government-owned|official|national|regional|foreign|international|domestic|independent|business|financial|online"
      + "|news|daily|weekly|economic|leading|pro-government|opposition|tabloid|broadsheet|(?-i:\\p{Lu}[\\p{L}'’.-]*)(?:['’]s)?)\\s+)"
      + "{0,3}(?:newspapers?|dailies|tabloids?|magazines?|news\\s+agency|news\\s+agencies|wire\\s+services?|broadcasters?"
      + "|television|TV|radio|media(?:\\s+outlets?)?|press|news\\s+outlets?|news\\s+sites?|news\\s+websites?|(?:technology|tech"
      + "|financial|business|industry|trade|local|news)\\s+(?:website|site|blog|publication|journal)|publication|daily|weekly|paper))"
      + "(?:\\s+(?-i:\\p{Lu}[\\p{L}'’.&-]*)(?:\\s+(?-i:\\p{Lu}[\\p{L}'’.&-]*)){0,3})?"
      // "the website Gawker", "the podcast The Daily": a bare site word names an outlet only with its name after it.
      + "|(?:(?:the|a|an)\\s+)?(?:website|web\\s+site|blog|podcast|newsletter|news\\s+site)\\s+(?-i:\\p{Lu}[\\p{L}\\p{N}'’.&!-]*)"
      + "(?:\\s+(?-i:\\p{Lu}[\\p{L}\\p{N}'’.&!-]*)){0,3})";

  private NewsOutlets() {}

  /** The given words plus every word of every listed outlet name, lower-cased: a sentence with none of them names no outlet. */
  static Set<String> cueWords(Set<String> descriptive) {
    Set<String> words = new HashSet<>(descriptive);
    for (String name : NAMES) {
      for (String w : name.split("\\s+")) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(words);
  }

  private static String alternation() {
    StringBuilder sb = new StringBuilder();
    NAMES.stream().sorted((a, b) -> b.length() - a.length()).forEach(n -> {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q"));
    });
    return "(?:" + sb + ")\\b";
  }

  /** Strings a link to this outlet would likely carry in its address: "New York Times" → newyorktimes, nyt. */
  static List<String> addressHints(String outlet) {
    String name = outlet.replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
    String joined = name.replaceAll("[^a-z0-9]", "");
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 ? List.of(joined, initials.toString()) : List.of(joined);
  }
}
