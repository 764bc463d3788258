// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdesk.desk.UrlArticleReader;
import org.factdesk.engine.Engine;
import org.factdesk.kb.KnowledgeBaseLoader;
import org.factdesk.server.DeskConfig;
import picocli.CommandLine;

/** The composition root of the command line: builds every command with its collaborators. */
final class Commands {
  private Commands() {}

  static CommandLine build(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // Facts the newsroom imported with `factdesk kb import` count in every check.
    Path userKb = Optional.ofNullable(System.getenv("FACTDESK_KB")).map(Path::of)
        .orElseGet(KnowledgeBaseLoader::defaultUserFile);
    Supplier<Engine> analyzer = new Memoized<>(() -> {
      try {
        return Engine.loadWithUserKnowledge(userKb);
      } catch (java.io.UncheckedIOException e) {
        throw new UserInputException(e.getMessage());
      }
    });
    cli.addSubcommand(new ReadCommand(address -> {
      // The desk's own fetcher, limits and reader: `read URL` shows what the desk would import.
      // The address rules protect a server from its users; on the command line the user is the
      // operator, so the host they name is allowed (a redirect elsewhere is still checked).
      DeskConfig desk = new DeskSettings(System.getenv(), null).config();
      java.util.Set<String> allowed = new java.util.HashSet<>(desk.fetch().allowedHosts());
      try {
        String host = java.net.URI.create(address.strip()).getHost();
        if (host != null) {
          allowed.add(host);
        }
      } catch (IllegalArgumentException notAnAddress) {
        // the reader explains a malformed address itself
      }
      return new UrlArticleReader(new org.factdesk.desk.FetchSettings(desk.fetch().maxBytes(),
          desk.fetch().deadline(), allowed)).read(address).article();
    }));
    cli.addSubcommand(new CheckCommand(analyzer));
    cli.addSubcommand(new KbCommand());
    cli.addSubcommand(new BenchCommand(analyzer));
    cli.addSubcommand(new EvalCommand());
    cli.addSubcommand(new TrainCommand());
    cli.addSubcommand(new ServeCommand(System.getenv(), analyzer));
    cli.addSubcommand(new CommandLine(new UserCommand()).addSubcommand(new UserCommand.Add(System.getenv(), System.in)));
    cli.addSubcommand(new ArchiveCommand());
    EvalRetrievalCommand.register(cli); // after any other 'eval' registration: joins that group
    EvalMatchingCommand.register(cli); // eval matching, eval wire-matches, train matching
    // Writers and the error handler are set last: picocli hands them to the subcommands that exist.
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorExits(err));
    return cli;
  }
}
