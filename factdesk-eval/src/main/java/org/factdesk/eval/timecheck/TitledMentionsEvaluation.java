// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.timecheck;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.linking.PersonMention;
import org.factdesk.linking.TitleMention;

/**
 * Role anachronisms on real dated news: each story is analysed as of its own date, or that date
 * shifted by N years. Counts titled person mentions, those linked to an office the person held in
 * the knowledge base, and {@code time.role} findings. At true dates every flag is a false alarm;
 * shifted eight years on, a linked current title of 1987 should almost always be flagged.
 */
public final class TitledMentionsEvaluation {
  /** One story's counts. {@code flaggedLinked}: linked titles that got a time.role finding. */
  public record StoryCounts(DatedStory story, int titled, int linked, int stale, int flagged, int flaggedStale,
      List<String> unflaggedStale, List<String> flaggedQuotes, long nanos, List<Finding> errors, int held,
      List<String> flaggedHeld) {}

  /** Totals over a run; the last line of the command. */
  public record Totals(int articles, long titled, long linked, long stale, long flagged, long flaggedStale,
      long errors, long held, long flaggedHeld) {
    public double per100() {
      return articles == 0 ? 0 : 100.0 * flagged / articles;
    }

    /** Error-level time and knowledge-base findings of any code, per 100 articles. */
    public double errorsPer100() {
      return articles == 0 ? 0 : 100.0 * errors / articles;
    }

    /** Of the linked titles the knowledge base says no longer held at the analysis date, the share flagged. */
    public double staleFlaggedShare() {
      return stale == 0 ? 1 : (double) flaggedStale / stale;
    }

    public String headline() {
      return String.format(Locale.ROOT, "time: articles %d mentions %d linked %d flagged %d per100 %.2f"
          + " errors %d errors-per100 %.2f", articles, titled, linked, flagged, per100(), errors, errorsPer100());
    }

    public static Totals of(List<StoryCounts> counts) {
      return new Totals(counts.size(), counts.stream().mapToLong(StoryCounts::titled).sum(),
          counts.stream().mapToLong(StoryCounts::linked).sum(), counts.stream().mapToLong(StoryCounts::stale).sum(),
          counts.stream().mapToLong(StoryCounts::flagged).sum(),
          counts.stream().mapToLong(StoryCounts::flaggedStale).sum(),
          counts.stream().mapToLong(c -> c.errors().size()).sum(), counts.stream().mapToLong(StoryCounts::held).sum(),
          counts.stream().mapToLong(c -> c.flaggedHeld().size()).sum());
    }
  }

  private final Engine analyzer;
  private final ArticleReaders readers = new ArticleReaders();
  private final int shiftYears;
  private final boolean undated;

  public TitledMentionsEvaluation(Engine analyzer, int shiftYears) {
    this(analyzer, shiftYears, false);
  }

  /** {@code undated}: analyse each story with no date at all, as a reader of a pasted article would. */
  public TitledMentionsEvaluation(Engine analyzer, int shiftYears, boolean undated) {
    this.analyzer = analyzer;
    this.shiftYears = shiftYears;
    this.undated = undated;
  }

  /** Empty when the story has no readable article text (some bodies are only a dateline). */
  public Optional<StoryCounts> evaluate(DatedStory story) {
    String text = (story.title().isEmpty() ? "" : story.title() + "\n\n") + story.body();
    Article article;
    try {
      article = readers.read(text.getBytes(StandardCharsets.UTF_8), "reuters-" + story.id() + ".txt",
          Optional.of(ArticleFormat.TEXT));
    } catch (UnreadableArticleException e) {
      return Optional.empty();
    }
    LocalDate asOf = story.date().plusYears(shiftYears);
    long start = System.nanoTime();
    Optional<LocalDate> date = undated ? Optional.empty() : Optional.of(asOf);
    PreparedArticle prepared = analyzer.prepare(article, date);
    Report report = analyzer.analyze(prepared, new AnalysisContext(date));
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == org.factdesk.analysis.Severity.ERROR
        && (f.code().startsWith("time.") || f.code().startsWith("kb."))).toList();
    long nanos = System.nanoTime() - start;
    List<PersonMention> titled = prepared.persons().stream()
        .filter(p -> p.title().map(t -> t.qualifier() == TitleMention.Qualifier.CURRENT).orElse(false)).toList();
    List<PersonMention> linked = titled.stream().filter(p -> !p.title().get().officeIds().isEmpty()).toList();
    List<Finding> roles = report.withCode(FindingCodes.TIME_ROLE);
    int stale = 0;
    int flaggedStale = 0;
    List<String> unflagged = new java.util.ArrayList<>();
    int held = 0;
    List<String> flaggedHeld = new java.util.ArrayList<>();
    for (PersonMention p : linked) {
      boolean heldThen = p.title().get().officeIds().stream()
          .flatMap(o -> analyzer.knowledgeBase().terms(p.personId(), o).stream())
          .anyMatch(t -> !asOf.isBefore(t.start()) && (t.end().isEmpty() || asOf.isBefore(t.end().get())));
      boolean beforeCoverage = p.title().get().officeIds().stream()
          .anyMatch(o -> analyzer.knowledgeBase().coverageStart(o).map(asOf::isBefore).orElse(false));
      if (heldThen) {
        // Still in office at the analysis date: a time.role flag here is a false alarm, shifted or not.
        held++;
        if (roles.stream().anyMatch(f -> f.span().equals(p.span()))) {
          flaggedHeld.add(p.span().of(article.text()));
        }
        continue;
      }
      if (beforeCoverage) {
        continue;
      }
      stale++;
      if (roles.stream().anyMatch(f -> f.span().equals(p.span()))) {
        flaggedStale++;
      } else {
        unflagged.add(p.span().of(article.text()));
      }
    }
    return Optional.of(new StoryCounts(story, titled.size(), linked.size(), stale, roles.size(), flaggedStale, unflagged,
        roles.stream().map(Finding::quote).toList(), nanos, errors, held,
        flaggedHeld));
  }
}
