// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.accounts.Role;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.RuleException;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk user add}: adds an account to the desk's database. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages desk accounts.")
final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new UserInputException("say what to do: factdesk user add --role ROLE EMAIL");
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds an account. The password is read from standard input when it is not a terminal.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--role", required = true, description = "reporter, checker, editor, moderator or admin.")
    String role;

    @Option(names = "--name", description = "Display name (default: the part of the email before @).")
    String name;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default $FACTDESK_DATA or ./data).")
    Path data;

    @Parameters(paramLabel = "EMAIL")
    String email;

    private final Map<String, String> env;
    private final InputStream stdin;

    Add(Map<String, String> env, InputStream stdin) {
      this.env = env;
      this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
      Role parsed;
      try {
        parsed = Role.parse(role);
      } catch (BadInputException e) {
        throw new UserInputException(e.getMessage());
      }
      DeskConfig config = new DeskSettings(env, null).putIf("data", data).config();
      String password = password();
      try {
        DeskServer.addUser(config, email, name, parsed, password);
      } catch (BadInputException | RuleException e) {
        throw new UserInputException(e.getMessage());
      }
      spec.commandLine().getOut().println("factdesk: added " + email + " as " + parsed.label());
      return 0;
    }

    private String password() throws IOException {
      Console console = System.console();
      if (console != null && stdin == System.in) {
        char[] first = console.readPassword("Password for %s: ", email);
        char[] second = console.readPassword("The same password again: ");
        if (first == null || !Arrays.equals(first, second)) {
          throw new UserInputException("the two passwords are not the same");
        }
        return new String(first);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new UserInputException("give the password on standard input (one line)");
      }
      return line;
    }
  }
}
