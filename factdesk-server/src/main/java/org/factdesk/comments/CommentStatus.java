// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.Locale;

/** Where a comment stands: waiting for a moderator, shown to readers, or turned down. */
public enum CommentStatus {
  HELD, APPROVED, REJECTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
