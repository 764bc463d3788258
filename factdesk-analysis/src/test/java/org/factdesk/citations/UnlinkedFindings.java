// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.nlp.Annotator;
import org.factdesk.time.frame.AsOfSolver;

/** What the unlinked-source detector finds in a short Markdown story, for the detector's tests. */
final class UnlinkedFindings {
  private final Annotator nlp;
  private final UnlinkedSourceDetector detector = new UnlinkedSourceDetector();

  UnlinkedFindings(Annotator nlp) {
    this.nlp = nlp;
  }

  List<Finding> findings(String markdown) throws Exception {
    // A title first: a lone line would be read as the headline, where capitals say nothing.
    Article a = new ArticleReaders().read(("# A story\n\n" + markdown).getBytes(StandardCharsets.UTF_8), "case.md",
        Optional.of(ArticleFormat.MARKDOWN));
    PreparedArticle analyzed = new PreparedArticle(a, nlp.analyze(a, Optional.empty()), List.of(), List.of(), List.of(),
        new AsOfSolver().solve(List.of(), Optional.empty()));
    return detector.detect(analyzed, AnalysisContext.undated());
  }

  List<String> quotes(String markdown) throws Exception {
    return findings(markdown).stream().map(Finding::quote).toList();
  }
}
