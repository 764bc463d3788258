package org.factdesk.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what a tweet or a pasted post carries besides its claim: links, "pic.twitter.com/…",
 * the "— Name (@handle) January 6, 2020" signature's handle and date, @handles, and the '#' of
 * hashtags (splitting CamelCase: "#AustralianFires" → "Australian Fires"). Plain sentences pass
 * through unchanged.
 */
final class QueryCleaner {
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
  private static final Pattern SIGNATURE_DATE = Pattern.compile(
      "\\(@\\w+\\)\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\s*$");
  private static final Pattern HANDLE = Pattern.compile("@\\w+");
  private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  String clean(String text) {
    String s = URL.matcher(text).replaceAll(" ");
    s = SIGNATURE_DATE.matcher(s.strip()).replaceAll(" ");
    s = HANDLE.matcher(s).replaceAll(" ");
    Matcher tags = HASHTAG.matcher(s);
    StringBuilder out = new StringBuilder();
    while (tags.find()) {
      tags.appendReplacement(out, Matcher.quoteReplacement(CAMEL.matcher(tags.group(1)).replaceAll(" ")));
    }
    tags.appendTail(out);
    String cleaned = SPACES.matcher(out).replaceAll(" ").strip();
    return cleaned.isEmpty() ? text.strip() : cleaned;
  }
}
