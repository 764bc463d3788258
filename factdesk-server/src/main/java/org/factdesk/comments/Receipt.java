// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

/**
 * The server's acknowledgement: the comment is committed to the database before this exists.
 *
 * @param repeated the same submission token was already stored; nothing new was written
 * @param mail whether a link to verify the commenter's e-mail address was sent
 */
public record Receipt(long commentId, long articleId, CommentStatus status, boolean repeated,
    CommenterVerification.Mail mail) {}
