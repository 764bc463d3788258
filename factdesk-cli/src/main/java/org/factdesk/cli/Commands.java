package org.factdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The composition root of the command line: builds every command with its collaborators. */
final class Commands {
  private Commands() {}

  static CommandLine build(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorExits(err));
    cli.addSubcommand(new ArchiveCommand());
    EvalRetrievalCommand.register(cli); // last: joins an existing 'eval' group
    return cli;
  }
}
