// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.analysis.ClaimType;
import org.factdesk.engine.Engine;
import org.factdesk.eval.newsclaims.NewsArticles;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation.ArticleResult;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation.SentenceResult;
import org.factdesk.eval.newsclaims.NewsClaimEvaluation.Totals;
import org.factdesk.eval.newsclaims.NewsClaimSet;
import org.factdesk.eval.newsclaims.NewsClaimSet.LabelledArticle;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval claims FILE}: the engine's claim list against the project's news claim set. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"The claim list of real news articles against the news claim set (docs/claims.md): FILE names",
        "articles of ../shared/eval/news by id and labels their sentences by offset. Prints the lead paragraph's",
        "claims listed, the type confusion and the analysis time. Last line: claims: precision P recall R f1 F n N"})
final class EvalClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the claim set, e.g. evaldata/news-claims.tsv")
  Path file;

  @Option(names = "--news", defaultValue = "../shared/eval/news", paramLabel = "DIR",
      description = "where the articles are (default: ${DEFAULT-VALUE})")
  Path news;

  @Option(names = "--split", defaultValue = "all", description = "all, dev or test (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print N sentences listed or missed wrongly")
  int errors;

  @Option(names = "--sentences", description = "print every body sentence with offsets, fingerprint, gold label and listed claim (for annotators)")
  boolean sentences;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such claim set file: " + file);
    }
    if (!List.of("all", "dev", "test").contains(split)) {
      throw new UserInputException("--split must be all, dev or test, not " + split);
    }
    List<ArticleResult> results = new ArrayList<>();
    NewsClaimSet set = NewsClaimSet.read(file);
    List<LabelledArticle> articles = set.articles().stream().filter(a -> split.equals("all") || a.split().equals(split)).toList();
    if (articles.isEmpty()) {
      throw new UserInputException("no articles in " + file + (split.equals("all") ? "" : " (split " + split + ")"));
    }
    NewsClaimEvaluation evaluation = new NewsClaimEvaluation(Engine.loadDefault(), new NewsArticles(news));
    ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
    for (LabelledArticle a : articles) {
      results.add(evaluation.evaluate(a));
      progress.update("analysing articles", results.size(), articles.size());
    }
    if (sentences) {
      results.forEach(r -> NewsClaimEvaluation.sentenceLines(r).forEach(out::println));
    }
    int printed = 0;
    for (ArticleResult r : results) {
      for (SentenceResult s : r.sentences()) {
        boolean gold = s.gold().map(g -> g.claim()).orElse(false);
        if (printed < errors && s.gold().isPresent() && gold != s.claim().isPresent()) {
          out.printf(Locale.ROOT, "  %s %s@%d-%d %s: %s%n", gold ? "missed" : "listed wrongly", r.article().id(), s.start(), s.end(),
              s.claim().flatMap(f -> f.claim()).map(c -> String.format(Locale.ROOT, "%s %.2f", c.type().label(), c.score()))
                  .orElse(""), shorten(s.text()));
          printed++;
        }
      }
    }
    Totals totals = Totals.of(results);
    long sentenceCount = results.stream().mapToLong(r -> r.sentences().size()).sum();
    List<ArticleResult> warm = results.subList(Math.min(results.size() - 1, results.size() / 5), results.size());
    out.printf(Locale.ROOT, "articles: %d, body sentences %d (%d unlabelled), gold sentences not found %d, changed texts %d%n",
        results.size(), sentenceCount, totals.unlabelled(), totals.unmatchedGold(), totals.fingerprintMismatches());
    out.printf(Locale.ROOT, "analysis: %.1f ms per article warm (whole engine), %.2f ms per sentence%n",
        warm.stream().mapToLong(ArticleResult::nanos).average().orElse(0) / 1e6,
        warm.stream().mapToLong(ArticleResult::nanos).sum() / 1e6 / Math.max(1, warm.stream().mapToLong(r -> r.sentences().size()).sum()));
    out.printf(Locale.ROOT, "lead paragraph: %d of %d claims listed (%.3f); lead claims ranked first in %d of %d articles%n",
        totals.leadListed(), totals.leadClaims(), totals.leadRecall(), totals.leadFirst(), totals.articlesWithLead());
    out.println("claim types (rows gold, columns listed type, listed claims only):");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-11s", ""));
    for (ClaimType t : ClaimType.values()) {
      head.append(String.format(Locale.ROOT, "%11s", t.label()));
    }
    out.println(head);
    for (ClaimType gold : ClaimType.values()) {
      Map<ClaimType, Integer> row = totals.typeConfusion().getOrDefault(gold, Map.of());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-11s", gold.label()));
      for (ClaimType t : ClaimType.values()) {
        line.append(String.format(Locale.ROOT, "%11d", row.getOrDefault(t, 0)));
      }
      out.println(line);
    }
    out.println(totals.headline());
    return 0;
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 140 ? one : one.substring(0, 139) + "…";
  }
}
