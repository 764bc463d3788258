// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import org.factdesk.article.Span;

/** A token: its span, its text as written, and its Penn Treebank part-of-speech tag. */
public record Token(Span span, String text, String pos) {
  public boolean isVerbPast() {
    return pos.equals("VBD");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
