// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.util.Locale;

/** A sentence reduced to its lower-case letters and digits: equal keys mean the same sentence. */
final class SentenceKey {
  private SentenceKey() {}

  static String of(String sentence) {
    StringBuilder key = new StringBuilder(sentence.length());
    sentence.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
