// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --archive}: real engine, real embedding model, an archive imported from a ClaimReview file. */
class CheckArchiveIT {
  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void aClaimCheckedBeforeGetsAClaimMatchedNoteWithTheVerdictAndLink() throws Exception {
    Path review = Files.writeString(dir.resolve("review.json"), """
        {"@context": "https://schema.org", "@type": "ClaimReview",
         "url": "https://checks.example/reviews/unemployment-50-years",
         "claimReviewed": "Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.",
         "datePublished": "2019-10-08", "author": {"@type": "Organization", "name": "Example Checks"},
         "reviewRating": {"@type": "Rating", "alternateName": "True"}}
        """);
    Path article = Files.writeString(dir.resolve("jobs.md"), """
        # Jobs report

        The senator said unemployment dropped to 3.5 percent in 2019, its lowest level in half a century.
        """);
    String archive = dir.resolve("archive").toString();
    assertThat(run("archive", "import", review.toString(), "--archive", archive)[0]).isEqualTo("0");

    String[] checked = run("check", article.toString(), "--archive", archive, "--date", "2025-06-01");
    assertThat(checked[1]).contains("claim.matched", "Fact-checked before by Example Checks on 2019-10-08",
        "rated True", "older than this article's time frame", "https://checks.example/reviews/unemployment-50-years");

    String[] missing = run("check", article.toString(), "--archive", dir.resolve("none").toString());
    assertThat(missing[0]).isEqualTo("2");
    assertThat(missing[2]).contains("no fact-check archive at");
  }
}
