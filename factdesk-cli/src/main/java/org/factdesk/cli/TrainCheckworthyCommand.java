// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.eval.dataset.HashSplit;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.dataset.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = {"Trains the check-worthiness model on any format factdesk eval checkworthy reads.",
        "Sentences whose text is in --dev or --test are left out of training; each text is trained on once.",
        "Last line: checkworthy dev: precision P recall R f1 F n N (train figures without --dev)."})
final class TrainCheckworthyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TrainingFlags flags;

  @Option(names = "--also-train", paramLabel = "PATH",
      description = "more training data, labels as they are (repeatable); a text already read keeps its first label")
  List<Path> alsoTrain = new ArrayList<>();

  @Option(names = "--positives-from", paramLabel = "PATH",
      description = "more training data of which only the check-worthy sentences are used (repeatable), for sets "
          + "such as CheckThat! 2019 whose 'no' means 'not checked' rather than 'not worth checking'")
  List<Path> positivesFrom = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<LabelledSentence> dev = flags.dev == null ? List.of() : BenchmarkData.checkworthiness(flags.dev, HashSplit.ALL);
    List<LabelledSentence> test = flags.test == null ? List.of() : BenchmarkData.checkworthiness(flags.test, HashSplit.ALL);
    TrainingSet set = new TrainingSet(List.of(dev, test));
    set.add(BenchmarkData.checkworthiness(flags.train, HashSplit.ALL), false);
    for (Path p : alsoTrain) {
      set.add(BenchmarkData.checkworthiness(p, HashSplit.ALL), false);
    }
    for (Path p : positivesFrom) {
      set.add(BenchmarkData.checkworthiness(p, HashSplit.ALL), true);
    }
    spec.root().commandLine().getOut().println(set.summary());
    String what = "check-worthiness from " + flags.train.getFileName()
        + (alsoTrain.isEmpty() ? "" : " + " + alsoTrain.stream().map(p -> p.getFileName().toString()).toList())
        + (positivesFrom.isEmpty() ? "" : " + positives of " + positivesFrom.stream().map(p -> p.getFileName().toString()).toList());
    ModelTraining.run("checkworthy", what, flags, set.sentences(), dev, test, spec);
    return 0;
  }
}
