// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path fixture() throws Exception {
    return Path.of(ArchiveCommandTest.class.getResource("/cli-archive-checks.jsonl").toURI());
  }

  @Test
  void importThenSearchThenStatsWorkOnAFreshArchive() throws Exception {
    String archive = dir.resolve("a").toString();
    Run imported = run("archive", "import", fixture().toString(), "--archive", archive, "--keyword-only");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 3 fact-checks").contains("holds 3 fact-checks");
    assertThat(imported.err()).contains("importing cli-archive-checks.jsonl [").contains("100%");

    Run search = run("archive", "search", "penguin elected mayor", "--archive", archive, "--keyword-only", "--k", "2");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).startsWith("1. ").contains("A penguin was elected mayor", "https://checks.example/penguin-mayor",
        "shared terms: penguin, elected, mayor");

    Run stats = run("archive", "stats", "--archive", archive);
    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).contains("fact-checks: 3 (0 with embeddings)", "2015-05-26 to 2021-03-06");
  }

  @Test
  void badInputIsOneClearLineAndExitTwo() throws Exception {
    Path csv = Files.writeString(dir.resolve("checks.csv"), "a,b\n");
    Run unknown = run("archive", "import", csv.toString(), "--archive", dir.resolve("a").toString(), "--keyword-only");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("factdesk: ").contains("unknown fact-check format").hasLineCount(1);

    Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"vclaim_id\":\"a\",\"vclaim\":\"x\"}\nnope\n");
    Run bad = run("archive", "import", broken.toString(), "--archive", dir.resolve("b").toString(), "--keyword-only");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.jsonl:2: not a JSON object");

    Run missing = run("archive", "search", "anything", "--archive", dir.resolve("none").toString(), "--keyword-only");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no fact-check archive at");

    Run noFile = run("eval", "retrieval", "--vclaims", "nope.jsonl", "--queries", "q.tsv", "--qrels", "r.tsv");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).isEqualTo("factdesk: no such file: nope.jsonl" + System.lineSeparator());
  }

  @Test
  void evalRetrievalPrintsItsFiguresOnTheLastLine() throws Exception {
    Path queries = Files.writeString(dir.resolve("q.tsv"), "iclaim_id\ticlaim\nq1\tpenguins elected mayor in Norway\nq2\tthe moon is cheese\n");
    Path qrels = Files.writeString(dir.resolve("r.tsv"), "q1\t0\tfx-penguin-mayor\t1\nq2\t0\tfx-moon-cheese\t1\n");
    Run r = run("eval", "retrieval", "--vclaims", fixture().toString(), "--queries", queries.toString(),
        "--qrels", qrels.toString(), "--keyword-only");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\\R");
    assertThat(lines[lines.length - 1]).isEqualTo("retrieval: map@1 1.0000 map@5 1.0000 recall@20 1.0000 n 2");
  }
}
