// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Clock;
import org.factdesk.accounts.User;
import org.jdbi.v3.core.Handle;

/** "What changed" in the inbox of whoever the article is assigned to (not the one who changed it). */
final class AssigneeNotices {
  private final ArticleStore store;
  private final Clock clock;

  AssigneeNotices(ArticleStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  void tell(Handle h, ArticleRecord a, User actor, String what) {
    if (a.assigneeId() != null && a.assigneeId() != actor.id()) {
      store.notify(h, a.assigneeId(), a.id(), what, clock.instant());
    }
  }
}
