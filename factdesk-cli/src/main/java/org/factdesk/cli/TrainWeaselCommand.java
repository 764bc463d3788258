// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.util.concurrent.Callable;
import org.factdesk.eval.dataset.HashSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "weasel", mixinStandardHelpOptions = true,
    description = {"Trains the hedge/weasel model on the CoNLL-2010 Wikipedia CSVs.",
        "They come without a dev set, so training uses the fixed hash split's train part of --train",
        "and chooses the threshold on the dev part of --dev (default: the same path as --train).",
        "Last line: weasel dev: precision P recall R f1 F n N."})
final class TrainWeaselCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TrainingFlags flags;

  @Override
  public Integer call() throws Exception {
    var train = BenchmarkData.weasel(flags.train, HashSplit.TRAIN);
    var dev = BenchmarkData.weasel(flags.dev == null ? flags.train : flags.dev, HashSplit.DEV);
    var test = flags.test == null ? java.util.List.<org.factdesk.eval.dataset.LabelledSentence>of() : BenchmarkData.weasel(flags.test, HashSplit.ALL);
    ModelTraining.run("weasel", "hedging/weasel (uncertain) from " + flags.train.getFileName(), flags, train, dev, test, spec);
    return 0;
  }
}
