// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normal form for names in text and in the knowledge base: lower case, no accents, no
 * periods ("J.D." = "JD", "U.S." = "US"), straight apostrophes. Possessive "'s" is its own
 * token and never part of a name.
 */
final class TokenNormaliser {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,\\-–—]+");
  private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”(]+|[\"“”)]+$");

  private TokenNormaliser() {}

  public static String token(String raw) {
    String s = raw;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = s.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-');
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT);
    if (s.indexOf('.') >= 0) {
      s = s.replace(".", "");
    }
    return s;
  }

  /**
   * Splits a phrase from the knowledge base the way the linker splits text (hyphens and dashes
   * separate words: "Russo-Georgian" is "russo georgian"), then normalises.
   */
  public static List<String> phrase(String phrase) {
    List<String> out = new ArrayList<>();
    for (String raw : WORD_BREAK.split(phrase.replace("’s", " 's").replace("'s ", " 's "))) {
      String t = token(EDGE_QUOTES.matcher(raw).replaceAll(""));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
