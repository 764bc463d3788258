// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.util.concurrent.Callable;
import org.factdesk.claims.TrainedCheckworthinessScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = {"Check-worthiness on CheckThat! 2024 TSV, ClaimBuster JSON or CheckThat! 2019 debate TSV (a file or a folder).",
        "Last line: checkworthy: precision P recall R f1 F n N (F1 of the check-worthy class)."})
final class EvalCheckworthyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelEvalOptions options;

  @Override
  public Integer call() throws Exception {
    options.evaluate("checkworthy", BenchmarkData.checkworthiness(options.path, SplitNames.parse(options.split)),
        TrainedCheckworthinessScorer::loadDefault, TrainedCheckworthinessScorer::load, spec.root().commandLine().getOut());
    return 0;
  }
}
