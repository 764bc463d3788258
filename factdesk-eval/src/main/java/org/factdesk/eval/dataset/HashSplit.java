// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A fixed train/dev split for datasets published without one (the weasel files): a sentence is in
 * dev when the FNV-1a hash of its {@link SentenceKey} falls in one bucket of five. Independent of
 * file order and of which file a sentence came from, so that trainer and evaluator always agree.
 */
public enum HashSplit {
  ALL, TRAIN, DEV;

  public List<LabelledSentence> apply(List<LabelledSentence> sentences) {
    if (this == ALL) {
      return sentences;
    }
    return sentences.stream().filter(s -> isDev(s.text()) == (this == DEV)).toList();
  }

  static boolean isDev(String sentence) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : SentenceKey.of(sentence).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return Long.remainderUnsigned(hash, 5) == 0;
  }
}
