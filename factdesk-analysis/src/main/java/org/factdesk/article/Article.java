// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as Factdesk reads it, whatever format it came in: the text the report shows,
 * its blocks in order, its links, and its metadata. All spans point into {@link #text()}.
 * {@code dropped} counts what the reader left out as page furniture, by reason.
 */
public record Article(
    String name, String text, ArticleFormat format, List<Block> blocks, List<Link> links,
    ArticleMetadata metadata, Map<String, Integer> dropped) {

  public Article(String name, String text, ArticleFormat format, List<Block> blocks, List<Link> links,
      ArticleMetadata metadata) {
    this(name, text, format, blocks, links, metadata, Map.of());
  }

  public Article {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
    dropped = Map.copyOf(dropped);
    for (Block b : blocks) {
      if (b.span().end() > text.length()) {
        throw new IllegalArgumentException("block " + b + " runs past the text");
      }
    }
  }

  public String text(Span span) {
    return span.of(text);
  }

  /** The block that contains the given offset, if any. */
  public Optional<Block> blockAt(int offset) {
    for (Block b : blocks) {
      if (b.span().start() <= offset && offset < b.span().end()) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  public Optional<Block> headline() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst();
  }

  /** Whether any link's anchor overlaps the span. */
  public boolean hasLinkIn(Span span) {
    return links.stream().anyMatch(l -> l.span().overlaps(span));
  }

  /** The body: every block but the headline and furniture, separated by a blank line. */
  public ArticleBody body() {
    StringBuilder out = new StringBuilder();
    List<Block> bodyBlocks = new ArrayList<>();
    List<Link> bodyLinks = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind() == BlockKind.HEADLINE || b.kind() == BlockKind.BOILERPLATE) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      int shift = out.length() - b.span().start();
      out.append(text, b.span().start(), b.span().end());
      bodyBlocks.add(new Block(b.kind(), new Span(b.span().start() + shift, b.span().end() + shift)));
      for (Link l : links) {
        if (b.span().contains(l.span())) {
          bodyLinks.add(new Link(new Span(l.span().start() + shift, l.span().end() + shift), l.href()));
        }
      }
    }
    return new ArticleBody(out.toString(), bodyBlocks, bodyLinks);
  }
}
