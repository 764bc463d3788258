package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.attribution.TrainedHedgeScorer;
import org.factdesk.textmodel.UnreadableModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "weasel", mixinStandardHelpOptions = true,
    description = {"Hedging and weasel words on the CoNLL-2010 Wikipedia CSVs, both layouts (a file or a folder; duplicates read once).",
        "Last line: weasel: precision P recall R f1 F n N (F1 of the uncertain class).",
        "The bundled model was trained on --split train; report it on --split dev."})
final class EvalWeaselCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "dataset file or folder")
  Path path;

  @Option(names = "--model", paramLabel = "FILE", description = "model written by factdesk train weasel (default: the bundled one)")
  Path model;

  @Option(names = "--threshold", description = "decision threshold (default: the model's own)")
  Double threshold;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print the N worst misses with their scores")
  int errors;

  @Option(names = "--split", defaultValue = "all", description = "all, train or dev: the whole data or a part of the fixed hash split")
  String split;

  @Override
  public Integer call() throws Exception {
    var sentences = BenchmarkData.weasel(path, SplitNames.parse(split));
    TrainedHedgeScorer scorer;
    try {
      scorer = model == null ? TrainedHedgeScorer.loadDefault() : TrainedHedgeScorer.load(ModelFiles.existing(model));
    } catch (UnreadableModelException e) {
      throw new UserInputException(model + ": " + e.getMessage());
    }
    ModelReport.print("weasel", scorer.describe() + ": " + scorer.training(), sentences, scorer::score,
        threshold == null ? scorer.threshold() : threshold, errors, spec.root().commandLine().getOut());
    return 0;
  }
}
