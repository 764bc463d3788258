// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.List;

/**
 * The site's comment rules, typed (read from settings by the server's config).
 *
 * @param mode which comments wait for a moderator
 * @param maxLinks a comment with more links than this is held
 * @param bannedWords a comment containing one of these (whole word, any case) is rejected
 * @param suspectWords a comment containing one of these is held
 * @param perAddressPerMinute comments one network address may post per minute
 * @param perCommenterPerMinute comments one commenter may post per minute
 * @param reportsToHold reader reports that send an approved comment back to the queue
 */
public record CommentSettings(ModerationMode mode, int maxLinks, List<String> bannedWords,
    List<String> suspectWords, int perAddressPerMinute, int perCommenterPerMinute,
    int reportsToHold) {
  public CommentSettings {
    bannedWords = List.copyOf(bannedWords);
    suspectWords = List.copyOf(suspectWords);
  }

  public static CommentSettings defaults() {
    return new CommentSettings(ModerationMode.FIRST_TIME, 2, List.of(), List.of(), 5, 3, 3);
  }
}
