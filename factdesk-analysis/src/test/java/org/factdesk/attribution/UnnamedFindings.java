// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

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
import org.factdesk.nlp.DependencyParser;
import org.factdesk.time.frame.AsOfSolver;

/** The quotes the unnamed-authority detector flags in a short Markdown story, for the detector's tests. */
final class UnnamedFindings {
  private final Annotator nlp;
  private final UnnamedAuthorityDetector detector = new UnnamedAuthorityDetector(DependencyParser.load());

  UnnamedFindings(Annotator nlp) {
    this.nlp = nlp;
  }

  List<String> vague(String markdown) throws Exception {
    return flagged("attribution.vague", markdown);
  }

  List<String> anonymous(String markdown) throws Exception {
    return flagged("attribution.anonymous", markdown);
  }

  private List<String> flagged(String code, String markdown) throws Exception {
    // A title first: a lone line would be read as the headline, where capitals say nothing.
    Article a = new ArticleReaders().read(("# A story\n\n" + markdown).getBytes(StandardCharsets.UTF_8), "case.md",
        Optional.of(ArticleFormat.MARKDOWN));
    PreparedArticle analyzed = new PreparedArticle(a, nlp.analyze(a, Optional.empty()), List.of(), List.of(), List.of(),
        new AsOfSolver().solve(List.of(), Optional.empty()));
    return detector.detect(analyzed, AnalysisContext.undated()).stream().filter(f -> f.code().equals(code))
        .map(Finding::quote).toList();
  }
}
