// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.Optional;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.errors.BadInputException;

/**
 * Reads an article from a web address: fetched with the desk's limits, decoded in the charset
 * the server or the page declares, read by the same {@link ArticleReaders} as every file. The
 * desk's URL import and {@code factdesk read URL} both use this, so they read the same text.
 */
public final class UrlArticleReader {
  /** The article, the page's text as decoded (what the desk stores), and the address after redirects. */
  public record Read(Article article, String sourceText, String finalUrl) {}

  private final UrlFetcher fetcher;
  private final ArticleReaders readers = new ArticleReaders();

  /** A reader with its own web client, under the same address rules as the desk's. */
  public UrlArticleReader(FetchSettings settings) {
    this(new UrlFetcher(settings));
  }

  /** A reader sharing the desk's web client. */
  UrlArticleReader(UrlFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Fetches and reads; failures are {@link BadInputException}s a reporter can act on. */
  public Read read(String address) {
    UrlFetcher.Fetched page = fetcher.fetch(address);
    try {
      Optional<String> type = Optional.of(page.contentType()).filter(t -> !t.isBlank());
      Article article = readers.read(page.body(), page.name(), Optional.empty(), type, Optional.of(page.finalUrl()));
      return new Read(article, ArticleReaders.decode(page.body(), page.name(), type), page.finalUrl());
    } catch (UnreadableArticleException e) {
      throw new BadInputException("The article could not be read: " + e.getMessage() + ".");
    }
  }
}
