package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk eval TASK PATH}: accuracy on public benchmark data, headline on the last line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures accuracy on public benchmark data read in its original format; the last line is the headline figure.",
    subcommands = {EvalCheckworthyCommand.class, EvalWeaselCommand.class, EvalTimeCommand.class,
        EvalQuizCommand.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("Say which evaluation: factdesk eval checkworthy PATH, or factdesk eval weasel PATH.");
  }
}
