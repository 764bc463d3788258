// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.util.regex.Pattern;

/** Undoes Penn Treebank tokenisation so that a sentence reads as it was written. */
final class PtbText {
  private static final Pattern SPACE_BEFORE = Pattern.compile(" ([.,;:!?%)\\]}]|'s\\b|'re\\b|'ve\\b|'ll\\b|'d\\b|'m\\b|n't\\b|'')");
  private static final Pattern SINGLE_OPEN_QUOTE = Pattern.compile("` ?");
  private static final Pattern SPACE_AFTER = Pattern.compile("([(\\[{$]|``) ");

  private PtbText() {}

  /**
   * Restores brackets ({@code -LRB-} → {@code (}, and -RRB-, -LSB-, -RSB-, -LCB-, -RCB-),
   * quotes ({@code ``} and {@code ''} → {@code "}, {@code `} → {@code '}) and the spacing around punctuation; trims.
   */
  public static String restore(String ptb) {
    String text = ptb.strip()
        .replace("-LRB-", "(").replace("-RRB-", ")")
        .replace("-LSB-", "[").replace("-RSB-", "]")
        .replace("-LCB-", "{").replace("-RCB-", "}");
    text = SPACE_AFTER.matcher(text).replaceAll("$1");
    text = SPACE_BEFORE.matcher(text).replaceAll("$1");
    text = text.replace("``", "\"").replace("''", "\"");
    text = SINGLE_OPEN_QUOTE.matcher(text).replaceAll("'");
    return text.replaceAll("\\s+", " ").strip();
  }
}
