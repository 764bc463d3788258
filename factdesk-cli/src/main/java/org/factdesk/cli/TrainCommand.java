// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk train TASK}: fits the engine's linear text models, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the check-worthiness or weasel model from benchmark data (fixed seeds: same data, same model).",
    subcommands = {TrainCheckworthyCommand.class, TrainWeaselCommand.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("Say which model: factdesk train checkworthy --train PATH --out FILE, or factdesk train weasel ...");
  }
}
