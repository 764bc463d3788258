// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk eval TASK PATH}: accuracy on public benchmark data, headline on the last line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures accuracy on public benchmark data read in its original format; the last line is the headline figure.",
    subcommands = {EvalCheckworthyCommand.class, EvalWeaselCommand.class, EvalTimeCommand.class,
        EvalProbesCommand.class, EvalAttributionCommand.class, EvalAttributionModelCommand.class, EvalExtractionCommand.class, EvalClaimsCommand.class,
        EvalQuizCommand.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("Say which evaluation: factdesk eval checkworthy PATH, weasel PATH, time PATH, "
        + "probes FILE, attribution FILE, extraction DIR GOLD, claims FILE or quiz FILE (factdesk eval --help lists them all).");
  }
}
