// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;

/**
 * The desk's door to the fact-check archive: prior fact-checks of a claim, and the desk's own
 * published verdicts going into the archive so the next article that repeats a claim is matched.
 * Implementations must not throw for a missing archive or model: they say so in {@link #status}.
 */
public interface PriorChecks {
  /** Whether and how claims are matched, in words an editor understands. */
  PriorChecksStatus status();

  /** Fact-checks of the claim {@code sentence} of {@code article}, best first (none of the article's own). */
  List<PriorCheck> find(ArticleRecord article, String sentence);

  /** Adds the verdicts of a published article to the archive (replacing earlier ones of it). */
  void published(ArticleRecord article, List<ClaimRecord> rated);

  /** No archive: nothing is matched, nothing is added. */
  static PriorChecks none(String why) {
    PriorChecksStatus status = new PriorChecksStatus(PriorChecksStatus.Mode.OFF, why);
    return new PriorChecks() {
      @Override
      public PriorChecksStatus status() {
        return status;
      }

      @Override
      public List<PriorCheck> find(ArticleRecord article, String sentence) {
        return List.of();
      }

      @Override
      public void published(ArticleRecord article, List<ClaimRecord> rated) {}
    };
  }
}
