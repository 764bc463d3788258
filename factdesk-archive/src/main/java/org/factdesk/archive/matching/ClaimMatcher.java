// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import org.factdesk.archive.TermRarity;
import org.factdesk.archive.equivalence.ClaimComparison;
import org.factdesk.archive.equivalence.ClaimEquivalence;

/**
 * "Has this claim been fact-checked, and when?": the archive's hybrid retrieval proposes
 * {@link #CANDIDATES} fact-checks, the equivalence model keeps those that checked the same
 * claim (score at or above its threshold), best first, each placed in time against the article.
 * Thread-safe; share one per archive.
 */
public final class ClaimMatcher {
  /** Retrieved candidates judged per claim: the same claim is in the top 10 for 99% of tweets. */
  public static final int CANDIDATES = 10;

  private final FactCheckArchive archive;
  private final ClaimEquivalence equivalence;

  public ClaimMatcher(FactCheckArchive archive, ClaimEquivalence equivalence) {
    this.archive = archive;
    this.equivalence = equivalence;
  }

  public ClaimMatcher(FactCheckArchive archive) {
    this(archive, ClaimEquivalence.bundled());
  }

  /** The same-claim fact-checks for {@code claim}, best first; empty when none passes. */
  public List<JudgedMatch> sameClaim(String claim, ArticleTime time) {
    return judge(claim, time).stream().filter(j -> equivalence.isSameClaim(j.comparison())).toList();
  }

  /** Every retrieved candidate with its judgement, best equivalence score first. */
  public List<JudgedMatch> judge(String claim, ArticleTime time) {
    List<ArchiveMatch> candidates = archive.match(claim, CANDIDATES, time.date(), MatchSettings.defaults());
    TermRarity rarity = archive.termRarity();
    List<JudgedMatch> out = new ArrayList<>(candidates.size());
    for (ArchiveMatch m : candidates) {
      ClaimComparison c = equivalence.compare(claim, m, rarity);
      out.add(new JudgedMatch(m, c, time.timingOf(m.factCheck())));
    }
    out.sort(Comparator.comparingDouble((JudgedMatch j) -> j.comparison().score()).reversed());
    return List.copyOf(out);
  }
}
