// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk archive import|search|stats}: the archive of prior fact-checks. */
@Command(name = "archive", mixinStandardHelpOptions = true,
    description = "The archive of prior fact-checks: import ClaimReview JSON-LD or CheckThat! JSON Lines, search it, count it.",
    subcommands = {ArchiveImportCommand.class, ArchiveSearchCommand.class, ArchiveStatsCommand.class})
final class ArchiveCommand implements Runnable {
  @Override
  public void run() {
    throw new UserInputException("Say what to do: factdesk archive import FILE, archive search \"TEXT\", or archive stats.");
  }
}
