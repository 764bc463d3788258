package org.factdesk.kb.sources;

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
  private static final Map<String, String> ORG_SHORT = Map.of("United Nations", "UN",
      "World Trade Organization", "WTO", "North Atlantic Treaty Organization", "NATO",
      "International Court of Justice", "ICJ", "European Commission", "European Commission",
      "Council of Europe", "Council of Europe", "Parliamentary Assembly of the Council of Europe", "PACE");
  private static final Map<String, List<String>> SHORT_FORMS = Map.ofEntries(
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
      Map.entry("chair of the federal reserve", List.of("Fed Chair", "Federal Reserve Chair", "Fed Chairman")),
      Map.entry("chairman of the joint chiefs of staff", List.of("Joint Chiefs Chairman")),
      Map.entry("speaker of the house of representatives", List.of("Speaker", "House Speaker")),
      Map.entry("director of the central intelligence agency", List.of("CIA Director")),
      Map.entry("director of the cia", List.of("CIA Director")),
      Map.entry("director of the fbi", List.of("FBI Director")),
      Map.entry("director of the federal bureau of investigation", List.of("FBI Director")),
      Map.entry("ambassador to the united nations", List.of("UN Ambassador")),
      Map.entry("senator", List.of("Sen.", "Senators")),
      Map.entry("representative", List.of("Rep.", "Congressman", "Congresswoman")));
  private static final Pattern ONE_WORD_PORTFOLIO =
      Pattern.compile("^(Minister|Secretary) (?:of|for) (?!State\\b)([A-Z][a-z]+)$");

  private OfficeTitles() {}

  static List<String> of(String label) {
    Set<String> titles = new LinkedHashSet<>();
    String t = label.strip();
    for (Pattern p : JURISDICTION) {
      t = p.matcher(t).replaceAll("");
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
    Matcher one = ONE_WORD_PORTFOLIO.matcher(t);
    if (one.matches()) {
      titles.add(one.group(2) + " " + one.group(1));
    }
    return List.copyOf(titles);
  }
}
