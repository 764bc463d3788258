// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

/**
 * Scores how worth checking a sentence is, in [0, 1]. Implementations load their model once
 * and are safe to share between threads.
 */
public interface CheckworthinessScorer {
  double score(String sentence);

  /** Scores at or above this are reported as claims. */
  double threshold();

  /** What model this is, for reports and docs ("heuristic v1", "logreg ct2024 2026-11-24"). */
  String describe();
}
