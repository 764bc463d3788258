// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.engine.Engine;
import org.factdesk.eval.attribution.AttributionCorpus;
import org.factdesk.eval.attribution.AttributionEvaluation;
import org.factdesk.eval.attribution.AttributionEvaluation.Judged;
import org.factdesk.eval.attribution.AttributionEvaluation.Scores;
import org.factdesk.eval.attribution.AttributionLabel;
import org.factdesk.eval.attribution.LabelledInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval attribution FILE}: unnamed authority and unlinked documents on the labelled corpus. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Unnamed authority (attribution.vague, attribution.anonymous) and unlinked cited documents",
        "(source.unlinked) on a labelled corpus (factdesk-eval/corpus/attribution.tsv; docs/attribution-guidelines.md).",
        "Analyses each story whole and reads the findings on each labelled sentence. \"unnamed\" is vague or anonymous.",
        "Last line: attribution: unnamed P R F1 anonymous P R F1 unlinked P R F1 n N"})
final class EvalAttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the corpus TSV")
  Path file;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "where the corpus's source paths live (default ${DEFAULT-VALUE})")
  Path shared;

  @Option(names = "--pages", paramLabel = "DIR", defaultValue = "benchmarks/extraction/data",
      description = "the pages the web rows point into, DIR/pages/ID.html (default ${DEFAULT-VALUE}, the extraction"
          + " benchmark's, built by benchmarks/extraction/prepare.sh; the fresh split's are in benchmarks/attribution-pages/data,"
          + " built by benchmarks/attribution-pages/prepare.sh, fresh2's in benchmarks/attribution-pages2/data, built by"
          + " benchmarks/attribution-pages2/prepare.sh, fresh3dev's and fresh3test's in benchmarks/attribution-pages3/data,"
          + " built by benchmarks/attribution-pages3/prepare.sh, fresh4dev's and fresh4test's in"
          + " benchmarks/attribution-pages4/data, built by benchmarks/attribution-pages4/prepare.sh, and fresh5dev's and"
          + " fresh5test's in benchmarks/attribution-pages5/data, built by benchmarks/attribution-pages5/prepare.sh)")
  Path pages;

  @Option(names = "--split", defaultValue = "all", paramLabel = "dev|test|web|webtest|freshdev|freshtest|fresh2|fresh3dev|fresh3test|fresh4dev|fresh4test|fresh5dev|fresh5test|all",
      description = "which rows the last line scores (default ${DEFAULT-VALUE}); test, webtest, freshtest, fresh2,"
          + " fresh3test, fresh4test and fresh5test rows are held out, web, freshdev, fresh3dev, fresh4dev and fresh5dev rows"
          + " are dev sets")
  String split;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "print up to N wrong rows of the chosen split")
  int errors;

  @Option(names = "--show-text",
      description = "with --errors, print each wrong row's sentence too; tuning splits only (dev, web, freshdev, fresh3dev,"
          + " fresh4dev, fresh5dev), so that the held-out sentences are never read while tuning")
  boolean showText;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    List<String> choices = new ArrayList<>(AttributionCorpus.SPLIT_NAMES);
    choices.add("all");
    if (!choices.contains(split)) {
      throw new UserInputException("--split must be " + AttributionCorpus.oneOf(choices) + ", not " + split);
    }
    if (showText && !AttributionCorpus.TUNING_SPLITS.contains(split)) {
      throw new UserInputException("--show-text prints sentences only of a tuning split ("
          + AttributionCorpus.oneOf(AttributionCorpus.TUNING_SPLITS) + "), not of " + split + ": the held-out rows stay unread");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    if (!Files.isDirectory(shared)) {
      throw new UserInputException("no folder " + shared + " (the corpus points into it; say where with --shared DIR)");
    }
    List<LabelledInstance> corpus;
    List<Judged> judged;
    AttributionEvaluation evaluation;
    long started = System.nanoTime();
    corpus = AttributionCorpus.read(file);
    evaluation = new AttributionEvaluation(Engine.loadDefault(), shared, pages);
    judged = evaluation.judge(corpus);
    out.printf(Locale.ROOT, "corpus: %d labelled sentences from %d sources, analysed in %.1f s%n", corpus.size(),
        corpus.stream().map(LabelledInstance::source).distinct().count(), (System.nanoTime() - started) / 1e9);
    out.println(evaluation.timing());
    List<LabelledInstance> unread = evaluation.unread().stream()
        .filter(i -> split.equals("all") || i.split().equals(split)).toList();
    if (!unread.isEmpty()) {
      out.println(unread.size() + " labelled sentence(s) not in the text the HTML reader gives now, left out of the figures: "
          + unread.stream().map(i -> i.id() + " " + i.labels()).toList());
    }
    // Only the split asked for is printed, so that tuning on dev never shows the held-out figures.
    for (String s : split.equals("all") ? AttributionCorpus.SPLIT_NAMES : List.of(split)) {
      List<Judged> rows = judged.stream().filter(j -> j.instance().split().equals(s)).toList();
      if (!rows.isEmpty() || !split.equals("all")) {
        print(out, s, Scores.of(rows));
      }
    }
    List<Judged> chosen = judged.stream().filter(j -> split.equals("all") || j.instance().split().equals(split)).toList();
    int printed = 0;
    for (Judged j : chosen) {
      if (printed >= errors) {
        break;
      }
      boolean wrong = !j.predicted().equals(j.instance().labels())
          && !(j.instance().labels().contains(AttributionLabel.NONE) && j.predicted().isEmpty());
      if (wrong) {
        out.println("  " + j.instance().id() + " gold " + j.instance().labels() + " got " + j.predicted() + " "
            + j.quotes() + " @ " + j.instance().source() + ":" + j.instance().start());
        if (showText) {
          out.println("      " + j.sentence().replace('\n', ' '));
        }
        printed++;
      }
    }
    Scores scores = Scores.of(chosen);
    if (split.equals("all")) {
      print(out, "all", scores);
    }
    out.println(scores.headline());
    return 0;
  }

  private static void print(PrintWriter out, String name, Scores s) {
    out.printf(Locale.ROOT, "%s: n %d; vague P/R/F1 %s; unnamed %s; anonymous %s; unlinked %s; look-alikes flagged %d of %d (%.1f%%)%n",
        name, s.n(), pr(s.vague()), pr(s.unnamed()), pr(s.anonymous()), pr(s.unlinked()), s.lookAlikesFlagged(),
        s.lookAlikes(), 100 * s.falseAlarmRate());
  }

  private static String pr(org.factdesk.eval.scoring.PrecisionRecall p) {
    return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", p.precision(), p.recall(), p.f1());
  }
}
