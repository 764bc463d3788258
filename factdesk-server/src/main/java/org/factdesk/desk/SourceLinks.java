// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.ArticleFormat;
import org.factdesk.errors.BadInputException;

/**
 * Puts a link on the words of an unlinked source in the article as the desk stores it: a
 * Markdown link, an HTML anchor, or the address in brackets after the words in plain text (the
 * plain-text reader links a bare address). The words are found in the stored text; where they
 * occur more than once, the occurrence at the finding's place in the analysed text is taken.
 */
final class SourceLinks {
  private SourceLinks() {}

  static String withLink(String source, ArticleFormat format, String words, double position, String url) {
    List<int[]> hits = occurrences(source, words);
    if (hits.isEmpty()) {
      throw new BadInputException("The words \"" + ArticleStore.clip(words, 120) + "\" are no longer in the text"
          + " as written; edit the text to add the link.");
    }
    int[] best = hits.get(0);
    double target = position * source.length();
    for (int[] h : hits) {
      if (Math.abs(h[0] - target) < Math.abs(best[0] - target)) {
        best = h;
      }
    }
    String found = source.substring(best[0], best[1]);
    String linked = switch (format) {
      case MARKDOWN -> "[" + found.replace("[", "\\[").replace("]", "\\]") + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
      case HTML -> "<a href=\"" + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\">" + found
          + "</a>";
      case TEXT -> found + " (" + url + ")";
    };
    return source.substring(0, best[0]) + linked + source.substring(best[1]);
  }

  /** Where the words stand in the text, whatever the spaces and line breaks between them. */
  private static List<int[]> occurrences(String source, String words) {
    String[] parts = words.strip().split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (String p : parts) {
      if (!regex.isEmpty()) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(p));
    }
    List<int[]> out = new ArrayList<>();
    if (parts.length == 0 || parts[0].isEmpty()) {
      return out;
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(source);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
