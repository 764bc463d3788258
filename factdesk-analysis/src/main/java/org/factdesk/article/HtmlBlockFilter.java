// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.article.ArticleTextBuilder.Collected;

/**
 * Judges the blocks read from a page's main content: what a reader skips there. The headline
 * repeated, bylines and date lines, share and newsletter prompts, cookie notices, "Most popular"
 * and "Related" runs, lists of links, author bios at the end, and blocks repeated word for word.
 * Each reason is a count key in {@link Article#dropped()}.
 */
final class HtmlBlockFilter implements ArticleTextBuilder.BlockFilter {
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:by|written by|story by|words by|reporting by|posted by|photos? by|text by|von|par|por)\\s+\\S.*");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(?:(?:first\\s+)?published|posted|updated|last updated|modified)\\b.*|^\\w*day,?\\s.*\\d{4}.*"
      + "|^\\d{1,2}[./ ]\\w+[./ ]\\d{2,4}.*|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.? \\d{1,2},? \\d{4}.*");
  private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:share(?: this| on| the)?\\b|tweet\\b|email\\b|e-mail\\b"
      + "|print\\b|pin\\b|whatsapp\\b|facebook\\b|twitter\\b|linkedin\\b|reddit\\b|sign up\\b|subscribe\\b|newsletter"
      + "|get (?:our|the) .*newsletter|we use cookies|this (?:site|website) uses cookies|cookie|accept\\b|advertisement"
      + "|advertising\\b|ad\\b|sponsored\\b|most popular|most read|most viewed|popular now|trending|related\\b"
      + "|recommended\\b|read more\\b|read next\\b|more from\\b|more on this\\b|see also\\b|you (?:may|might) also like"
      + "|follow us\\b|follow (?:him|her|them) on|comments?\\b|leave a (?:comment|reply)|join the conversation"
      + "|all rights reserved|©|copyright\\b|click here\\b|download (?:the|our) app|skip to\\b|back to top|next article"
      + "|previous article|continue reading|image:|photo:|photograph:|credit:|getty images|loading\\b|watch:|listen:"
      + "|topics:|tags:|filed under|more stories|top stories|latest news|don.t miss|sponsored content|around the web"
      + "|powered by|credit\\b|credit[A-Z]|image source|photo credit)");
  private static final Pattern BIO = Pattern.compile(
      "(?i)\\b(?:is|was|has been) (?:a|an|the) [\\w\\s,'-]{0,60}(?:reporter|correspondent|writer|editor|columnist|journalist"
      + "|contributor|producer|author|freelancer|intern|fellow)\\b|follow (?:him|her|them) on|contact (?:him|her|them|the author)"
      + "|^\\S+@\\S+\\.\\w+$|^@\\w+$|reach (?:him|her|them) at");

  private final String headline;
  private final boolean linkBlocks;

  /** {@code linkBlocks}: also drop short blocks that are mostly links. */
  HtmlBlockFilter(String headline, boolean linkBlocks) {
    this.linkBlocks = linkBlocks;
    this.headline = headline == null ? null : BlockClassifier.normaliseForCompare(headline);
  }

  /** Blocks kept so far, to drop word-for-word repeats; one filter serves one page. */
  private final Set<String> seen = new HashSet<>();

  @Override
  public Optional<String> dropReason(List<Collected> blocks, int i) {
    Collected c = blocks.get(i);
    String text = c.text();
    int length = text.length();
    String cmp = BlockClassifier.normaliseForCompare(text);
    if (i == 0 && c.kind() == BlockKind.HEADLINE) {
      seen.add(cmp);
      return Optional.empty();
    }
    if (cmp.equals(headline)) {
      return Optional.of("headline repeated");
    }
    boolean sentence = text.matches("(?s).*[.!?][\"”’')]*$");
    int words = text.split("\\s+").length;
    if (length < 120 && words <= 14 && BYLINE.matcher(text).matches() && !(sentence && words > 6)) {
      return Optional.of("byline");
    }
    if (length < 80 && DATE_LINE.matcher(text).matches() && !sentence) {
      return Optional.of("date line");
    }
    if (length < 100 && FURNITURE.matcher(text).find() && (!sentence || length < 40)) {
      return Optional.of("share, newsletter and other prompts");
    }
    if (linkBlocks && c.linkDensity() > 0.5 && length < 300) {
      return Optional.of("links");
    }
    if (i >= blocks.size() - 4 && length < 400 && BIO.matcher(text).find()) {
      return Optional.of("author bio");
    }
    if (c.kind() == BlockKind.HEADING && headingRun(blocks, i) >= 3) {
      return Optional.of("list of headlines");
    }
    if (!seen.add(cmp) && length < 400) {
      return Optional.of("repeated block");
    }
    return Optional.empty();
  }

  private static int headingRun(List<Collected> blocks, int i) {
    int from = i;
    while (from > 0 && blocks.get(from - 1).kind() == BlockKind.HEADING) {
      from--;
    }
    int to = i;
    while (to < blocks.size() - 1 && blocks.get(to + 1).kind() == BlockKind.HEADING) {
      to++;
    }
    return to - from + 1;
  }
}
