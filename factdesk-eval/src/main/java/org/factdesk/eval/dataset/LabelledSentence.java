// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

/**
 * One benchmark sentence and its gold label.
 *
 * @param id where it came from, e.g. {@code "CT24_checkworthy_english_dev.tsv:80"}
 * @param positive check-worthy (check-worthiness) or uncertain (weasel)
 */
public record LabelledSentence(String id, String text, boolean positive) {}
