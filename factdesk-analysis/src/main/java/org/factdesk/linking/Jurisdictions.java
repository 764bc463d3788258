// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.List;
import java.util.Map;

/**
 * Words that put a title in a country or organisation ("U.S. President", "Russian President",
 * "UN Secretary-General"), mapped to the knowledge base's jurisdiction codes.
 */
final class Jurisdictions {
  private static final Map<List<String>, String> WORDS = Map.ofEntries(
      Map.entry(List.of("us"), "US"), Map.entry(List.of("united", "states"), "US"),
      Map.entry(List.of("american"), "US"), Map.entry(List.of("america", "'s"), "US"),
      Map.entry(List.of("russian"), "RU"), Map.entry(List.of("russia", "'s"), "RU"),
      Map.entry(List.of("ukrainian"), "UA"), Map.entry(List.of("ukraine", "'s"), "UA"),
      Map.entry(List.of("british"), "GB"), Map.entry(List.of("uk"), "GB"), Map.entry(List.of("britain", "'s"), "GB"),
      Map.entry(List.of("french"), "FR"), Map.entry(List.of("france", "'s"), "FR"),
      Map.entry(List.of("german"), "DE"), Map.entry(List.of("chinese"), "CN"), Map.entry(List.of("china", "'s"), "CN"),
      Map.entry(List.of("un"), "UN"), Map.entry(List.of("nato"), "NATO"), Map.entry(List.of("eu"), "EU"),
      Map.entry(List.of("west", "german"), "DE"), Map.entry(List.of("germany", "'s"), "DE"),
      Map.entry(List.of("japanese"), "JP"), Map.entry(List.of("japan", "'s"), "JP"),
      Map.entry(List.of("italian"), "IT"), Map.entry(List.of("italy", "'s"), "IT"),
      Map.entry(List.of("canadian"), "CA"), Map.entry(List.of("canada", "'s"), "CA"),
      Map.entry(List.of("australian"), "AU"), Map.entry(List.of("indian"), "IN"), Map.entry(List.of("india", "'s"), "IN"),
      Map.entry(List.of("brazilian"), "BR"), Map.entry(List.of("mexican"), "MX"), Map.entry(List.of("argentine"), "AR"),
      Map.entry(List.of("argentinian"), "AR"), Map.entry(List.of("south", "african"), "ZA"),
      Map.entry(List.of("south", "korean"), "KR"), Map.entry(List.of("saudi"), "SA"), Map.entry(List.of("turkish"), "TR"),
      Map.entry(List.of("indonesian"), "ID"), Map.entry(List.of("spanish"), "ES"), Map.entry(List.of("dutch"), "NL"),
      Map.entry(List.of("belgian"), "BE"), Map.entry(List.of("polish"), "PL"), Map.entry(List.of("swedish"), "SE"),
      Map.entry(List.of("norwegian"), "NO"), Map.entry(List.of("danish"), "DK"), Map.entry(List.of("finnish"), "FI"),
      Map.entry(List.of("greek"), "GR"), Map.entry(List.of("portuguese"), "PT"), Map.entry(List.of("austrian"), "AT"),
      Map.entry(List.of("irish"), "IE"), Map.entry(List.of("israeli"), "IL"), Map.entry(List.of("iranian"), "IR"),
      Map.entry(List.of("egyptian"), "EG"), Map.entry(List.of("pakistani"), "PK"), Map.entry(List.of("nigerian"), "NG"),
      Map.entry(List.of("kenyan"), "KE"), Map.entry(List.of("czech"), "CZ"), Map.entry(List.of("hungarian"), "HU"),
      Map.entry(List.of("romanian"), "RO"), Map.entry(List.of("new", "zealand"), "NZ"),
      Map.entry(List.of("philippine"), "PH"), Map.entry(List.of("malaysian"), "MY"), Map.entry(List.of("singaporean"), "SG"));

  private Jurisdictions() {}

  /** A jurisdiction written just before token {@code end} (exclusive): its code and first token. */
  record Found(String code, int start) {}

  static Found before(List<String> norm, int end) {
    for (int len = 2; len >= 1; len--) { // "West German" before "German"
      int start = end - len;
      if (start >= 0) {
        String code = WORDS.get(norm.subList(start, end));
        if (code != null) {
          return new Found(code, start);
        }
      }
    }
    return null;
  }
}
