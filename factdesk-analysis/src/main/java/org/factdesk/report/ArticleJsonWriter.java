// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleBody;
import org.factdesk.article.Block;
import org.factdesk.article.Link;

/**
 * What {@code factdesk read} prints as JSON (docs/report-format.md, "What the engine reads"):
 * metadata with where each value came from, the body text (no headline, blocks separated by a
 * blank line), its blocks and links as offsets into that text, and what was dropped as furniture.
 */
final class ArticleJsonWriter {
  public static final int FORMAT_VERSION = 1;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(Article a) {
    try {
      return mapper.writeValueAsString(toJson(a)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectNode toJson(Article a) {
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("name", a.name());
    root.put("format", a.format().name().toLowerCase(Locale.ROOT));
    a.metadata().title().ifPresent(t -> root.put("title", t));
    a.metadata().byline().ifPresent(t -> root.put("byline", t));
    a.metadata().published().ifPresent(t -> root.put("published", t.toString()));
    a.metadata().section().ifPresent(t -> root.put("section", t));
    a.metadata().url().ifPresent(t -> root.put("url", t));
    ObjectNode sources = root.putObject("sources");
    a.metadata().sources().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sources.put(e.getKey(), e.getValue()));
    ArticleBody body = a.body();
    root.put("text", body.text());
    var blocks = root.putArray("blocks");
    for (Block b : body.blocks()) {
      ObjectNode n = blocks.addObject();
      n.put("kind", b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      n.put("start", b.span().start());
      n.put("end", b.span().end());
    }
    var links = root.putArray("links");
    for (Link l : body.links()) {
      ObjectNode n = links.addObject();
      n.put("start", l.span().start());
      n.put("end", l.span().end());
      n.put("href", l.href());
    }
    ObjectNode dropped = root.putObject("dropped");
    a.dropped().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> dropped.put(e.getKey(), e.getValue()));
    return root;
  }

  /** The plain-text view: metadata lines, a blank line, the body, and the furniture counts. */
  public static String plain(Article a) {
    StringBuilder out = new StringBuilder();
    a.metadata().title().ifPresent(t -> out.append("Title: ").append(t).append(origin(a, "title")).append('\n'));
    a.metadata().byline().ifPresent(t -> out.append("Byline: ").append(t).append(origin(a, "byline")).append('\n'));
    a.metadata().published().ifPresent(t -> out.append("Published: ").append(t).append(origin(a, "published")).append('\n'));
    a.metadata().section().ifPresent(t -> out.append("Section: ").append(t).append(origin(a, "section")).append('\n'));
    a.metadata().url().ifPresent(t -> out.append("URL: ").append(t).append('\n'));
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(a.body().text()).append('\n');
    if (!a.dropped().isEmpty()) {
      StringBuilder d = new StringBuilder();
      a.dropped().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> d.append(d.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
      out.append("\n[dropped as page furniture: ").append(d).append("]\n");
    }
    return out.toString();
  }

  private static String origin(Article a, String field) {
    return a.metadata().source(field).map(s -> " (" + s + ")").orElse("");
  }
}
