// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

/**
 * How telling a word is in the archive: the inverse document frequency of a stem (as the
 * archive's English analyzer stems it) over every fact-check's title, subtitle and claim.
 * "vote" tells less than "non-citizen"; an unseen stem is as rare as a word can be.
 */
@FunctionalInterface
public interface TermRarity {
  double idf(String stem);
}
