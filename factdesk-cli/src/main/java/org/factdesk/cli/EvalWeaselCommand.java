// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.util.concurrent.Callable;
import org.factdesk.attribution.TrainedHedgeScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "weasel", mixinStandardHelpOptions = true,
    description = {"Hedging and weasel words on the CoNLL-2010 Wikipedia CSVs, both layouts (a file or a folder; duplicates read once).",
        "Last line: weasel: precision P recall R f1 F n N (F1 of the uncertain class).",
        "The bundled model was trained on --split train; report it on --split dev."})
final class EvalWeaselCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelEvalOptions options;

  @Override
  public Integer call() throws Exception {
    options.evaluate("weasel", BenchmarkData.weasel(options.path, SplitNames.parse(options.split)),
        TrainedHedgeScorer::loadDefault, TrainedHedgeScorer::load, spec.root().commandLine().getOut());
    return 0;
  }
}
