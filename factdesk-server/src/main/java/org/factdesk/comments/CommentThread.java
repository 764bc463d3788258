// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.List;

/** A top-level comment and its replies (one level: replies to replies join the same thread). */
public record CommentThread(Comment comment, List<Comment> replies) {
  public CommentThread {
    replies = List.copyOf(replies);
  }
}
