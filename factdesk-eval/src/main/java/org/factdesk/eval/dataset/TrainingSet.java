// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Training sentences gathered from several sets: each text once (the first label read wins), and
 * never a text of the held-out sets (ClaimBuster, for one, relabels CheckThat! dev sentences).
 * Texts are compared by their letters and digits, lower-cased.
 */
public final class TrainingSet {
  private final Set<String> heldOut = new HashSet<>();
  private final Set<String> seen = new HashSet<>();
  private final List<LabelledSentence> sentences = new ArrayList<>();
  private int droppedHeldOut;
  private int droppedDuplicates;
  private int droppedNegatives;

  public TrainingSet(List<List<LabelledSentence>> heldOutSets) {
    for (List<LabelledSentence> set : heldOutSets) {
      for (LabelledSentence s : set) {
        heldOut.add(key(s.text()));
      }
    }
  }

  /** Adds a set; with {@code positivesOnly} its negative sentences are skipped. */
  public void add(List<LabelledSentence> set, boolean positivesOnly) {
    for (LabelledSentence s : set) {
      String key = key(s.text());
      if (positivesOnly && !s.positive()) {
        droppedNegatives++;
      } else if (heldOut.contains(key)) {
        droppedHeldOut++;
      } else if (!seen.add(key)) {
        droppedDuplicates++;
      } else {
        sentences.add(s);
      }
    }
  }

  public List<LabelledSentence> sentences() {
    return List.copyOf(sentences);
  }

  public String summary() {
    long positives = sentences.stream().filter(LabelledSentence::positive).count();
    return String.format(Locale.ROOT,
        "training set: %d sentences (%d positive); left out %d held-out texts, %d repeats, %d negatives of positive-only sets",
        sentences.size(), positives, droppedHeldOut, droppedDuplicates, droppedNegatives);
  }

  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
