// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.factdesk.audit.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the state of an article honest after every change, inside the change's transaction:
 * a checked article that no longer meets {@link LabelPolicy} goes back to review; a published
 * one loses its label at once (under review, readers see a notice, editors are told) and gets it
 * back only when it meets the rule again and a correction was made since.
 */
final class LabelGuard {
  private final ArticleStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final LabelPolicy policy;

  LabelGuard(ArticleStore store, AuditLog audit, Clock clock, LabelPolicy policy) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.policy = policy;
  }

  LabelDecision decide(Handle h, ArticleRecord a) {
    return policy.decide(a, store.claims(h, a.id()), store.findings(h, a.id()));
  }

  /** Applies the rule after a change to article {@code id} made by {@code actorId} (null: the desk). */
  void enforce(Handle h, long id, Long actorId) {
    ArticleRecord a = store.article(h, id);
    LabelDecision d = decide(h, a);
    if (a.state() == ArticleState.CHECKED && !d.earned()) {
      store.setState(h, id, ArticleState.IN_REVIEW, clock.instant());
      audit.append(h, actorId, id, null, "state.changed",
          "checked → in_review: " + String.join(" ", d.reasons()));
      return;
    }
    if (a.state() != ArticleState.PUBLISHED) {
      return;
    }
    if (!d.earned() && !a.underReview()) {
      withdraw(h, a, actorId, String.join(" ", d.reasons()), store.lastCorrectionSeq(h, id));
    } else if (d.earned() && a.underReview()
        && store.lastCorrectionSeq(h, id) > (a.reviewAfterSeq() == null ? 0 : a.reviewAfterSeq())) {
      store.setUnderReview(h, id, null, null, null);
      audit.append(h, actorId, id, null, "label.restored",
          "The fact-checked label is back: the article meets the rule again and correction "
              + store.lastCorrectionSeq(h, id) + " says what changed");
      tell(h, a, "\"" + a.title() + "\" has its fact-checked label back.");
    }
  }

  /**
   * Takes the label off a published article now, whatever the rule says: a verdict changed or
   * a finding reopened. Corrections up to {@code afterSeq} do not bring it back.
   */
  void withdraw(Handle h, ArticleRecord a, Long actorId, String why, int afterSeq) {
    if (a.state() != ArticleState.PUBLISHED) {
      return;
    }
    Instant now = clock.instant();
    if (!a.underReview()) {
      store.setUnderReview(h, a.id(), now, why, afterSeq);
      audit.append(h, actorId, a.id(), null, "label.withdrawn",
          "Under review: the fact-checked label is off until a correction. " + why);
      tell(h, a, "\"" + a.title() + "\" lost its fact-checked label and is under review: " + why
          + " Append a correction (what was wrong, what changed) to bring the label back.");
    } else {
      int after = Math.max(afterSeq, a.reviewAfterSeq() == null ? 0 : a.reviewAfterSeq());
      store.setUnderReview(h, a.id(), a.underReviewSince(), why, after);
    }
  }

  /** Tells the article's author and every editor and admin. */
  private void tell(Handle h, ArticleRecord a, String message) {
    Instant now = clock.instant();
    java.util.Set<Long> people = new java.util.LinkedHashSet<>(store.usersWithRoles(h, List.of("EDITOR", "ADMIN")));
    people.add(a.createdBy());
    for (long person : people) {
      store.notify(h, person, a.id(), message, now);
    }
  }
}
