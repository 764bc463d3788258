// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

/**
 * Extra detail on a {@code claim} finding.
 *
 * @param type what kind of claim, i.e. what evidence a checker looks for
 * @param score the check-worthiness model's score in [0, 1]
 * @param priority how much a checker should care within its tier: the score plus the weight of
 *     a figure and of a named accusation, less opinion and colour
 * @param rank place in the article's claim list, 1 first: the lead paragraph's claims, then the
 *     headline's claim, then the rest, each by priority; 0 when not ranked
 */
public record ClaimInfo(ClaimType type, double score, double priority, int rank) {
  /** An unranked claim whose priority is its score. */
  public ClaimInfo(ClaimType type, double score) {
    this(type, score, score, 0);
  }
}
