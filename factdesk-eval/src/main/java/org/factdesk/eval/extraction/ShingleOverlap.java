// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of one extracted body against its gold body over word 4-shingles,
 * counted as multisets. Words are runs of letters and digits, lower-cased. A text shorter than
 * four words is one shingle. An empty extraction scores 0 for both.
 */
public final class ShingleOverlap {
  public static final int SHINGLE = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** One page's score. */
  public record Score(double precision, double recall) {}

  private ShingleOverlap() {}

  public static Score score(String extracted, String gold) {
    Map<String, Integer> got = shingles(extracted);
    Map<String, Integer> want = shingles(gold);
    int gotTotal = total(got);
    int wantTotal = total(want);
    if (gotTotal == 0 || wantTotal == 0) {
      return new Score(gotTotal == wantTotal ? 1 : 0, gotTotal == wantTotal ? 1 : 0);
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    return new Score(common / (double) gotTotal, common / (double) wantTotal);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> w = words(text);
    Map<String, Integer> counts = new HashMap<>();
    if (w.isEmpty()) {
      return counts;
    }
    if (w.size() < SHINGLE) {
      counts.put(String.join(" ", w), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      counts.merge(String.join(" ", w.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    int n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
