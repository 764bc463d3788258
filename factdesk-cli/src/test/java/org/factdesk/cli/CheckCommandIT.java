// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command end to end: real engine, real files, exit codes and one-line errors. */
class CheckCommandIT {
  private static final Path EXAMPLES = Path.of("../examples/articles");

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theReadmeExampleRunsAndReportsItsErrors() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher m = Pattern.compile("\\./factdesk (check \\S+)").matcher(readme);
    assertThat(m.find()).as("README shows a check command").isTrue();
    String[] args = m.group(1).split(" ");
    args[1] = "../" + args[1];
    Run r = run(args);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ERRORS", "time.role", "Secretary of State Antony Blinken", "kb.event-date");
  }

  @Test
  void ignoredCodeFamiliesLeaveTheReportAndTheExitCode() {
    Run all = run("check", EXAMPLES.resolve("stale-titles.md").toString());
    assertThat(all.out()).contains("time.role", "kb.event-date");
    Run some = run("check", EXAMPLES.resolve("stale-titles.md").toString(), "--ignore", "time,kb.event-date,integrity");
    assertThat(some.out()).doesNotContain("time.role", "kb.event-date", "integrity.self-certified");
    assertThat(some.exit()).isZero();
  }

  @Test
  void anUnknownCodeToIgnoreIsRefusedWithTheKnownOnes() {
    Run r = run("check", EXAMPLES.resolve("stale-titles.md").toString(), "--ignore", "time.rol");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--ignore time.rol", "time.role");
  }

  @Test
  void aCorrectArticleExitsZero() {
    Run r = run("check", EXAMPLES.resolve("accurate-brief.md").toString(), "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"errors\" : 0");
  }

  @Test
  void jsonReportsCarryCodesSpansAndEvidence() throws Exception {
    Run r = run("check", EXAMPLES.resolve("stale-titles.md").toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode first = json.get("findings").get(0);
    assertThat(first.has("code") && first.has("severity") && first.has("span") && first.has("quote")).isTrue();
    assertThat(json.get("time").get("asOf").asText()).isEqualTo("2025-06-02");
  }

  @Test
  void aFolderGivesOneReportPerArticleAndASummary(@TempDir Path out) throws Exception {
    Run r = run("check", EXAMPLES.toString(), "--format", "html", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("checked 3 article(s)");
    try (var files = Files.list(out)) {
      assertThat(files.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(3);
    }
    assertThat(Files.readString(out.resolve("stale-titles.html"))).contains("<mark class=\"error\"");
  }

  @Test
  void badInputIsOneClearLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = run("check", empty.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("factdesk: ").contains("empty").doesNotContain("Exception", "\tat ");
    Run missing = run("check", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    Run badDate = run("check", EXAMPLES.resolve("accurate-brief.md").toString(), "--date", "yesterday");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--date must look like 2025-03-01");
    assertThat(run("check").exit()).isEqualTo(2);
  }

  @Test
  void anUnreadableArticleInABatchIsSkippedAndTheExitCodeSaysSo(@TempDir Path dir) throws Exception {
    Files.copy(EXAMPLES.resolve("accurate-brief.md"), dir.resolve("a.md"));
    Files.write(dir.resolve("b.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
    Run r = run("check", dir.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(ArticleFiles.EXIT_SKIPPED);
    assertThat(r.err()).contains("b.html", "checked 1 article(s)", "1 unreadable");
    Files.copy(EXAMPLES.resolve("stale-titles.md"), dir.resolve("c.md"));
    assertThat(run("check", dir.toString(), "--format", "json").exit()).isEqualTo(1 | ArticleFiles.EXIT_SKIPPED);
  }
}
