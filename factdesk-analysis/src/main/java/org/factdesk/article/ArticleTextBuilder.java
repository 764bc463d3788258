package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the shown text of a structured article (Markdown, HTML) block by block, keeping link
 * offsets and applying the same furniture rules as plain text. Blocks are separated by a blank
 * line so the text reads well on its own.
 */
final class ArticleTextBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private final List<int[]> pendingLinks = new ArrayList<>();
  private final List<String> pendingHrefs = new ArrayList<>();
  private String headline;

  /** Appends inline text to the block being built. */
  void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    String collapsed = s.replaceAll("\\s+", " ");
    if (pending.length() == 0 || pending.charAt(pending.length() - 1) == ' ') {
      collapsed = collapsed.stripLeading();
    }
    pending.append(collapsed);
  }

  /** Appends inline link text and remembers where it sits. */
  void appendLink(String anchor, String href) {
    int before = pending.length();
    append(anchor);
    int start = before;
    while (start < pending.length() && pending.charAt(start) == ' ') {
      start++;
    }
    if (pending.length() > start && href != null && !href.isBlank()) {
      pendingLinks.add(new int[] {start, pending.length()});
      pendingHrefs.add(href.strip());
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

  /** Ends the current block with the given structural kind; furniture rules may override it. */
  void endBlock(BlockKind kind) {
    String raw = pending.toString();
    int lead = 0;
    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
      lead++;
    }
    String body = raw.strip();
    if (!body.isEmpty()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(body);
      BlockKind k = kind;
      String cmp = BlockClassifier.normaliseForCompare(body);
      if (headline == null && (kind == BlockKind.HEADLINE || blocks.isEmpty())) {
        k = BlockKind.HEADLINE;
        headline = cmp;
      } else if (kind == BlockKind.HEADLINE) {
        k = BlockKind.HEADING;
      }
      if (k != BlockKind.HEADLINE) {
        if (cmp.equals(headline) || BlockClassifier.isBoilerplate(body)) {
          k = BlockKind.BOILERPLATE;
        } else if (BlockClassifier.isSourceLine(body)) {
          k = BlockKind.SOURCE_LINE;
        }
      }
      blocks.add(new Block(k, new Span(start, text.length())));
      for (int i = 0; i < pendingLinks.size(); i++) {
        int s = Math.max(0, pendingLinks.get(i)[0] - lead);
        int e = Math.min(body.length(), pendingLinks.get(i)[1] - lead);
        if (e > s) {
          links.add(new Link(new Span(start + s, start + e), pendingHrefs.get(i)));
        }
      }
    }
    pending.setLength(0);
    pendingLinks.clear();
    pendingHrefs.clear();
  }

  boolean isEmpty() {
    return text.length() == 0 && pending.toString().isBlank();
  }

  Article build(String name, ArticleFormat format, ArticleMetadata metadata) {
    if (pending.length() > 0) {
      endBlock(BlockKind.PARAGRAPH);
    }
    return new Article(name, text.toString(), format, blocks, links, metadata);
  }
}
