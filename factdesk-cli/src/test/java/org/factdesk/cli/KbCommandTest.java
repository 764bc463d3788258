// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KbCommandTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void whoPrintsEveryTermWithDatesAndSources() {
    Run r = run("kb", "who", "Antony Blinken", "--user-kb", dir.resolve("none.json.gz").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Antony Blinken (Wikidata Q7821917)")
        .contains("United States Secretary of State: from 2021-01-26 to 2025-01-20").contains("source: ");
  }

  @Test
  void whoFindsPeopleByAliasAndSaysSoWhenNobodyMatches() {
    assertThat(run("kb", "who", "J.D. Vance", "--user-kb", dir.resolve("x").toString()).out())
        .contains("JD Vance (Wikidata Q28935729)");
    Run none = run("kb", "who", "Nobody Atall", "--user-kb", dir.resolve("x").toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().strip()).isEqualTo("factdesk: no person called \"Nobody Atall\" in the knowledge base");
  }

  @Test
  void statsCountsBySourceAndKind() {
    Run r = run("kb", "stats", "--user-kb", dir.resolve("x").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("executive.yaml").contains("data as of 2026-06-15").contains("election");
  }

  @Test
  void importMergesAFileIntoTheUserKnowledgeBaseOnTopOfTheBundledOne() throws Exception {
    Path additions = dir.resolve("mine.yaml");
    Files.writeString(additions, """
        reviewed: 2026-01-01
        persons:
          - {id: Q900070, name: Nora Newcomer, source: "https://example.org", note: test}
        terms:
          - {person: Q900070, office: Q14213, start: 2030-01-01, source: "https://example.org", note: test}
        """);
    Path userKb = dir.resolve("kb.json.gz");
    Run r = run("kb", "import", "additions", additions.toString(), "--into", userKb.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(userKb).exists();
    Run who = run("kb", "who", "Nora Newcomer", "--user-kb", userKb.toString());
    assertThat(who.out()).contains("United States Secretary of State: from 2030-01-01");
    assertThat(run("kb", "who", "Antony Blinken", "--user-kb", userKb.toString()).exit()).isZero();
  }

  @Test
  void badImportsGiveOneClearLineAndExitTwo() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{not json");
    Run bad = run("kb", "import", "sparql-json", junk.toString(), "--into", dir.resolve("kb.json.gz").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip()).startsWith("factdesk: ").contains("junk.json").doesNotContain("\n").doesNotContain("Exception");
    Run format = run("kb", "import", "csv-ish", junk.toString());
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'csv-ish'").contains("congress-yaml");
    Run missing = run("kb", "import", "additions", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }
}
