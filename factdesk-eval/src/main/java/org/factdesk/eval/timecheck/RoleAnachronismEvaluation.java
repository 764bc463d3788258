package org.factdesk.eval.timecheck;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.AnalyzedArticle;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Analyzer;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.linking.TitleMention;

/**
 * Scores {@code time.role} per story, two cases each:
 * <ul>
 *   <li>at the story's own date, gold is negative (a wire story is right about its own day);</li>
 *   <li>at {@code laterDate}, gold is positive when the story, read at its own date, has a
 *       current-tense title that the knowledge base links to an office the person held
 *       ("Fed Chairman Paul Volcker"): years later, that title has gone stale.</li>
 * </ul>
 * Prediction: at least one {@code time.role} finding. The silver label comes from the engine's
 * own linker, so this measures the time checks given the linking, not the linking itself.
 */
public final class RoleAnachronismEvaluation {
  /** The outcome for one story, and how long the two analyses took. */
  public record StoryResult(DatedStory story, boolean flaggedAtOwnDate, boolean expectedLater, boolean flaggedLater,
      long nanosPerAnalysis) {}

  private final Analyzer analyzer;
  private final ArticleReaders readers = new ArticleReaders();
  private final LocalDate laterDate;

  public RoleAnachronismEvaluation(Analyzer analyzer, LocalDate laterDate) {
    this.analyzer = analyzer;
    this.laterDate = laterDate;
  }

  /** The two cases of every story counted together: own date (gold negative) and later date. */
  public static PrecisionRecall figures(List<StoryResult> results) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (StoryResult r : results) {
      if (r.flaggedAtOwnDate()) {
        fp++;
      } else {
        tn++;
      }
      if (r.flaggedLater()) {
        if (r.expectedLater()) {
          tp++;
        } else {
          fp++;
        }
      } else if (r.expectedLater()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new PrecisionRecall(tp, fp, fn, tn);
  }

  /** Empty when the story has no readable article text (a few bodies are only a dateline). */
  public Optional<StoryResult> evaluate(DatedStory story) {
    String text = (story.title().isEmpty() ? "" : story.title() + "\n\n") + story.body();
    Article article;
    try {
      article = readers.read(text.getBytes(StandardCharsets.UTF_8), "reuters-" + story.id() + ".txt",
          Optional.of(ArticleFormat.TEXT));
    } catch (UnreadableArticleException e) {
      return Optional.empty();
    }
    AnalyzedArticle analyzed = analyzer.prepare(article, Optional.of(story.date()));
    boolean expected = analyzed.persons().stream()
        .flatMap(p -> p.title().stream())
        .anyMatch(t -> t.qualifier() == TitleMention.Qualifier.CURRENT && !t.officeIds().isEmpty());
    long start = System.nanoTime();
    boolean atOwnDate = !analyzer.analyze(article, new AnalysisContext(Optional.of(story.date())))
        .withCode(FindingCodes.TIME_ROLE).isEmpty();
    boolean later = !analyzer.analyze(article, new AnalysisContext(Optional.of(laterDate)))
        .withCode(FindingCodes.TIME_ROLE).isEmpty();
    return Optional.of(new StoryResult(story, atOwnDate, expected, later, (System.nanoTime() - start) / 2));
  }
}
