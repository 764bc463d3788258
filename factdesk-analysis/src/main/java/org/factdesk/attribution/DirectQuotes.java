// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.Span;

/**
 * Where an article quotes someone directly: the spans between opening and closing quotation
 * marks (“…”, "…" or ‘…’), block by block. Words there are the quoted speaker's, not the article's sourcing, so
 * the attribution checks leave them alone. A quotation left open runs to the end of its block
 * (news often continues a quote into the next sentence and closes it there); one that never
 * closes and runs over 600 characters is taken for a stray mark and ignored.
 */
public final class DirectQuotes {
  private static final int LONGEST_UNCLOSED = 600;
  private final List<Span> spans;

  private DirectQuotes(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  public static DirectQuotes of(Article article) {
    String text = article.text();
    List<Span> out = new ArrayList<>();
    for (Block b : article.blocks()) {
      int open = -1;
      char close = 0;
      for (int i = b.span().start(); i < b.span().end(); i++) {
        char c = text.charAt(i);
        if (open < 0 && (c == '“' || c == '"' && opensQuote(text, i, b.span().start())
            || c == '‘' && opensQuote(text, i, b.span().start()) && Character.isLetter(text.charAt(i + 1)))) {
          open = i;
          close = c == '“' ? '”' : c == '‘' ? '’' : '"';
        } else if (open >= 0 && (c == close || close != '’' && (c == '"' || c == '”'))
            && (close != '’' || closesSingle(text, i, b.span().end()))) {
          // Web pages mix straight and curly marks ("vital signs,”): either double mark closes a double quote.
          out.add(new Span(open, i + 1));
          open = -1;
        }
      }
      if (open >= 0 && b.span().end() - open <= LONGEST_UNCLOSED) {
        out.add(new Span(open, b.span().end()));
      }
    }
    return new DirectQuotes(out);
  }

  /** A straight quote opens when it starts a word: at the block start or after a space or bracket. */
  private static boolean opensQuote(String text, int i, int blockStart) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == blockStart) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '-'
        || before == ':';
  }

  /**
   * A right single quote closes a ‘…’ quotation only at the end of a word: inside one it is an
   * apostrophe ("don’t"), and after an s before a lower-case word it is a possessive ("Jones’ car").
   */
  private static boolean closesSingle(String text, int i, int blockEnd) {
    if (i + 1 >= blockEnd) {
      return true;
    }
    char after = text.charAt(i + 1);
    if (Character.isLetterOrDigit(after)) {
      return false;
    }
    char before = text.charAt(i - 1);
    boolean possessive = (before == 's' || before == 'S') && after == ' ' && i + 2 < blockEnd
        && Character.isLowerCase(text.charAt(i + 2));
    return !possessive;
  }

  /** Whether the span lies inside a direct quotation. */
  public boolean inside(Span span) {
    for (Span q : spans) {
      if (q.start() < span.start() && span.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }
}
