// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an office is written before a name, from its label: the jurisdiction is stripped
 * ("United States Secretary of State" becomes "Secretary of State", "President of Russia"
 * becomes "President") because the linker adds "U.S." or "Russian" itself, and common short
 * forms are added ("Prime Minister" also "PM", "Minister of Foreign Affairs" also "Foreign
 * Minister").
 */
final class OfficeTitles {
  private static final List<Pattern> JURISDICTION = List.of(
      Pattern.compile("^(United States|U\\.S\\.|US|American|Russian|British|French|Ukrainian|UK) "),
      Pattern.compile(" of (the )?(United States( of America)?|Russia|Russian Federation|Ukraine|United Kingdom"
          + "( of Great Britain and Northern Ireland)?|France|French Republic)$"),
      Pattern.compile(",? \\(?(United States|Russia|Ukraine|United Kingdom|France)\\)?$"));
  private static final Pattern ORG = Pattern.compile("^(.+) of the (United Nations|World Trade Organization|"
      + "North Atlantic Treaty Organization|International Court of Justice|European Commission|"
      + "Council of Europe|Parliamentary Assembly of the Council of Europe)$");
  private static final Map<String, String> ORG_SHORT = sorted(Map.of("United Nations", "UN",
      "World Trade Organization", "WTO", "North Atlantic Treaty Organization", "NATO",
      "International Court of Justice", "ICJ", "European Commission", "European Commission",
      "Council of Europe", "Council of Europe", "Parliamentary Assembly of the Council of Europe", "PACE"));
  private static final Map<String, List<String>> SHORT_FORMS = sorted(Map.ofEntries(
      Map.entry("prime minister", List.of("PM")),
      Map.entry("minister of foreign affairs", List.of("Foreign Minister")),
      Map.entry("minister for foreign affairs", List.of("Foreign Minister")),
      Map.entry("minister of external relations", List.of("Foreign Minister")),
      Map.entry("secretary of state for foreign and commonwealth affairs", List.of("Foreign Secretary")),
      Map.entry("secretary of state for foreign, commonwealth and development affairs", List.of("Foreign Secretary")),
      Map.entry("secretary of state for the home department", List.of("Home Secretary")),
      Map.entry("secretary of state for defence", List.of("Defence Secretary")),
      Map.entry("chancellor of the exchequer", List.of("Chancellor")),
      Map.entry("secretary of the treasury", List.of("Treasury Secretary")),
      Map.entry("secretary of defense", List.of("Defense Secretary")),
      Map.entry("secretary of defence", List.of("Defense Secretary", "Defence Secretary")),
      Map.entry("secretary of homeland security", List.of("Homeland Security Secretary")),
      Map.entry("minister of internal affairs", List.of("Interior Minister")),
      Map.entry("chairman of the joint chiefs of staff", List.of("Joint Chiefs Chairman")),
      Map.entry("speaker of the house of representatives", List.of("Speaker", "House Speaker")),
      Map.entry("director of the central intelligence agency", List.of("CIA Director")),
      Map.entry("director of the cia", List.of("CIA Director")),
      Map.entry("director of the fbi", List.of("FBI Director")),
      Map.entry("director of the federal bureau of investigation", List.of("FBI Director")),
      Map.entry("ambassador to the united nations", List.of("UN Ambassador")),
      Map.entry("senator", List.of("Sen.", "Senators")),
      Map.entry("federal chancellor", List.of("Chancellor")),
      Map.entry("taoiseach", List.of("Prime Minister")),
      Map.entry("premier of the state council", List.of("Premier")),
      Map.entry("premier of the people's republic of china", List.of("Premier")),
      Map.entry("minister of the interior", List.of("Interior Minister")),
      Map.entry("minister of interior", List.of("Interior Minister")),
      Map.entry("minister for home affairs", List.of("Home Minister", "Home Affairs Minister")),
      Map.entry("minister of home affairs", List.of("Home Minister", "Home Affairs Minister")),
      Map.entry("minister of finance", List.of("Finance Minister")),
      Map.entry("minister of economy and finance", List.of("Finance Minister", "Economy Minister")),
      Map.entry("minister of the economy and finance", List.of("Finance Minister", "Economy Minister")),
      Map.entry("secretary of state for justice", List.of("Justice Secretary")),
      Map.entry("secretary of state for health and social care", List.of("Health Secretary")),
      Map.entry("secretary of state for education", List.of("Education Secretary")),
      Map.entry("president of the government", List.of("Prime Minister")),
      Map.entry("president of the council of ministers", List.of("Prime Minister")),
      Map.entry("chair of the federal reserve", List.of("Fed Chair", "Federal Reserve Chair", "Fed Chairman",
          "Federal Reserve Chairman", "Fed chief", "Chairman of the Federal Reserve")),
      Map.entry("representative", List.of("Rep.", "Congressman", "Congresswoman"))));
  private static final Pattern OF_COUNTRY = Pattern.compile("^(.+) of (?:the )?([A-Z][\\p{L} .'-]+)$");
  private static final Pattern GOVERNOR_OF = Pattern.compile("^(Governor|President|Chair|Chairman) of the (.+)$");
  private static final Map<String, String> BANK_SHORT = sorted(Map.of("Bank of England", "BoE", "Bank of Japan", "BOJ",
      "Bank of Canada", "BoC", "Reserve Bank of India", "RBI", "People's Bank of China", "PBOC",
      "European Central Bank", "ECB", "Federal Reserve", "Fed"));
  private static final Countries COUNTRIES = new Countries();
  private static final Map<String, String> PORTFOLIO_WORDS = sorted(Map.of("Finance", "Finance Minister",
      "Foreign Affairs", "Foreign Minister", "Interior", "Interior Minister", "Justice", "Justice Minister",
      "Defence", "Defence Minister", "Defense", "Defense Minister"));
  private static final Pattern ONE_WORD_PORTFOLIO =
      Pattern.compile("^(Minister|Secretary) (?:of|for) (?!State\\b)([A-Z][a-z]+)$");

  private OfficeTitles() {}

  /** Map.of iterates in an order that changes from one JVM to the next; the build must not. */
  private static <V> Map<String, V> sorted(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
  }

  /** The label without the jurisdictions named in {@link #JURISDICTION}: a key for matching labels across files. */
  static String base(String label) {
    String t = label.strip();
    for (Pattern p : JURISDICTION) {
      t = p.matcher(t).replaceAll("");
    }
    return t.isEmpty() ? label.strip() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  static List<String> of(String label) {
    return of(label, "");
  }

  /**
   * As {@link #of(String)}, for an office of {@code jurisdiction} (an ISO code; anything else counts as unknown):
   * a trailing country is stripped only when it is that jurisdiction, because "Secretary of State
   * of Georgia" in a US source is the US state's office, not Georgia's nor the US Secretary of State.
   */
  static List<String> of(String label, String jurisdiction) {
    Set<String> titles = new LinkedHashSet<>();
    String t = label.strip();
    for (Pattern p : JURISDICTION) {
      t = p.matcher(t).replaceAll("");
    }
    Matcher country = OF_COUNTRY.matcher(t);
    if (country.matches() && COUNTRIES.byLabel(country.group(2))
        .filter(c -> !jurisdiction.matches("[A-Z]{2}") || c.equals(jurisdiction)).isPresent()) {
      t = country.group(1); // "Prime Minister of Japan" is written "Prime Minister" before a name
    }
    t = t.isEmpty() ? label.strip() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    Matcher org = ORG.matcher(t);
    if (org.matches()) {
      String base = org.group(1);
      titles.add(base);
      titles.add(ORG_SHORT.get(org.group(2)) + " " + base);
      titles.add(t);
      return List.copyOf(titles);
    }
    titles.add(t);
    titles.addAll(SHORT_FORMS.getOrDefault(t.toLowerCase(Locale.ROOT), List.of()));
    Matcher of = GOVERNOR_OF.matcher(t);
    if (of.matches()) {
      // "Governor of the Bank of England" is also "Bank of England Governor" and "BoE Governor".
      titles.add(of.group(2) + " " + of.group(1));
      if (BANK_SHORT.containsKey(of.group(2))) {
        titles.add(BANK_SHORT.get(of.group(2)) + " " + of.group(1));
      }
    }
    String written = t;
    if (written.startsWith("Minister") || written.startsWith("Federal Minister")) {
      // "Minister of the Economy, Finance and Recovery" is still the "Finance Minister".
      PORTFOLIO_WORDS.forEach((word, shortForm) -> {
        if (written.contains(word)) {
          titles.add(shortForm);
        }
      });
    }
    Matcher one = ONE_WORD_PORTFOLIO.matcher(t);
    if (one.matches()) {
      titles.add(one.group(2) + " " + one.group(1));
    }
    return List.copyOf(titles);
  }
}
