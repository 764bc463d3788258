package org.factdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.claims.TrainedCheckworthinessScorer;
import org.factdesk.textmodel.UnreadableModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = {"Check-worthiness on CheckThat! 2024 TSV, ClaimBuster JSON or CheckThat! 2019 debate TSV (a file or a folder).",
        "Last line: checkworthy: precision P recall R f1 F n N (F1 of the check-worthy class)."})
final class EvalCheckworthyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "dataset file or folder")
  Path path;

  @Option(names = "--model", paramLabel = "FILE", description = "model written by factdesk train checkworthy (default: the bundled one)")
  Path model;

  @Option(names = "--threshold", description = "decision threshold (default: the model's own)")
  Double threshold;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print the N worst misses with their scores")
  int errors;

  @Option(names = "--split", defaultValue = "all", description = "all, train or dev: the whole data or a part of the fixed hash split")
  String split;

  @Override
  public Integer call() throws Exception {
    var sentences = BenchmarkData.checkworthiness(path, SplitNames.parse(split));
    TrainedCheckworthinessScorer scorer;
    try {
      scorer = model == null ? TrainedCheckworthinessScorer.loadDefault() : TrainedCheckworthinessScorer.load(ModelFiles.existing(model));
    } catch (UnreadableModelException e) {
      throw new UserInputException(model + ": " + e.getMessage());
    }
    ModelReport.print("checkworthy", scorer.describe() + ": " + scorer.training(), sentences, scorer::score,
        threshold == null ? scorer.threshold() : threshold, errors, spec.root().commandLine().getOut());
    return 0;
  }
}
