// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.factdesk.article.Span;

/**
 * Finds a web row's sentence in a page's text. The offsets hold while the HTML reader reads the
 * page as it did when the row was labelled; the SHA-1 prefix after the "@" in the cue column
 * tells whether they still do, and finds the sentence again (same text, elsewhere) if the reader
 * now keeps more or less of the page around it. Empty when the reader no longer gives the sentence
 * (it now leaves that part of the page out, or its text changed inside the sentence).
 */
final class SentenceFinder {
  private SentenceFinder() {}

  static Optional<Span> find(LabelledInstance row, String text) {
    int at = row.cue().lastIndexOf('@');
    if (at < 0) {
      return Optional.of(new Span(row.start(), row.end()));
    }
    String want = row.cue().substring(at + 1);
    int length = row.end() - row.start();
    if (row.end() <= text.length() && sha1(text.substring(row.start(), row.end())).startsWith(want)) {
      return Optional.of(new Span(row.start(), row.end()));
    }
    for (int s = 0; s + length <= text.length(); s++) {
      if ((s == 0 || Character.isWhitespace(text.charAt(s - 1))) && sha1(text.substring(s, s + length)).startsWith(want)) {
        return Optional.of(new Span(s, s + length));
      }
    }
    return Optional.empty();
  }

  static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }
}
