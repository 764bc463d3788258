// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.jdbi.v3.core.Jdbi;

/** A checker's verdict on a claim and its evidence, and the decision on a prior fact-check shown under it. */
final class Verdicts {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ArticleStore store;
  private final MatchStore matchStore;
  private final LabelGuard guard;
  private final ArchiveFeed archive;
  private final AssigneeNotices notices;

  Verdicts(Jdbi jdbi, AuditLog audit, Clock clock, ArticleStore store, MatchStore matchStore, LabelGuard guard,
      ArchiveFeed archive, AssigneeNotices notices) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.store = store;
    this.matchStore = matchStore;
    this.guard = guard;
    this.archive = archive;
    this.notices = notices;
  }

  ClaimRecord recordVerdict(User actor, long articleId, long claimId, Verdict verdict, List<String> evidence,
      String note) {
    actor.require(Permission.RECORD_VERDICT);
    if (verdict == null) {
      throw new BadInputException("Choose a verdict.");
    }
    List<String> items = evidence(verdict, evidence);
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    Instant now = clock.instant();
    ClaimRecord rated = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, articleId);
      ClaimRecord claim = store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst()
          .orElseThrow(() -> new NotFoundException("That claim is not on this article's checklist (any more)."));
      store.setVerdict(h, claimId, verdict, items, cleanNote, actor.id(), now);
      if (claim.verdict() != null && claim.verdict() != verdict) {
        guard.withdraw(h, a, actor.id(), "The verdict on \"" + ArticleStore.clip(claim.sentence(), 120)
            + "\" changed from " + claim.verdict().label() + " to " + verdict.label() + ".", store.lastCorrectionSeq(h, articleId));
      }
      store.touch(h, articleId, actor.id(), now);
      audit.append(h, actor.id(), articleId, null, "verdict.recorded",
          "\"" + ArticleStore.clip(claim.sentence(), 200) + "\": " + verdict.label()
              + (claim.verdict() == null ? "" : " (was " + claim.verdict().label() + ")")
              + (items.isEmpty() ? "" : "; evidence: " + String.join(" | ", items))
              + (cleanNote == null ? "" : "; note: " + cleanNote));
      guard.enforce(h, articleId, actor.id());
      notices.tell(h, a, actor, actor.displayName() + " rated \"" + ArticleStore.clip(claim.sentence(), 120) + "\" "
          + verdict.label().replace('_', ' ') + ".");
      return store.claims(h, articleId).stream().filter(c -> c.id() == claimId).findFirst().orElseThrow();
    });
    archive.addToArchive(articleId);
    return rated;
  }

  /** The evidence a verdict needs: web links that are http(s), and at least one item unless it is no claim. */
  private static List<String> evidence(Verdict verdict, List<String> evidence) {
    List<String> items = evidence == null ? List.of()
        : evidence.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String item : items) {
      if (item.matches("(?i)^[a-z]+://.*") && !item.matches(ArticleTexts.WEB_ADDRESS)) {
        throw new BadInputException("\"" + item + "\" is not a web link; use an http(s) address or describe the fact.");
      }
    }
    if (items.isEmpty() && verdict != Verdict.NOT_A_CLAIM) {
      throw new BadInputException("Give at least one piece of evidence (a link or a knowledge-base fact) for a verdict of "
          + verdict.label() + (verdict == Verdict.UNVERIFIABLE ? ": say what you consulted and could not confirm." : "."));
    }
    return items;
  }

  /**
   * An editor's decision on a prior fact-check shown under a claim: "accepted" (it checked this
   * claim) or "rejected" (it did not). Recorded with who and when, in the audit log too, and
   * shown; the matching model does not learn from it (docs/archive.md says how to retrain).
   */
  ClaimMatch decideMatch(User actor, long articleId, long matchId, String decision, String reason) {
    actor.require(Permission.RECORD_VERDICT);
    String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
    if (!d.equals("accepted") && !d.equals("rejected")) {
      throw new BadInputException("Say whether the prior fact-check is accepted (it checked this claim) or rejected (it did not).");
    }
    String cleanReason = reason == null || reason.isBlank() ? null : ArticleStore.clip(ArticleStore.clean(reason.strip()), 4000);
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      store.articleForUpdate(h, articleId);
      ClaimMatch m = matchStore.match(h, articleId, matchId);
      matchStore.decide(h, articleId, m, d, cleanReason, actor.id(), now);
      PriorCheck c = m.check();
      audit.append(h, actor.id(), articleId, null, "match." + d,
          "Prior fact-check " + (c.url().isEmpty() ? c.factCheckId() : c.url()) + " (" + c.publisher()
              + (c.date() == null ? "" : ", " + c.date()) + (c.rating().isEmpty() ? "" : ", rated " + c.rating())
              + ") for \"" + ArticleStore.clip(m.sentence(), 200) + "\": " + d
              + (m.decision() == null || m.decision().equals(d) ? "" : " (was " + m.decision() + ")")
              + (cleanReason == null ? "" : " (" + cleanReason + ")"));
      store.touch(h, articleId, actor.id(), now);
      return matchStore.match(h, articleId, matchId);
    });
  }
}
