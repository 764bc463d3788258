// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

/**
 * Scores how likely a sentence leans on vague authority or hedging ("experts say", "it is
 * believed"), in [0, 1]. Implementations load their model once and are thread-safe.
 */
interface HedgeScorer {
  double score(String sentence);

  double threshold();

  String describe();
}
