// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Instant;

/** Something a person is told in their inbox: an assignment, a label withdrawn or restored. */
public record Notice(long id, Long articleId, String articleTitle, String message, Instant createdAt,
    Instant readAt) {
  public boolean unread() {
    return readAt == null;
  }
}
