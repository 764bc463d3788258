// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;
import org.factdesk.errors.BadInputException;

/**
 * The desk's one door to the analysis engine: reading input into an {@link Article} and
 * analysing it. One instance is shared (the analyzer loads its models once and is thread-safe).
 */
public final class DeskEngine {
  private final ArticleReaders readers;
  private final Engine analyzer;
  private final Supplier<Engine> current;

  public DeskEngine(Engine analyzer) {
    this(analyzer, () -> analyzer);
  }

  private DeskEngine(Engine analyzer, Supplier<Engine> current) {
    this.readers = new ArticleReaders();
    this.analyzer = analyzer;
    this.current = current;
  }

  /** The engine this desk was started with, before any newsroom facts. */
  public Engine baseEngine() {
    return analyzer;
  }

  /**
   * The same door to an engine that may change between analyses ({@code current} is asked once
   * per analysis): how the newsroom's own facts take effect without a restart.
   */
  public DeskEngine withEngine(Supplier<Engine> current) {
    return new DeskEngine(analyzer, current);
  }

  /** Loads the bundled knowledge base and models; takes a few seconds. */
  public static DeskEngine loadDefault() {
    return new DeskEngine(Engine.loadDefault());
  }

  Article read(byte[] content, String name, Optional<ArticleFormat> format) {
    try {
      return readers.read(content, name, format);
    } catch (UnreadableArticleException e) {
      throw new BadInputException("The article could not be read: " + e.getMessage() + ".");
    }
  }

  Report analyze(Article article, Optional<LocalDate> asOf) {
    return current.get().analyze(article, new AnalysisContext(asOf));
  }
}
