// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;

/**
 * Prior fact-check findings on dated wire news, each story analysed at its own date by an engine
 * that carries the {@code claim.matched} detector: how many claims are called fact-checked
 * before (per 100 stories), how many fact-checked since, and how many "before" findings cite a
 * fact-check dated after the story (must be none).
 */
public final class WireMatchesEvaluation {
  private static final Pattern CITED_DATE = Pattern.compile("^(?:[^,]*, )?(\\d{4}-\\d{2}-\\d{2}), ");

  /** One story's findings. {@code laterCited}: "before" evidence dated after the story. */
  public record StoryResult(WireStory story, List<Finding> before, List<Finding> since, int laterCited) {}

  /** The totals; {@link #line()} is the command's last line. */
  public record Totals(int stories, int before, int since, int laterCited) {
    public double beforePer100() {
      return stories == 0 ? 0 : 100.0 * before / stories;
    }

    public String line() {
      return String.format(Locale.ROOT, "wire-matches: stories %d before %d per100 %.2f since %d later-cited %d",
          stories, before, beforePer100(), since, laterCited);
    }

    public static Totals of(List<StoryResult> results) {
      return new Totals(results.size(), results.stream().mapToInt(r -> r.before().size()).sum(),
          results.stream().mapToInt(r -> r.since().size()).sum(),
          results.stream().mapToInt(StoryResult::laterCited).sum());
    }
  }

  private final Engine engine;
  private final ArticleReaders readers = new ArticleReaders();

  /** {@code engine} must carry the claim.matched detector. */
  public WireMatchesEvaluation(Engine engine) {
    this.engine = engine;
  }

  public Optional<StoryResult> evaluate(WireStory story) {
    Article article;
    try {
      article = readers.read(story.text().getBytes(StandardCharsets.UTF_8), story.id() + ".txt",
          Optional.of(ArticleFormat.TEXT));
    } catch (UnreadableArticleException e) {
      return Optional.empty();
    }
    Report report = engine.analyze(article, new AnalysisContext(Optional.of(story.date())));
    List<Finding> before = report.withCode(FindingCodes.CLAIM_MATCHED);
    int later = 0;
    for (Finding f : before) {
      for (var e : f.evidence()) {
        Matcher m = CITED_DATE.matcher(e.fact());
        if (m.find() && LocalDate.parse(m.group(1)).isAfter(story.date())) {
          later++;
        }
      }
    }
    return Optional.of(new StoryResult(story, before, report.withCode(FindingCodes.CLAIM_CHECKED_SINCE), later));
  }

  /** Every {@code every}-th story starting at {@code first}, in the given order. */
  public static List<WireStory> sample(List<WireStory> stories, int every, int first) {
    List<WireStory> out = new ArrayList<>();
    for (int i = first; i < stories.size(); i += every) {
      out.add(stories.get(i));
    }
    return out;
  }
}
