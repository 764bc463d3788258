// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article from bytes in any supported format, detecting format and encoding. The only
 * entry point the rest of Factdesk uses. Stateless and thread-safe.
 */
public final class ArticleReaders {
  /** Larger inputs are refused: no newsroom article is this long, and it protects the desk. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private final MarkdownReader markdown = new MarkdownReader();
  private final HtmlReader html = new HtmlReader();

  public Article read(Path file) throws UnreadableArticleException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableArticleException(file + " is a folder, not an article file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new UnreadableArticleException(file + " is larger than 20 MB; that is not one article");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableArticleException("cannot read " + file + ": " + describe(e), e);
    }
    return read(bytes, file.getFileName() == null ? file.toString() : file.getFileName().toString(),
        Optional.empty());
  }

  /** Reads content; {@code format} is detected from the name and content when empty. */
  public Article read(byte[] content, String name, Optional<ArticleFormat> format)
      throws UnreadableArticleException {
    return read(content, name, format, Optional.empty(), Optional.empty());
  }

  /**
   * Reads content fetched from the web: {@code contentType} (the HTTP header) may name the
   * charset, and {@code url} resolves relative links and is the article's address when the page
   * names none. The desk's URL import and {@code factdesk read URL} both come through here.
   */
  public Article read(byte[] content, String name, Optional<ArticleFormat> format, Optional<String> contentType,
      Optional<String> url) throws UnreadableArticleException {
    String text = decode(content, name, contentType);
    ArticleFormat f = format.orElseGet(() -> detect(name, text));
    Article article = switch (f) {
      case HTML -> {
        Article a = html.read(text, name, url);
        yield url.isEmpty() || a.metadata().url().isPresent() ? a
            : new Article(a.name(), a.text(), a.format(), a.blocks(), a.links(), a.metadata().withUrl(url.get()), a.dropped());
      }
      case MARKDOWN -> markdown.read(text, name);
      case TEXT -> PlainTextReader.read(text, name);
    };
    if (f != ArticleFormat.HTML && article.metadata().published().isEmpty()) {
      article = withDateFromText(article);
    }
    if (article.text().isBlank() || article.blocks().isEmpty()) {
      throw new UnreadableArticleException(name + " has no readable article text in it");
    }
    return article;
  }

  /** Adds the date a byline, publication line or dateline near the top gives, naming where it came from. */
  private static Article withDateFromText(Article a) {
    java.util.List<String> first = a.blocks().stream().limit(12).map(b -> a.text(b.span())).toList();
    return TextDates.find(first).map(found -> {
      java.util.Map<String, String> sources = new java.util.TreeMap<>(a.metadata().sources());
      sources.put("published", found.source());
      ArticleMetadata m = a.metadata();
      ArticleMetadata dated = new ArticleMetadata(m.title(), m.byline(), Optional.of(found.date()), m.url(), m.section(), sources);
      return new Article(a.name(), a.text(), a.format(), a.blocks(), a.links(), dated, a.dropped());
    }).orElse(a);
  }

  /** The text of {@code content} as the readers see it (charset detected, line ends normalised). */
  public static String decode(byte[] content, String name, Optional<String> contentType)
      throws UnreadableArticleException {
    if (content.length > MAX_BYTES) {
      throw new UnreadableArticleException(name + " is larger than 20 MB; that is not one article");
    }
    return TextDecoder.decode(content, name, contentType.flatMap(TextDecoder::fromContentType));
  }

  static ArticleFormat detect(String name, String text) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return ArticleFormat.HTML;
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return ArticleFormat.MARKDOWN;
    }
    if (n.endsWith(".txt")) {
      return ArticleFormat.TEXT;
    }
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<p>") || head.contains("<article")) {
      return ArticleFormat.HTML;
    }
    if (head.startsWith("# ") || head.startsWith("---\n") || head.contains("\n## ") || head.contains("](http")) {
      return ArticleFormat.MARKDOWN;
    }
    return ArticleFormat.TEXT;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
