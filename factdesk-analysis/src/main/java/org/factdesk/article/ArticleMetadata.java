package org.factdesk.article;

import java.time.LocalDate;
import java.util.Optional;

/** What the source says about the article itself, when it says it. */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<LocalDate> published,
    Optional<String> url) {

  public static ArticleMetadata none() {
    return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ArticleMetadata withPublished(LocalDate date) {
    return new ArticleMetadata(title, byline, Optional.ofNullable(date), url);
  }

  public ArticleMetadata withUrl(String newUrl) {
    return new ArticleMetadata(title, byline, published, Optional.ofNullable(newUrl));
  }
}
