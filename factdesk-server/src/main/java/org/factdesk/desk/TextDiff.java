// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word: runs of kept, removed and added text. Words keep
 * their following whitespace, so joining the kept and added runs gives the new text back.
 * Longest common subsequence over words; for very long texts whose changed middle is still
 * larger than {@link #MAX_CELLS} cells, the middle is shown as removed then added.
 */
public final class TextDiff {
  static final long MAX_CELLS = 4_000_000;
  private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

  /** One run: kept ("same"), removed or added. */
  public record Piece(Kind kind, String text) {}

  public enum Kind {
    SAME, REMOVED, ADDED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private TextDiff() {}

  public static List<Piece> between(String before, String after) {
    List<String> a = words(before == null ? "" : before);
    List<String> b = words(after == null ? "" : after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Piece> out = new ArrayList<>();
    add(out, Kind.SAME, a.subList(0, prefix));
    List<String> x = a.subList(prefix, a.size() - suffix);
    List<String> y = b.subList(prefix, b.size() - suffix);
    if ((long) x.size() * y.size() > MAX_CELLS) {
      add(out, Kind.REMOVED, x);
      add(out, Kind.ADDED, y);
    } else {
      middle(out, x, y);
    }
    add(out, Kind.SAME, a.subList(a.size() - suffix, a.size()));
    return out;
  }

  private static void middle(List<Piece> out, List<String> x, List<String> y) {
    int n = x.size();
    int m = y.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x.get(i).equals(y.get(j))) {
        add(out, Kind.SAME, List.of(x.get(i)));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        // Removals first, as readers expect: "was … now …".
        add(out, Kind.REMOVED, List.of(x.get(i)));
        i++;
      } else {
        add(out, Kind.ADDED, List.of(y.get(j)));
        j++;
      }
    }
  }

  private static void add(List<Piece> out, Kind kind, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join("", words);
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Piece last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Piece(kind, text));
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
