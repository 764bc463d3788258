// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Reader comments ("Leave a Comment") and their moderation: idempotent, durable submission;
 * screening rules (moderation mode, banned and suspect words, too many links, honeypot); rate
 * limits; commenter identity (a signed reader cookie, optionally an e-mail address verified by a
 * mailed link); the moderator queue with approve, reject, remove and bans, and the bans list;
 * reader reports. Every decision is written to the audit log in the transaction that makes it.
 */
package org.factdesk.comments;
