// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a line or block of prose is when the format does not say: a "Source: X" line,
 * page furniture, or a heading. Shared by every reader so all formats agree.
 */
final class BlockClassifier {
  private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(sources?|via|credit)\\s*:\\s*\\S.*");
  private static final Set<String> BOILERPLATE = Set.of(
      "leave a comment", "leave a reply", "post a comment", "add a comment", "comments",
      "share this", "share this article", "share this story", "share", "share on facebook",
      "share on twitter", "share on x", "tweet", "email", "print", "related posts",
      "related articles", "read more", "advertisement", "subscribe", "subscribe now",
      "sign up for our newsletter", "click here to subscribe", "follow us", "you may also like",
      "cancel reply", "previous article", "next article", "tags");

  private BlockClassifier() {}

  static boolean isSourceLine(String text) {
    return SOURCE_LINE.matcher(text.strip()).matches() && text.strip().length() < 200;
  }

  static boolean isBoilerplate(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:.!»›→]+$", "");
    return BOILERPLATE.contains(t);
  }

  /** A short standalone line that does not end like a sentence reads as a heading. */
  static boolean looksLikeHeading(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 100) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '”') {
      return false;
    }
    return t.split("\\s+").length <= 14;
  }

  /**
   * Whether the first block of a file without markup reads as its headline: one short line
   * (at most 20 words) that does not close like a sentence. A lead paragraph ends with a full
   * stop; headlines almost never do, though they may end with "?" or "!".
   */
  static boolean looksLikeHeadline(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 160 || t.indexOf('\n') >= 0) {
      return false;
    }
    String closing = t.replaceAll("[\"”’')\\]]+$", "");
    if (closing.isEmpty()) {
      return false;
    }
    char last = closing.charAt(closing.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') {
      return false;
    }
    return t.split("\\s+").length <= 20;
  }

  static String normaliseForCompare(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
