// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and Wikidata country QIDs to ISO 3166 alpha-2 codes. Names come from the JDK's
 * own locale data, so no country table is kept here beyond Wikidata's spellings that differ.
 */
final class Countries {
  private static final Map<String, String> QIDS = Map.ofEntries(
      Map.entry("Q30", "US"), Map.entry("Q159", "RU"), Map.entry("Q212", "UA"), Map.entry("Q145", "GB"),
      Map.entry("Q142", "FR"), Map.entry("Q183", "DE"), Map.entry("Q148", "CN"), Map.entry("Q16", "CA"),
      Map.entry("Q38", "IT"), Map.entry("Q29", "ES"), Map.entry("Q17", "JP"), Map.entry("Q668", "IN"),
      Map.entry("Q155", "BR"), Map.entry("Q408", "AU"), Map.entry("Q801", "IL"), Map.entry("Q43", "TR"),
      Map.entry("Q794", "IR"), Map.entry("Q230", "GE"), Map.entry("Q184", "BY"), Map.entry("Q36", "PL"),
      Map.entry("Q1065", "UN"), Map.entry("Q7184", "NATO"), Map.entry("Q458", "EU"));
  private static final Map<String, String> WIKIDATA_NAMES = Map.ofEntries(
      Map.entry("united states of america", "US"), Map.entry("people's republic of china", "CN"),
      Map.entry("kingdom of the netherlands", "NL"), Map.entry("czech republic", "CZ"),
      Map.entry("ivory coast", "CI"), Map.entry("democratic republic of the congo", "CD"),
      Map.entry("republic of the congo", "CG"), Map.entry("north korea", "KP"), Map.entry("south korea", "KR"),
      Map.entry("the gambia", "GM"), Map.entry("east timor", "TL"), Map.entry("cape verde", "CV"),
      Map.entry("vatican city", "VA"), Map.entry("state of palestine", "PS"), Map.entry("palestine", "PS"),
      Map.entry("federated states of micronesia", "FM"), Map.entry("kingdom of denmark", "DK"),
      Map.entry("taiwan", "TW"), Map.entry("republic of ireland", "IE"), Map.entry("georgia", "GE"),
      Map.entry("sahrawi arab democratic republic", "EH"), Map.entry("kosovo", "XK"),
      Map.entry("eswatini", "SZ"), Map.entry("north macedonia", "MK"), Map.entry("myanmar", "MM"),
      Map.entry("turkey", "TR"), Map.entry("abkhazia", "GE-AB"), Map.entry("south ossetia", "GE-SO"),
      Map.entry("northern cyprus", "CY-NC"), Map.entry("transnistria", "MD-TR"), Map.entry("somaliland", "SO-SL"),
      Map.entry("artsakh", "AZ-NK"), Map.entry("cook islands", "CK"), Map.entry("niue", "NU"),
      Map.entry("saudi", "SA"), Map.entry("czech", "CZ"), Map.entry("us", "US"), Map.entry("uk", "GB"));
  private final Map<String, String> byName = new HashMap<>();

  Countries() {
    for (String code : Locale.getISOCountries()) {
      byName.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    WIKIDATA_NAMES.forEach((name, code) -> byName.put(key(name), code));
  }

  Optional<String> byLabel(String label) {
    return Optional.ofNullable(byName.get(key(label)));
  }

  static Optional<String> byQid(String qid) {
    return Optional.ofNullable(QIDS.get(qid));
  }

  /** The English name the JDK uses for an ISO code, e.g. "United States" for "US". */
  static String name(String iso) {
    String n = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
    return n.isBlank() || n.equals(iso) ? iso : n;
  }

  private static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\bst\\.? ", "saint ")
        .replaceAll("\\s*\\(.*\\)", "").replaceAll("^the ", "").replaceAll("[^a-z ]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }
}
