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
      Map.entry(List.of("un"), "UN"), Map.entry(List.of("nato"), "NATO"), Map.entry(List.of("eu"), "EU"));

  private Jurisdictions() {}

  /** A jurisdiction written just before token {@code end} (exclusive): its code and first token. */
  record Found(String code, int start) {}

  static Found before(List<String> norm, int end) {
    for (int len = 2; len >= 1; len--) {
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
