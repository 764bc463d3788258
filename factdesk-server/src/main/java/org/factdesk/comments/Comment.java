// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.time.Instant;
import java.util.List;

/**
 * One stored comment. The commenter's email and network address are never part of it: readers
 * and moderators see the name and the text only.
 */
public record Comment(long id, long articleId, String articleTitle, Long parentId,
    String authorName, String body, CommentStatus status, String heldReason, int reportCount,
    Instant createdAt) {

  /** The text in pieces, links marked, for the template to escape and render. */
  public List<Linkifier.Piece> pieces() {
    return Linkifier.pieces(body);
  }
}
