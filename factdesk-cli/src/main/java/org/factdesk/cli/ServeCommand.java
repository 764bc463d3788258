// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.factdesk.desk.DeskEngine;
import org.factdesk.engine.Engine;
import org.factdesk.server.DemoNewsroom;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk serve}: runs the newsroom desk until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the newsroom desk at http://localhost:8080 (embedded database under --data,"
        + " or PostgreSQL with FACTDESK_DATABASE_URL).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "HTTP port (default 8080).")
  Integer port;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default $FACTDESK_DATA or ./data).")
  Path data;

  @Option(names = "--demo", description = "On an empty desk, load a demo newsroom with example articles.")
  boolean demo;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "A fact-check archive (created when missing): each claim shows its prior fact-checks, and"
          + " published verdicts go into it (setting archive.dir).")
  Path archive;

  @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings (unknown keys are errors).")
  Path configFile;

  private final Map<String, String> env;
  private final Supplier<Engine> analyzer;

  ServeCommand(Map<String, String> env, Supplier<Engine> analyzer) {
    this.env = env;
    this.analyzer = analyzer;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DeskConfig config = new DeskSettings(env, configFile).putIf("port", port).putIf("data", data).putIf("archive.dir", archive)
        .putIf("demo", demo ? "true" : null).config();
    out.println("factdesk: loading the analysis engine…");
    out.flush();
    DeskEngine analysis = new DeskEngine(analyzer.get());
    DeskServer server;
    try {
      server = DeskServer.start(config, analysis);
    } catch (IllegalStateException e) {
      throw new UserInputException(e.getMessage());
    }
    out.println("factdesk: the desk is at http://" + config.bind() + ":" + server.port() + "/  (database: "
        + config.databaseUrl().map(u -> u.replaceAll("password=[^&;]*", "password=…")).orElse(config.jdbcUrl()) + ")");
    if (config.demo()) {
      out.println("factdesk: demo accounts (password \"" + DemoNewsroom.PASSWORD + "\"):");
      DemoNewsroom.PEOPLE.forEach(p -> out.println("  " + p[2] + ": " + p[0]));
    } else {
      server.accounts().setupCode().ifPresent(code -> out.println("factdesk: first run: open "
          + "http://localhost:" + server.port() + "/setup and enter the setup code " + code
          + " to create the admin account."));
    }
    out.println("factdesk: press Ctrl+C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
