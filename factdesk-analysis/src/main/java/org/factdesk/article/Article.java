package org.factdesk.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as Factdesk reads it, whatever format it came in: the text the report shows,
 * its blocks in order, its links, and its metadata. All spans point into {@link #text()}.
 */
public record Article(
    String name, String text, ArticleFormat format, List<Block> blocks, List<Link> links,
    ArticleMetadata metadata) {

  public Article {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
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
}
