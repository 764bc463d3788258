// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.report;

import org.factdesk.analysis.Report;
import org.factdesk.article.Article;

/**
 * The reports' one entry point: a report as terminal text, JSON or a standalone HTML page, and
 * what the engine read of an article (JSON or plain text). Formats: docs/report-format.md.
 */
public final class Reports {
  private Reports() {}

  /** For a terminal; {@code showClaims} adds the check-worthy claims after the findings. */
  public static String text(Report report, boolean showClaims) {
    return new TextReportWriter(showClaims).write(report);
  }

  public static String json(Report report) {
    return new JsonReportWriter().write(report);
  }

  public static String html(Report report) {
    return new HtmlReportWriter().write(report);
  }

  /** What {@code factdesk read} prints as JSON. */
  public static String articleJson(Article article) {
    return new ArticleJsonWriter().write(article);
  }

  /** What {@code factdesk read} prints as text. */
  public static String articleText(Article article) {
    return ArticleJsonWriter.plain(article);
  }
}
