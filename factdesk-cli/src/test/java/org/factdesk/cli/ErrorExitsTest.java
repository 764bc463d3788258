// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed input is the user's to fix (exit 2, one line), whichever reader found it; a bug is exit 3. */
class ErrorExitsTest {
  @TempDir
  Path dir;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    return new Run(exit, err.toString());
  }

  @Test
  void aMalformedDatasetIsTheInputsFaultNotABug() throws Exception {
    Path quiz = Files.writeString(dir.resolve("quiz.csv"), "this is not,a quiz\n1,2\n");
    Run r = run("eval", "quiz", quiz.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).startsWith("factdesk: ").doesNotContain("internal error").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aMalformedProbeFileToo() throws Exception {
    Path probes = Files.writeString(dir.resolve("probes.txt"), "@@ nonsense without any probe\n");
    Run r = run("eval", "probes", probes.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).startsWith("factdesk: ").doesNotContain("internal error");
  }
}
