// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import java.time.Instant;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** An article's way from draft through review and checking to publication: who may move it, and when. */
final class Workflow {
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ArticleStore store;
  private final LabelGuard guard;
  private final ArchiveFeed archive;
  private final AssigneeNotices notices;

  Workflow(Jdbi jdbi, AuditLog audit, Clock clock, ArticleStore store, LabelGuard guard, ArchiveFeed archive,
      AssigneeNotices notices) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.store = store;
    this.guard = guard;
    this.archive = archive;
    this.notices = notices;
  }

  ArticleRecord changeState(User actor, long id, ArticleState target) {
    actor.require(Permission.VIEW_DESK);
    Instant now = clock.instant();
    ArticleRecord changed = jdbi.inTransaction(h -> {
      ArticleRecord a = store.articleForUpdate(h, id);
      ArticleState from = a.state();
      if (from == target) {
        throw new RuleException("The article is already " + target.label() + ".");
      }
      ArticleAccess.requireNotPublished(a);
      switch (target) {
        case DRAFT -> {
          ArticleAccess.requireAny(actor, "send it back to draft", Permission.SUBMIT_FOR_REVIEW, Permission.MARK_CHECKED);
          if (from != ArticleState.IN_REVIEW) {
            throw new RuleException("Only an article in review can go back to draft.");
          }
        }
        case IN_REVIEW -> {
          if (from == ArticleState.DRAFT) {
            actor.require(Permission.SUBMIT_FOR_REVIEW);
            // Every role that may submit may edit its own articles, so this is "who may edit it".
            if (!ArticleAccess.mayEdit(actor, a)) {
              throw new PermissionDeniedException("Only the article's author or an editor can send it for review.");
            }
          } else {
            actor.require(Permission.MARK_CHECKED);
          }
        }
        case CHECKED -> {
          actor.require(Permission.MARK_CHECKED);
          if (from != ArticleState.IN_REVIEW) {
            throw new RuleException("Only an article in review can be marked checked.");
          }
          requireLabel(h, a, "It cannot be marked checked yet.");
        }
        case PUBLISHED -> {
          actor.require(Permission.PUBLISH);
          if (from != ArticleState.CHECKED) {
            throw new RuleException("Only a checked article can be published; it is " + from.label() + ".");
          }
          requireLabel(h, a, "It cannot be published yet.");
        }
        default -> throw new IllegalStateException(target.toString());
      }
      store.setState(h, id, target, now);
      store.touch(h, id, actor.id(), now);
      audit.append(h, actor.id(), id, null, "state.changed", from.label() + " → " + target.label());
      notices.tell(h, a, actor, actor.displayName() + " moved it from " + from.label().replace('_', ' ')
          + " to " + target.label().replace('_', ' ') + ".");
      return store.article(h, id);
    });
    if (target == ArticleState.PUBLISHED) {
      archive.addToArchive(id);
    }
    return changed;
  }

  private void requireLabel(Handle h, ArticleRecord a, String refusal) {
    LabelDecision d = guard.decide(h, a);
    if (!d.earned()) {
      throw new RuleException(refusal + " " + String.join(" ", d.reasons()), d.reasons());
    }
  }
}
