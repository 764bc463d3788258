// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.newsclaims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.engine.Engine;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation.ArticleResult;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation.Totals;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The engine's claim list on the test split of the news claim set, held to the floor recorded in
 * docs/benchmarks.md ({@code ci-floor news-claims-test f1 F margin M}); every claim of a lead
 * paragraph must be listed, and no labelled sentence may have gone missing from the stories.
 */
class NewsClaimSetIT {
  private static final Path CLAIM_SET = Path.of("..", "evaldata", "news-claims.tsv");
  private static final Path BENCHMARKS = Path.of("..", "docs", "benchmarks.md");

  @Test
  void theTestSplitKeepsItsRecordedF1AndEveryLeadClaimIsListed() throws IOException {
    Path news = SharedData.root().resolve("eval/news");
    SharedData.require(news);
    NewsClaimEvaluation evaluation = new NewsClaimEvaluation(Engine.loadDefault(), new NewsArticles(news));
    List<ArticleResult> results = new ArrayList<>();
    for (NewsClaimSet.LabelledArticle a : NewsClaimSet.read(CLAIM_SET).articles()) {
      if (a.split().equals("test")) {
        results.add(evaluation.evaluate(a));
      }
    }
    Totals totals = Totals.of(results);
    assertThat(results).hasSizeGreaterThanOrEqualTo(30);
    assertThat(totals.unmatchedGold()).as("labelled sentences the engine no longer splits the same way").isZero();
    assertThat(totals.fingerprintMismatches()).as("labelled sentences whose text changed").isZero();
    assertThat(totals.leadListed()).as("lead claims listed").isEqualTo(totals.leadClaims());
    Matcher floor = Pattern.compile("ci-floor news-claims-test f1 ([0-9.]+) margin ([0-9.]+)").matcher(Files.readString(BENCHMARKS));
    assertThat(floor.find()).as("docs/benchmarks.md records 'ci-floor news-claims-test f1 F margin M'").isTrue();
    assertThat(totals.sentences().f1()).as(totals.headline())
        .isGreaterThanOrEqualTo(Double.parseDouble(floor.group(1)) - Double.parseDouble(floor.group(2)));
  }
}
