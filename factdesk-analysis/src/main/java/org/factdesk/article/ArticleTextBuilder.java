// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the shown text of a structured article (Markdown, HTML) block by block, keeping link
 * offsets and applying the same furniture rules as plain text. Blocks are collected first and
 * laid out at {@link #build}, so a {@link BlockFilter} can judge each one knowing its neighbours.
 * Blocks are separated by a blank line so the text reads well on its own.
 */
final class ArticleTextBuilder {
  /** A block as collected: its text, the kind its markup gives, link ranges relative to the text. */
  record Collected(String text, BlockKind kind, List<int[]> links, List<String> hrefs, double linkDensity) {}

  /** Decides, with the whole list at hand, which collected blocks a reader would skip and why. */
  interface BlockFilter {
    /** The reason block {@code i} is furniture (a short phrase used as a count key), or empty to keep it. */
    Optional<String> dropReason(List<Collected> blocks, int i);
  }

  private final List<Collected> collected = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private final List<int[]> pendingLinks = new ArrayList<>();
  private final List<String> pendingHrefs = new ArrayList<>();

  /** Appends inline text to the block being built. */
  void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    int n = s.length();
    boolean space = pending.length() == 0 || pending.charAt(pending.length() - 1) == ' ';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!space) {
          pending.append(' ');
          space = true;
        }
      } else {
        pending.append(c);
        space = false;
      }
    }
  }

  int pendingLength() {
    return pending.length();
  }

  void addPendingLink(int from, int to, String href) {
    if (to > from && href != null && !href.isBlank()) {
      pendingLinks.add(new int[] {from, to});
      pendingHrefs.add(href.strip());
    }
  }

  /** Ends the current block with the given structural kind. */
  void endBlock(BlockKind kind) {
    int lead = 0;
    while (lead < pending.length() && pending.charAt(lead) == ' ') {
      lead++;
    }
    int end = pending.length();
    while (end > lead && pending.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > lead) {
      String body = pending.substring(lead, end);
      List<int[]> links = new ArrayList<>();
      List<String> hrefs = new ArrayList<>();
      int linked = 0;
      for (int i = 0; i < pendingLinks.size(); i++) {
        int s = Math.max(0, pendingLinks.get(i)[0] - lead);
        int e = Math.min(body.length(), pendingLinks.get(i)[1] - lead);
        if (e > s) {
          links.add(new int[] {s, e});
          hrefs.add(pendingHrefs.get(i));
          linked += e - s;
        }
      }
      collected.add(new Collected(body, kind, links, hrefs, Math.min(1.0, linked / (double) body.length())));
    }
    pending.setLength(0);
    pendingLinks.clear();
    pendingHrefs.clear();
  }

  /** The text of every block collected so far, kept or not (bylines and date lines included). */
  List<String> collectedTexts() {
    return collected.stream().map(Collected::text).toList();
  }

  boolean isEmpty() {
    return collected.isEmpty() && pending.toString().isBlank();
  }

  Article build(String name, ArticleFormat format, ArticleMetadata metadata) {
    return build(name, format, metadata, (blocks, i) -> Optional.empty(), Map.of());
  }

  /**
   * Lays the kept blocks out. The first block is the headline when the markup says so, or when
   * it reads like one (short, no closing full stop); otherwise the article has no headline block
   * and its lead stays body text.
   */
  Article build(String name, ArticleFormat format, ArticleMetadata metadata, BlockFilter filter,
      Map<String, Integer> alreadyDropped) {
    if (pending.length() > 0) {
      endBlock(BlockKind.PARAGRAPH);
    }
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    Map<String, Integer> dropped = new TreeMap<>(alreadyDropped);
    String headline = null;
    for (int i = 0; i < collected.size(); i++) {
      Collected c = collected.get(i);
      Optional<String> reason = filter.dropReason(collected, i);
      if (reason.isPresent()) {
        dropped.merge(reason.get(), 1, Integer::sum);
        continue;
      }
      String cmp = BlockClassifier.normaliseForCompare(c.text());
      BlockKind k = c.kind();
      if (headline == null && blocks.isEmpty()
          && (c.kind() == BlockKind.HEADLINE || BlockClassifier.looksLikeHeadline(c.text()))) {
        k = BlockKind.HEADLINE;
        headline = cmp;
      } else if (k == BlockKind.HEADLINE) {
        k = BlockKind.HEADING;
      }
      if (k != BlockKind.HEADLINE) {
        if (cmp.equals(headline) || BlockClassifier.isBoilerplate(c.text())) {
          k = BlockKind.BOILERPLATE;
        } else if (BlockClassifier.isSourceLine(c.text())) {
          k = BlockKind.SOURCE_LINE;
        }
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(c.text());
      blocks.add(new Block(k, new Span(start, text.length())));
      for (int j = 0; j < c.links().size(); j++) {
        links.add(new Link(new Span(start + c.links().get(j)[0], start + c.links().get(j)[1]), c.hrefs().get(j)));
      }
    }
    return new Article(name, text.toString(), format, blocks, links, metadata, dropped);
  }
}
