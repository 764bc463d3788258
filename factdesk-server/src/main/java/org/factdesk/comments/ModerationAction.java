// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.errors.BadInputException;

/**
 * What a moderator can do to the comments they selected. {@code REMOVE} takes a published
 * comment down (it is kept, rejected, for the record); the bans also reject the comment.
 */
public enum ModerationAction {
  APPROVE, REJECT, REMOVE, BAN_COMMENTER, BAN_ADDRESS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ModerationAction parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(a -> a.label().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInputException("Choose approve, reject, remove, ban_commenter or ban_address, not \""
            + text + "\"."));
  }
}
