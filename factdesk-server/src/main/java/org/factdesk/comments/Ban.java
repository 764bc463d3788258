// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.time.Instant;

/**
 * A ban as moderators see it. The banned key itself (a hash) is not shown: the comment it came
 * from says who it was.
 *
 * @param commentId the comment the ban was made from, when known
 * @param authorName that comment's name
 * @param moderator who made the ban
 */
public record Ban(long id, Kind kind, String reason, Instant createdAt, Long commentId, String authorName,
    String moderator) {

  /** What a ban holds back: one commenter identity, or every comment from one network address. */
  public enum Kind {
    COMMENTER, ADDRESS;

    public String label() {
      return this == COMMENTER ? "commenter" : "network address";
    }
  }
}
