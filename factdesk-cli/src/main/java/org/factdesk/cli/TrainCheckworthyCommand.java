package org.factdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.eval.dataset.HashSplit;
import org.factdesk.eval.dataset.LabelledSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = {"Trains the check-worthiness model on any format factdesk eval checkworthy reads.",
        "Last line: checkworthy dev: precision P recall R f1 F n N (train figures without --dev)."})
final class TrainCheckworthyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TrainingFlags flags;

  @Override
  public Integer call() throws Exception {
    List<LabelledSentence> train = BenchmarkData.checkworthiness(flags.train, HashSplit.ALL);
    List<LabelledSentence> dev = flags.dev == null ? List.of() : BenchmarkData.checkworthiness(flags.dev, HashSplit.ALL);
    List<LabelledSentence> test = flags.test == null ? List.of() : BenchmarkData.checkworthiness(flags.test, HashSplit.ALL);
    ModelTraining.run("checkworthy", "check-worthiness from " + flags.train.getFileName(), flags, train, dev, test, spec);
    return 0;
  }
}
