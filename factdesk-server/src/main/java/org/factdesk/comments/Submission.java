// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.Optional;

/**
 * A comment as the form sent it.
 *
 * @param token the submission token from the form's hidden field; the same token posts once
 * @param honeypot the field people never see; bots fill it
 * @param address the sender's network address
 * @param readerId a random id from the reader's cookie, so commenters without an email are
 *     still recognised
 * @param siteBase the public site's address, for the link in a verification e-mail
 */
public record Submission(long articleId, Optional<Long> parentId, String name, String email,
    String text, String token, String honeypot, String address, String readerId, String siteBase) {}
