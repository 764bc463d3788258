// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Analyzer;
import org.factdesk.errors.BadInputException;

/**
 * The desk's one door to the analysis engine: reading input into an {@link Article} and
 * analysing it. One instance is shared (the analyzer loads its models once and is thread-safe).
 */
public final class ArticleAnalysis {
  private final ArticleReaders readers;
  private final Analyzer analyzer;

  public ArticleAnalysis(Analyzer analyzer) {
    this.readers = new ArticleReaders();
    this.analyzer = analyzer;
  }

  /** Loads the bundled knowledge base and models; takes a few seconds. */
  public static ArticleAnalysis loadDefault() {
    return new ArticleAnalysis(Analyzer.loadDefault());
  }

  Article read(byte[] content, String name, Optional<ArticleFormat> format) {
    try {
      return readers.read(content, name, format);
    } catch (UnreadableArticleException e) {
      throw new BadInputException("The article could not be read: " + e.getMessage() + ".");
    }
  }

  Report analyze(Article article, Optional<LocalDate> asOf) {
    return analyzer.analyze(article, new AnalysisContext(asOf));
  }
}
