// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

/**
 * One labelled (news sentence, fact-check) pair: the sentence by story file and char offsets,
 * the fact-check by its archive id, the label, and the split it belongs to.
 */
public record LabelledPair(String story, int start, int end, String checkId, Label label,
    Split split, String sentenceHash, int line) {
  /** Same claim, the same topic only, or nothing to do with it. */
  public enum Label { SAME, RELATED, UNRELATED }

  /** {@code train} pairs may be used to fit and calibrate; {@code test} pairs are only reported. */
  public enum Split { TRAIN, TEST }

  public boolean same() {
    return label == Label.SAME;
  }
}
