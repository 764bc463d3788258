// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk eval claims} end to end on a story of our own in the financial-news layout. */
class EvalClaimsCommandIT {
  @TempDir Path dir;

  private record Run(int exit, List<String> out, String err) {
    String lastLine() {
      return out.get(out.size() - 1);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString().lines().toList(), err.toString());
  }

  @Test
  void annotatorLinesBecomeAClaimSetAndTheHeadlineComesLast() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news/wire"));
    Files.writeString(news.resolve("story"), """
        -- Harbour council cuts bus fares by a third
        -- By A. Reporter
        -- Tue Mar 3, 2026 9:00am EST
        -- http://example.org/story

        HARBOUR (Wire) - The Harbour town council voted on Tuesday to cut bus fares by a third from April.

        The cut will cost 2.4 million euros a year, the council said. "We are thrilled," said a rider.

        (Reporting by Jo Smith; Editing by Sam Lee)
        """);
    Path set = Files.writeString(dir.resolve("set.tsv"), "article\twire/story\ttest\n");
    Run sentences = run("eval", "claims", set.toString(), "--news", dir.resolve("news").toString(), "--sentences");
    assertThat(sentences.exit()).as(sentences.err()).isZero();
    List<String[]> rows = sentences.out().stream().filter(l -> l.startsWith("wire/story\t")).map(l -> l.split("\t")).toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
    String labelled = rows.stream().map(r -> String.join("\t", r[0], r[1], r[2], r[3],
        r[7].contains("thrilled") || r[7].contains("Reporting") ? "no" : "statistic", r[1].equals("0") ? "lead" : "-"))
        .collect(Collectors.joining("\n"));
    Files.writeString(set, "article\twire/story\ttest\n" + labelled + "\n");
    Run eval = run("eval", "claims", set.toString(), "--news", dir.resolve("news").toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).anyMatch(l -> l.startsWith("lead paragraph: 1 of 1 claims listed"));
    assertThat(eval.lastLine()).matches("claims: precision [0-9.]+ recall [0-9.]+ f1 [0-9.]+ n " + rows.size());
  }

  @Test
  void aMissingClaimSetOrAnUnknownSplitIsAOneLineUsageError() throws IOException {
    assertThat(run("eval", "claims", dir.resolve("none.tsv").toString()).err()).contains("no such claim set file");
    Path set = Files.writeString(dir.resolve("set.tsv"), "article\twire/story\ttest\n");
    assertThat(run("eval", "claims", set.toString(), "--split", "train").err()).contains("--split must be all, dev or test");
  }
}
