// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.Arrays;
import java.util.Locale;

/** Which comments wait for a moderator before readers see them. */
public enum ModerationMode {
  /** Every comment. */
  ALL,
  /** Comments from someone with no approved comment yet (the default). */
  FIRST_TIME,
  /** None, unless a word or link rule holds it. */
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "all", "first_time" (or "first-time") and "none"; anything else is an error. */
  public static ModerationMode parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(m -> m.label().equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("comments.moderation must be all, first_time or none, not \""
            + text + "\"."));
  }
}
