// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article: JSON-LD ({@code NewsArticle} and kin: headline,
 * datePublished, author, articleSection, articleBody), Open Graph and other {@code <meta>},
 * {@code <time>}, the {@code <h1>}, and bylines marked up as such. Each value keeps the name of
 * where it came from. Must run before the page is cleaned.
 */
final class HtmlMetadata {
  private final ObjectMapper json = new ObjectMapper();

  /** The metadata and, when JSON-LD carries one, the article body text. */
  record Found(ArticleMetadata metadata, Optional<String> jsonLdBody) {}

  Found read(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    Map<String, String> sources = new TreeMap<>();
    Optional<String> title = first(sources, "title",
        ld("headline", text(ld, "headline")),
        of("open graph og:title", meta(doc, "meta[property=og:title]")),
        of("h1", Optional.ofNullable(doc.selectFirst("h1")).map(Element::text)),
        of("title element", Optional.of(doc.title())));
    Optional<String> byline = first(sources, "byline",
        ld("author", authors(ld)),
        of("meta author", meta(doc, "meta[name=author], meta[name=byl], meta[name=sailthru.author], meta[name=parsely-author]")),
        of("byline markup", Optional.ofNullable(doc.selectFirst(
            "[itemprop=author] [itemprop=name], [rel=author], [itemprop=author], .byline__name, .author-name"))
            .map(Element::text).map(HtmlMetadata::stripBy)));
    Optional<LocalDate> published = Optional.empty();
    List<Candidate> dates = List.of(
        ld("datePublished", text(ld, "datePublished")),
        of("meta article:published_time", meta(doc, "meta[property=article:published_time]")),
        of("open graph og:published_time", meta(doc, "meta[property=og:published_time]")),
        of("meta date", meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=dc.date],"
            + " meta[name=DC.date.issued], meta[name=dcterms.created], meta[name=sailthru.date], meta[name=parsely-pub-date],"
            + " meta[itemprop=datePublished], meta[name=article.published]")),
        of("time element", Optional.ofNullable(doc.selectFirst(
            "time[itemprop=datePublished], time[pubdate], time[datetime]")).map(e -> e.attr("datetime"))),
        ld("dateCreated", text(ld, "dateCreated")));
    for (Candidate c : dates) {
      Optional<LocalDate> d = c.value().flatMap(DateParsing::parseLenient);
      if (d.isPresent()) {
        published = d;
        sources.put("published", c.source());
        break;
      }
    }
    Optional<String> url = first(sources, "url",
        of("canonical link", Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href"))),
        of("open graph og:url", meta(doc, "meta[property=og:url]")));
    Optional<String> section = first(sources, "section",
        ld("articleSection", text(ld, "articleSection")),
        of("meta article:section", meta(doc, "meta[property=article:section]")));
    return new Found(new ArticleMetadata(title, byline, published, url, section, sources), text(ld, "articleBody"));
  }

  private record Candidate(String source, Optional<String> value) {}

  private static Candidate of(String source, Optional<String> value) {
    return new Candidate(source, value.map(String::strip).filter(v -> !v.isEmpty()));
  }

  private static Candidate ld(String field, Optional<String> value) {
    return of("json-ld " + field, value);
  }

  private static Optional<String> first(Map<String, String> sources, String field, Candidate... candidates) {
    for (Candidate c : candidates) {
      if (c.value().isPresent()) {
        sources.put(field, c.source());
        return c.value();
      }
    }
    return Optional.empty();
  }

  private static String stripBy(String s) {
    return s.strip().replaceFirst("(?i)^by\\s+", "");
  }

  private static Optional<String> text(JsonNode node, String field) {
    if (node == null) {
      return Optional.empty();
    }
    JsonNode v = node.path(field);
    if (v.isArray()) {
      v = v.path(0);
    }
    return v.isValueNode() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static Optional<String> authors(JsonNode ld) {
    if (ld == null) {
      return Optional.empty();
    }
    JsonNode author = ld.path("author");
    List<String> names = new ArrayList<>();
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String n = a.isTextual() ? a.asText() : a.path("name").asText("");
      if (!n.isBlank() && !names.contains(n.strip())) {
        names.add(n.strip());
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }

  private JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(json.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common on the web; the page is still readable without it.
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 8) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"), depth + 1);
    }
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    if (type.contains("article") || type.contains("posting") || type.contains("report")) {
      return node;
    }
    if (node.has("mainEntity")) {
      return findArticle(node.get("mainEntity"), depth + 1);
    }
    return node.has("datePublished") && node.has("headline") ? node : null;
  }

  private static Optional<String> meta(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content").strip());
  }
}
