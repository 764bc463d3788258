// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.eval.extraction.ExtractionBenchmark;
import org.factdesk.eval.extraction.ExtractionBenchmark.Page;
import org.factdesk.eval.extraction.ShingleOverlap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval extraction DIR GOLD.json}: how close the body {@code read} gives is to gold bodies. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {"Article extraction on real pages: reads each page as factdesk read does and compares its body",
        "with the gold body over word 4-shingles; precision and recall per page, averaged over pages.",
        "Last line: extraction: precision P recall R f1 F n N"})
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "folder the page and gold paths of GOLD.json are relative to")
  Path dir;

  @Parameters(index = "1", paramLabel = "GOLD.json", description = "the benchmark's pages and gold bodies")
  Path gold;

  @Option(names = "--split", defaultValue = "all", description = "dev, test or all (default ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--all-pages", description = "also score the pages GOLD.json marks \"exclude\" (galleries, lists, manuals: not single articles)")
  boolean allPages;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print the N pages with the lowest F1")
  int errors;

  private record Result(Page page, ShingleOverlap.Score score, String note) {
    double f1() {
      double p = score.precision();
      double r = score.recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!List.of("dev", "test", "all").contains(split)) {
      throw new UserInputException("--split must be dev, test or all, not '" + split + "'");
    }
    if (!Files.isDirectory(dir) || !Files.isRegularFile(gold)) {
      throw new UserInputException("need a data folder and a GOLD.json file: " + dir + " " + gold);
    }
    List<Page> pages;
    pages = ExtractionBenchmark.read(dir, gold, split, allPages);
    if (pages.isEmpty()) {
      throw new UserInputException("no pages of split '" + split + "' in " + gold);
    }
    ArticleReaders readers = new ArticleReaders();
    List<Result> results = new ArrayList<>();
    long nanos = 0;
    for (Page page : pages) {
      String body;
      String note = "";
      long start = System.nanoTime();
      try {
        body = readers.read(page.file()).body().text();
      } catch (UnreadableArticleException e) {
        body = "";
        note = " (unreadable: " + e.getMessage() + ")";
      }
      nanos += System.nanoTime() - start;
      results.add(new Result(page, ShingleOverlap.score(body, page.gold()), note));
    }
    double precision = results.stream().mapToDouble(r -> r.score().precision()).average().orElse(0);
    double recall = results.stream().mapToDouble(r -> r.score().recall()).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    results.sort(Comparator.comparingDouble(Result::f1));
    for (Result r : results.subList(0, Math.min(errors, results.size()))) {
      out.printf(Locale.ROOT, "  %-40s P %.3f R %.3f%s%n", r.page().id(), r.score().precision(), r.score().recall(), r.note());
    }
    out.printf(Locale.ROOT, "pages: %d (split %s), reading %.1f ms per page on average (first pass, cold JIT)%n",
        results.size(), split, nanos / 1e6 / results.size());
    out.printf(Locale.ROOT, "extraction: precision %.3f recall %.3f f1 %.3f n %d%n", precision, recall, f1, results.size());
    return 0;
  }
}
