// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersStoriesTest {
  @TempDir Path dir;

  private static final String SGML = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" NEWID="11">
      <DATE> 3-MAR-1987 09:15:00.00 junk</DATE>
      <TEXT>&#2;
      <TITLE>CHANCELLOR SAYS &lt;RATES&gt; STEADY</TITLE>
      <BODY>The Chancellor said rates would stay at 10 pct &amp; more.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS NEWID="12"><DATE>4-MAR-1987 10:00:00.00</DATE><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>
      """;

  @Test
  void readsDateTitleAndBodyAndSkipsStoriesWithoutABody() throws IOException {
    Path file = Files.write(dir.resolve("reut2-000.sgm"), SGML.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(new ReutersStories().read(dir)).containsExactly(new DatedStory("11", LocalDate.of(1987, 3, 3),
        "CHANCELLOR SAYS <RATES> STEADY", "The Chancellor said rates would stay at 10 pct & more."));
    assertThat(new ReutersStories().read(file)).hasSize(1);
  }

  @Test
  void aFolderWithoutSgmFilesSaysSo() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> new ReutersStories().read(dir)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("no Reuters-21578 .sgm files");
  }
}
