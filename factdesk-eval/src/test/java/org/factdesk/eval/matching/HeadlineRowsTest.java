// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineRowsTest {
  @TempDir Path dir;

  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String REF = "github:someone/headlines@" + COMMIT + ":data/fake.csv#";

  private void write(String csv) throws Exception {
    Path file = dir.resolve("someone+headlines").resolve(COMMIT).resolve("data/fake.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv);
  }

  @Test
  void aRowIsFoundByItsIdWithQuotedCommasQuotesAndLineBreaksKept() throws Exception {
    write("id,news_url,title,tweet_ids\r\n"
        + "pf1,example.org/a,\"Penguins, the council says, are \"\"banned\"\"\",1\t2\r\n"
        + "pf2,example.org/b,\"Two\nlines\",\n"
        + "pf3,example.org/c,Plain title,3");
    HeadlineRows rows = new HeadlineRows(dir);
    assertThat(rows.title(REF + "pf1")).isEqualTo("Penguins, the council says, are \"banned\"");
    assertThat(rows.title(REF + "pf2")).isEqualTo("Two\nlines");
    assertThat(rows.title(REF + "pf3")).isEqualTo("Plain title");
  }

  @Test
  void aMissingCopyAnUnknownRowAndAMalformedReferenceAreRefusedSayingWhatToDo() throws Exception {
    HeadlineRows rows = new HeadlineRows(dir);
    assertThatThrownBy(() -> rows.title(REF + "pf1")).isInstanceOf(UnreadableFactChecksException.class)
        .hasMessageContaining("eval/fetch-headlines.sh");
    write("id,title\npf1,A title\n");
    assertThatThrownBy(() -> rows.title(REF + "pf9")).hasMessageContaining("no row with id pf9");
    assertThatThrownBy(() -> rows.title("github:someone/headlines:data/fake.csv#pf1"))
        .hasMessageContaining("github:OWNER/NAME@COMMIT:PATH#ROW_ID");
  }
}
