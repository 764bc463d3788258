// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and docs/ may only name commands, options and exit codes the code has (the settings
 * table is checked against the settings class by the server's ReadmeSettingsTest).
 * Each check is shown failing on a made-up line, so a rule that cannot fail does not pass for one.
 */
class DocsMatchTheCodeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern INVOCATION = Pattern.compile("\\./factdesk((?:[ \\t]+[^ \\t`#\\n]+)+)");
  private static final Pattern EXIT_ROW = Pattern.compile("(?m)^\\| (\\d+) \\| ");

  private final CommandLine cli = Commands.build(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

  @Test
  void everyCommandAndOptionTheDocsShowExists() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path doc : docs()) {
      for (String line : Files.readAllLines(doc)) {
        problems.addAll(unknownInvocations(line).stream().map(p -> ROOT.relativize(doc) + ": " + p).toList());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aMadeUpCommandOrOptionIsCaught() {
    assertThat(unknownInvocations("./factdesk kb forget \"Boris Johnson\"")).containsExactly("no command 'kb forget'");
    assertThat(unknownInvocations("./factdesk check FILE --suppress time.role"))
        .containsExactly("'check' has no option --suppress");
    assertThat(unknownInvocations("./factdesk check FILE [--date YYYY-MM-DD] [--format text|json|html]")).isEmpty();
    assertThat(unknownInvocations("./factdesk eval checkworthy|gossip PATH --errors 5"))
        .containsExactly("no command 'eval gossip'");
    assertThat(unknownInvocations("./factdesk train checkworthy|weasel --train P --epochs-max 3"))
        .containsExactly("'train checkworthy' has no option --epochs-max", "'train weasel' has no option --epochs-max");
  }

  @Test
  void theExitCodeTableListsEveryCodeAndOnlyThose() throws IOException {
    Set<Integer> documented = new TreeSet<>();
    Matcher m = EXIT_ROW.matcher(Files.readString(ROOT.resolve("README.md")));
    while (m.find()) {
      documented.add(Integer.parseInt(m.group(1)));
    }
    // 0 done, 1 errors found, 4 inputs skipped, 5 both (CheckCommand); 2 usage and 3 internal (Main).
    assertThat(documented).containsExactly(0, 1, Main.EXIT_USAGE, Main.EXIT_INTERNAL, 4, 5);
  }

  private static List<Path> docs() throws IOException {
    List<Path> out = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  /**
   * What in one line's {@code ./factdesk ...} invocations the command tree does not have.
   * "eval checkworthy|weasel" names two commands; an option after it must exist in both.
   */
  private List<String> unknownInvocations(String line) {
    List<String> problems = new ArrayList<>();
    Matcher m = INVOCATION.matcher(line);
    while (m.find()) {
      List<CommandLine> commands = List.of(cli);
      List<String> paths = List.of("");
      boolean inCommands = true;
      for (String raw : m.group(1).trim().split("[ \\t]+")) {
        String token = raw.replaceAll("^[\\[(]+|[\\])]+$", "");
        if (inCommands && token.matches("[a-z][a-z-]*(\\|[a-z][a-z-]*)*") && hasSubcommands(commands)) {
          List<CommandLine> next = new ArrayList<>();
          List<String> nextPaths = new ArrayList<>();
          for (String name : token.split("\\|")) {
            for (int i = 0; i < commands.size(); i++) {
              String path = paths.get(i).isEmpty() ? name : paths.get(i) + " " + name;
              CommandLine sub = commands.get(i).getSubcommands().get(name);
              if (sub == null) {
                problems.add("no command '" + path + "'");
              } else {
                next.add(sub);
                nextPaths.add(path);
              }
            }
          }
          if (next.isEmpty()) {
            break;
          }
          commands = next;
          paths = nextPaths;
          continue;
        }
        inCommands = false;
        if (token.startsWith("--")) {
          String option = token.split("[=|]", 2)[0];
          for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).getCommandSpec().findOption(option) == null) {
              problems.add("'" + paths.get(i) + "' has no option " + option);
            }
          }
        }
      }
    }
    return problems;
  }

  /** Commands that only dispatch (no arguments of their own) take their next word as a subcommand. */
  private static boolean hasSubcommands(List<CommandLine> commands) {
    return commands.stream().allMatch(c -> !c.getSubcommands().isEmpty()
        && c.getCommandSpec().positionalParameters().isEmpty());
  }
}
