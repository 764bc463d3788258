// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.factdesk.errors.BadInputException;

/** What a person does in the newsroom, and so what they may do on the desk. */
public enum Role {
  REPORTER(EnumSet.of(Permission.VIEW_DESK, Permission.CREATE_ARTICLE, Permission.EDIT_OWN_ARTICLE,
      Permission.SUBMIT_FOR_REVIEW)),
  CHECKER(EnumSet.of(Permission.VIEW_DESK, Permission.RECORD_VERDICT, Permission.RESOLVE_FINDING,
      Permission.MARK_CHECKED)),
  EDITOR(EnumSet.of(Permission.VIEW_DESK, Permission.CREATE_ARTICLE, Permission.EDIT_OWN_ARTICLE,
      Permission.EDIT_ANY_ARTICLE, Permission.SUBMIT_FOR_REVIEW, Permission.RECORD_VERDICT,
      Permission.RESOLVE_FINDING, Permission.MARK_CHECKED, Permission.PUBLISH, Permission.CORRECT,
      Permission.EDIT_KNOWLEDGE)),
  /** Runs the comment queue; on the desk they may look but not change. */
  MODERATOR(EnumSet.of(Permission.VIEW_DESK, Permission.MODERATE_COMMENTS)),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String text) {
    return Arrays.stream(values())
        .filter(r -> r.label().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new BadInputException("Unknown role \"" + text
            + "\". Choose one of: reporter, checker, editor, moderator, admin."));
  }
}
