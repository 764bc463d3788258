// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain comment text into pieces, some of them web links. Only {@code http} and
 * {@code https} addresses become links; templates escape every piece, so nothing a reader
 * writes is ever markup.
 */
public final class Linkifier {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

  private Linkifier() {}

  /** A run of text; {@code href} is non-null when the run is a link to that address. */
  public record Piece(String text, String href) {
    public boolean link() {
      return href != null;
    }
  }

  public static List<Piece> pieces(String text) {
    List<Piece> out = new ArrayList<>();
    Matcher m = URL.matcher(text);
    int at = 0;
    while (m.find()) {
      String url = trimTrailing(m.group());
      int end = m.start() + url.length();
      if (m.start() > at) {
        out.add(new Piece(text.substring(at, m.start()), null));
      }
      out.add(new Piece(url, url));
      at = end;
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), null));
    }
    return out;
  }

  static long countLinks(String text) {
    Matcher m = URL.matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    // Bare "www." addresses are not made clickable but still count towards the link rule.
    Matcher bare = Pattern.compile("(?<![/\\w])www\\.[\\w-]+\\.", Pattern.CASE_INSENSITIVE).matcher(text);
    while (bare.find()) {
      n++;
    }
    return n;
  }

  /** Sentence punctuation after an address is not part of it. */
  private static String trimTrailing(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?)]}".indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }
}
