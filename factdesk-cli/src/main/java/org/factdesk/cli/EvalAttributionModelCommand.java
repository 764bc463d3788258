// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factdesk.engine.Engine;
import org.factdesk.eval.attribution.AttributionCorpus;
import org.factdesk.eval.attribution.AttributionEvaluation;
import org.factdesk.eval.attribution.AttributionEvaluation.Judged;
import org.factdesk.eval.attribution.AttributionModelExperiment;
import org.factdesk.eval.attribution.LabelledInstance;
import org.factdesk.eval.training.ProgressBar;
import org.factdesk.eval.training.TrainingOptions;
import org.factdesk.textmodel.FeatureSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk eval attribution-model}: the learned-fallback experiment of issue 13, by
 * cross-validation grouped by story over the dev rows of the attribution corpora.
 */
@Command(name = "attribution-model", mixinStandardHelpOptions = true,
    description = {"Experiment: would a learned sentence model, as a fallback to the unnamed-authority and",
        "unlinked-document rules, generalise? Cross-validation grouped by story over the rows of splits dev, web,",
        "webtest, freshdev, fresh3dev and fresh4dev only (rows of the held-out splits are skipped unread): per fold",
        "a logistic model for unnamed and one for unlinked, each thresholded inside the training folds for the",
        "look-alike budget; figures for the rules alone, the model alone and their union, all rows and web rows.",
        "Last line: attribution-model: all unnamed R rules->union; ... web ..."})
final class EvalAttributionModelCommand implements Callable<Integer> {
  /** The only splits this experiment may read: the held-out ones are never loaded. */
  private static final Set<String> DEV_SPLITS = AttributionModelExperiment.TUNING_SPLITS;

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE=PAGES", split = ",",
      defaultValue = "factdesk-eval/corpus/attribution.tsv=benchmarks/extraction/data,"
          + "factdesk-eval/corpus/attribution-web.tsv=benchmarks/extraction/data,"
          + "factdesk-eval/corpus/attribution-webtest.tsv=benchmarks/extraction/data,"
          + "factdesk-eval/corpus/attribution-fresh.tsv=benchmarks/attribution-pages/data,"
          + "factdesk-eval/corpus/attribution-fresh3.tsv=benchmarks/attribution-pages3/data,"
          + "factdesk-eval/corpus/attribution-fresh4.tsv=benchmarks/attribution-pages4/data",
      description = "corpus files and the pages their web rows point into (default ${DEFAULT-VALUE})")
  List<String> corpora;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "where the Reuters stories live (default ${DEFAULT-VALUE})")
  Path shared;

  @Option(names = "--folds", defaultValue = "5", description = "folds, by story (default ${DEFAULT-VALUE})")
  int folds;

  @Option(names = "--budget", defaultValue = "0.03",
      description = "share of the training look-alikes a model may flag (default ${DEFAULT-VALUE})")
  double budget;

  @Option(names = "--features", defaultValue = "bits=18 words=1-2 chars=3-5 cues",
      description = "the sentence's hashed features (default: ${DEFAULT-VALUE})")
  String features;

  @Option(names = "--no-context", description = "leave out the context features (links, quote marks, cue positions)")
  boolean noContext;

  @Option(names = "--seed", defaultValue = "20261202", description = "how stories are dealt into folds (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--test-split", paramLabel = "web|webtest|freshdev|fresh3dev|fresh4dev",
      description = "instead of cross-validating, score this split alone with models fitted on the other rows")
  String testSplit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    PrintWriter err = spec.root().commandLine().getErr();
    if (!Files.isDirectory(shared)) {
      throw new UserInputException("no folder " + shared + " (the corpus points into it; say where with --shared DIR)");
    }
    if (testSplit != null && (!DEV_SPLITS.contains(testSplit) || testSplit.equals("dev"))) {
      throw new UserInputException("--test-split must be web, webtest, freshdev, fresh3dev or fresh4dev, not " + testSplit);
    }
    FeatureSpec featureSpec;
    try {
      featureSpec = FeatureSpec.parse(features);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--features: " + e.getMessage());
    }
    Engine engine = Engine.loadDefault();
    List<Judged> rows = new ArrayList<>();
    for (String corpus : corpora) {
      String[] parts = corpus.split("=", 2);
      if (parts.length != 2) {
        throw new UserInputException("--corpus takes FILE=PAGES, not " + corpus);
      }
      Path file = Path.of(parts[0]);
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + file);
      }
      List<LabelledInstance> instances = AttributionCorpus.read(file, DEV_SPLITS);
      AttributionEvaluation evaluation = new AttributionEvaluation(engine, shared, Path.of(parts[1]));
      rows.addAll(evaluation.judge(instances));
      if (!evaluation.unread().isEmpty()) {
        out.println(file + ": " + evaluation.unread().size() + " row(s) not in the text the reader gives now, left out");
      }
    }
    AttributionModelExperiment.Options options = new AttributionModelExperiment.Options(featureSpec,
        TrainingOptions.defaults(), folds, budget, !noContext, seed, java.util.Optional.ofNullable(testSplit));
    for (String line : new AttributionModelExperiment(options, new ProgressBar(err)).run(rows)) {
      out.println(line);
    }
    return 0;
  }
}
