// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.time.Instant;
import org.factdesk.errors.PermissionDeniedException;

/** A person with an account on the desk. */
public record User(long id, String email, String displayName, Role role, Instant createdAt) {
  public boolean may(Permission permission) {
    return role.may(permission);
  }

  /** Throws, in words, when this person's role does not allow {@code permission}. */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new PermissionDeniedException("Your role (" + role.label() + ") does not allow you to "
          + permission.description() + ".");
    }
  }
}
