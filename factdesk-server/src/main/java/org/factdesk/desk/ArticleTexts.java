// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.errors.BadInputException;

/** The rules every article text the desk stores passes, however it arrives (intake, edit, correction). */
final class ArticleTexts {
  /** Longest article text the desk stores, in characters. */
  static final int MAX_TEXT = 1_000_000;
  /** An http(s) address, as given for a source or as evidence. */
  static final String WEB_ADDRESS = "(?i)^https?://[^\\s/]+\\S*$";

  private ArticleTexts() {}

  static void requireLength(String text) {
    if (text.length() > MAX_TEXT) {
      throw new BadInputException("The article is longer than " + MAX_TEXT + " characters.");
    }
  }

  /** Reads the stored text as the analysis will; a text it cannot read is refused here. */
  static Article read(DeskEngine engine, String text, ArticleFormat format, String name) {
    return engine.read(text.getBytes(StandardCharsets.UTF_8), name + extension(format), Optional.of(format));
  }

  static ArticleFormat format(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "text", "txt", "plain" -> ArticleFormat.TEXT;
      case "markdown", "md" -> ArticleFormat.MARKDOWN;
      case "html" -> ArticleFormat.HTML;
      default -> throw new BadInputException("Unknown format \"" + text + "\"; use text, markdown or html.");
    };
  }

  static String extension(ArticleFormat format) {
    return switch (format) {
      case TEXT -> ".txt";
      case MARKDOWN -> ".md";
      case HTML -> ".html";
    };
  }

  static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("Untitled article").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
