// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The desk and the fact-check archive: prior checks under each claim, and a labelled published
 * article's verdicts into the archive. A failing archive never fails the desk's own work.
 */
final class ArchiveFeed {
  // Logged under the desk's name, as before the split, so log filters keep working.
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Desk.class);

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final ArticleStore store;
  private final LabelPolicy policy;
  private final MatchStore matchStore;
  private final PriorChecks priorChecks;

  ArchiveFeed(Jdbi jdbi, AuditLog audit, ArticleStore store, LabelPolicy policy, MatchStore matchStore,
      PriorChecks priorChecks) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.store = store;
    this.policy = policy;
    this.matchStore = matchStore;
    this.priorChecks = priorChecks;
  }

  /**
   * Puts the archive's prior fact-checks under each claim of this revision. Runs outside the
   * analysis transaction (the archive is slower than the database); a newer revision wins.
   * A failing archive never fails the analysis: the claims simply show no matches.
   */
  void rematch(long id) {
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    if (a.analysisCurrent()) {
      matchClaims(id, a.revision());
    }
  }

  void matchClaims(long id, int revision) {
    if (priorChecks.status().mode() == PriorChecksStatus.Mode.OFF) {
      return;
    }
    ArticleRecord a = jdbi.withHandle(h -> store.article(h, id));
    Map<String, List<PriorCheck>> bySentence = new LinkedHashMap<>();
    try {
      for (ClaimRecord c : jdbi.withHandle(h -> store.claims(h, id))) {
        String key = CarryOver.normalise(c.sentence());
        if (!bySentence.containsKey(key)) {
          bySentence.put(key, priorChecks.find(a, c.sentence()));
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Matching the claims of article {} against the fact-check archive failed: {}", id, e.toString());
      return;
    }
    jdbi.useTransaction(h -> {
      if (store.articleForUpdate(h, id).revision() == revision) {
        matchStore.replace(h, id, bySentence);
      }
    });
  }

  /**
   * A published article that carries the label puts its verdicts into the fact-check archive
   * (replacing what it put there before), so the next article repeating a claim is matched.
   */
  void addToArchive(long id) {
    if (priorChecks.status().mode() == PriorChecksStatus.Mode.OFF) {
      return;
    }
    record Published(ArticleRecord article, List<ClaimRecord> rated) {}
    Published p = jdbi.withHandle(h -> {
      ArticleRecord a = store.article(h, id);
      if (a.state() != ArticleState.PUBLISHED || a.underReview() || !a.analysisCurrent()) {
        return null;
      }
      List<ClaimRecord> claims = store.claims(h, id);
      if (!policy.decide(a, claims, store.findings(h, id)).earned()) {
        return null;
      }
      return new Published(a, claims.stream().filter(c -> c.verdict() != null && c.verdict() != Verdict.NOT_A_CLAIM).toList());
    });
    if (p == null || p.rated().isEmpty()) {
      return;
    }
    try {
      priorChecks.published(p.article(), p.rated());
      jdbi.useTransaction(h -> audit.append(h, null, id, null, "archive.added", p.rated().size()
          + " verdict" + (p.rated().size() == 1 ? "" : "s") + " added to the fact-check archive"));
    } catch (RuntimeException e) {
      LOG.warn("Adding the verdicts of article {} to the fact-check archive failed", id, e);
      jdbi.useTransaction(h -> audit.append(h, null, id, null, "archive.failed",
          "The verdicts could not be added to the fact-check archive (" + e.getClass().getSimpleName()
              + "); \"Analyse again\" retries"));
    }
  }
}
