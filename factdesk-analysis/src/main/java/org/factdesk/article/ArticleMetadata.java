// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the source says about the article itself, when it says it, and where each value came
 * from: {@code sources} maps a field name ({@code title}, {@code byline}, {@code published},
 * {@code section}, {@code url}) to its origin, e.g. {@code "json-ld datePublished"} or
 * {@code "dateline in the text"}, so the desk and the time solver can weigh it.
 */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<LocalDate> published,
    Optional<String> url,
    Optional<String> section,
    Map<String, String> sources) {

  public ArticleMetadata {
    sources = Map.copyOf(sources);
  }

  /** Metadata without provenance (tests, callers that know their values). */
  public ArticleMetadata(Optional<String> title, Optional<String> byline, Optional<LocalDate> published,
      Optional<String> url) {
    this(title, byline, published, url, Optional.empty(), Map.of());
  }

  public static ArticleMetadata none() {
    return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Where the value of {@code field} came from, when the reader knows. */
  public Optional<String> source(String field) {
    return Optional.ofNullable(sources.get(field));
  }

  public ArticleMetadata withPublished(LocalDate date) {
    return new ArticleMetadata(title, byline, Optional.ofNullable(date), url, section, sources);
  }

  public ArticleMetadata withUrl(String newUrl) {
    return new ArticleMetadata(title, byline, published, Optional.ofNullable(newUrl), section, sources);
  }

  /** Fills the fields this metadata lacks from {@code other}, keeping other's provenance for them. */
  ArticleMetadata orElse(ArticleMetadata other) {
    Map<String, String> merged = new TreeMap<>(sources);
    Optional<String> t = pick(title, other.title, "title", other, merged);
    Optional<String> b = pick(byline, other.byline, "byline", other, merged);
    Optional<LocalDate> p = pick(published, other.published, "published", other, merged);
    Optional<String> u = pick(url, other.url, "url", other, merged);
    Optional<String> s = pick(section, other.section, "section", other, merged);
    return new ArticleMetadata(t, b, p, u, s, merged);
  }

  private static <T> Optional<T> pick(Optional<T> mine, Optional<T> theirs, String field, ArticleMetadata other,
      Map<String, String> merged) {
    if (mine.isPresent() || theirs.isEmpty()) {
      return mine;
    }
    other.source(field).ifPresent(src -> merged.put(field, src));
    return theirs;
  }
}
