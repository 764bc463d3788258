// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what a tweet or a pasted post carries that can only mislead matching: links and
 * "pic.twitter.com/…" (random letters to BM25, noise to the embedding), and splits CamelCase
 * hashtags into words ("#AustralianFires" → "AustralianFires Australian Fires"). Handles, names
 * and dates in a signature stay: on the CheckThat! train set removing them cost MAP.
 * Plain sentences pass through unchanged.
 */
final class QueryCleaner {
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
  private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  String clean(String text) {
    String s = URL.matcher(text).replaceAll(" ");
    Matcher tags = HASHTAG.matcher(s);
    StringBuilder out = new StringBuilder();
    while (tags.find()) {
      String tag = tags.group(1);
      String words = CAMEL.matcher(tag).replaceAll(" ");
      tags.appendReplacement(out, Matcher.quoteReplacement(words.equals(tag) ? tag : tag + " " + words));
    }
    tags.appendTail(out);
    String cleaned = SPACES.matcher(out).replaceAll(" ").strip();
    return cleaned.isEmpty() ? text.strip() : cleaned;
  }
}
