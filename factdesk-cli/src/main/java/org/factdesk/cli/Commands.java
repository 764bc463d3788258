package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.factdesk.engine.Analyzer;
import picocli.CommandLine;

/** The composition root of the command line: builds every command with its collaborators. */
final class Commands {
  private Commands() {}

  static CommandLine build(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand(new KbCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorExits(err));
    Supplier<Analyzer> analyzer = new Memoized<>(Analyzer::loadDefault);
    cli.addSubcommand(new CheckCommand(analyzer));
    cli.addSubcommand(new ServeCommand(System.getenv(), analyzer));
    cli.addSubcommand(new CommandLine(new UserCommand()).addSubcommand(new UserCommand.Add(System.getenv(), System.in)));
    return cli;
  }
}
