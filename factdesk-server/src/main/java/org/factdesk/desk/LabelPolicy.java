// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule behind the "fact-checked" label and the {@code checked} state. Every route that
 * marks, publishes or shows the label asks this class and nothing else.
 *
 * <p>For every article: the analysis has read the current text, the article has a date (the
 * analysis checks titles and events as of it), every claim has a verdict, and no error finding
 * is open. For our own articles, also: no sentence rated inaccurate or misleading is still in the
 * text (it must change, and the changed sentence gets a verdict of its own). For fact-checks of
 * other people's articles the verdicts are the product, so an inaccurate verdict is what the
 * report publishes; instead the report must name who made the claims and who published them.
 *
 * <p>A published article shows the label only while nothing has put it under review since
 * (see {@link #shows}).
 */
final class LabelPolicy {
  private static final int QUOTE = 80;

  public LabelDecision decide(ArticleRecord article, List<ClaimRecord> claims,
      List<FindingRecord> findings) {
    List<String> reasons = new ArrayList<>();
    if (!article.analysisCurrent()) {
      reasons.add(switch (article.analysisStatus()) {
        case FAILED -> "The analysis of the latest text failed; fix the text or try again.";
        default -> "The analysis of the latest text has not finished yet.";
      });
      return new LabelDecision(reasons);
    }
    if (article.asOf() == null) {
      reasons.add("The article has no date. Give the date it was written (or published), so titles"
          + " and events are checked as of that day.");
    }
    long awaiting = claims.stream().filter(ClaimRecord::awaitingVerdict).count();
    if (awaiting > 0) {
      reasons.add(awaiting == 1
          ? "1 claim is still waiting for a verdict."
          : awaiting + " claims are still waiting for a verdict.");
    }
    if (article.kind() == ArticleKind.OWN) {
      for (ClaimRecord c : claims) {
        if (c.ratedWrong()) {
          reasons.add("\"" + quote(c.sentence()) + "\" is rated " + c.verdict().label()
              + " and is still in the text; change the sentence, then rate the new one.");
        }
      }
    } else {
      if (blank(article.claimant())) {
        reasons.add("Say who made the claims this report checks (the claimant).");
      }
      if (blank(article.sourcePublisher())) {
        reasons.add("Say who published the article under review (the publisher).");
      }
    }
    long errors = findings.stream().filter(FindingRecord::blocksLabel).count();
    if (errors > 0) {
      reasons.add(errors == 1
          ? "1 error finding is still open; correct the text (the analysis then no longer raises it) or dismiss it with a reason."
          : errors + " error findings are still open; correct the text (the analysis then no longer raises them) or dismiss them with a reason.");
    }
    return new LabelDecision(reasons);
  }

  /**
   * Whether the label is printed: a checked or published article that meets the rule and whose
   * label has not been withdrawn (a withdrawn label returns only with a correction).
   */
  public boolean shows(ArticleRecord article, LabelDecision decision) {
    return (article.state() == ArticleState.CHECKED || article.state() == ArticleState.PUBLISHED)
        && decision.earned() && !article.underReview();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String quote(String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    return s.length() > QUOTE ? s.substring(0, QUOTE - 1) + "…" : s;
  }
}
