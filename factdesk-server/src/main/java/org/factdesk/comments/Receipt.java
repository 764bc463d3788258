// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

/**
 * The server's acknowledgement: the comment is committed to the database before this exists.
 *
 * @param repeated the same submission token was already stored; nothing new was written
 */
public record Receipt(long commentId, long articleId, CommentStatus status, boolean repeated) {}
