// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.errors.RuleException;

/** Who may change an article: the one place the "may edit" rule is written. */
final class ArticleAccess {
  private ArticleAccess() {}

  /** An editor may edit any article, a reporter their own (whatever its state). */
  static boolean mayEdit(User actor, ArticleRecord a) {
    return actor.may(Permission.EDIT_ANY_ARTICLE)
        || actor.may(Permission.EDIT_OWN_ARTICLE) && a.createdBy() == actor.id();
  }

  /** {@link #mayEdit} and the article is not published yet (published ones take corrections). */
  static boolean mayEditNow(User actor, ArticleRecord a) {
    return a.state() != ArticleState.PUBLISHED && mayEdit(actor, a);
  }

  static void requireEdit(User actor, ArticleRecord a) {
    if (!mayEdit(actor, a)) {
      if (actor.may(Permission.EDIT_OWN_ARTICLE)) {
        throw new PermissionDeniedException("You can edit only your own articles.");
      }
      throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to edit articles.");
    }
    requireNotPublished(a);
  }

  static void requireNotPublished(ArticleRecord a) {
    if (a.state() == ArticleState.PUBLISHED) {
      throw new RuleException("A published article changes only through a correction.");
    }
  }

  static void requireAny(User actor, String what, Permission... permissions) {
    for (Permission p : permissions) {
      if (actor.may(p)) {
        return;
      }
    }
    throw new PermissionDeniedException("Your role (" + actor.role().label() + ") does not allow you to " + what + ".");
  }
}
