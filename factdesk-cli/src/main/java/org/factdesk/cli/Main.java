// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code factdesk} command. Builds the command tree and maps every failure to an exit code. */
@Command(name = "factdesk", mixinStandardHelpOptions = true, version = "factdesk 0.1.0",
    description = "Reads articles, finds what is wrong or worth checking, and runs the newsroom desk.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for bad input or usage. */
  public static final int EXIT_USAGE = 2;
  /** Exit code for a failure that is not the input's fault (a bug, a broken install). */
  public static final int EXIT_INTERNAL = 3;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "Say what to do: factdesk check FILE, or factdesk --help.");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line; tests call this with their own writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = Commands.build(out, err);
    try {
      return cli.execute(args);
    } catch (NoClassDefFoundError missing) {
      // The embedding libraries ship beside the install (lib-embeddings); ./factdesk adds them for
      // the commands that match claims semantically. Anyone starting the JVM another way gets a line.
      err.println("factdesk: this command needs the embedding libraries (factdesk-cli/target/lib-embeddings) "
          + "on the class path; run it through ./factdesk (missing: " + missing.getMessage() + ")");
      return EXIT_INTERNAL;
    }
  }
}
