// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthinessDatasetsTest {
  @TempDir Path dir;
  private final CheckworthinessDatasets reader = new CheckworthinessDatasets();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsCheckThat2024TsvWithQuotedTextRestored() throws IOException {
    Path file = write("ct24.tsv", "Sentence_id\tText\tclass_label\n"
        + "7\tWe cut the deficit by half.\tYes\n"
        + "8\t\"He said \"\"hello\"\" to me.\"\tNo\n");
    assertThat(reader.read(file)).containsExactly(
        new LabelledSentence("ct24.tsv:7", "We cut the deficit by half.", true),
        new LabelledSentence("ct24.tsv:8", "He said \"hello\" to me.", false));
  }

  @Test
  void readsClaimBusterJson() throws IOException {
    Path file = write("cb.json", "[{\"sentence_id\": 3, \"label\": 1, \"text\": \"Prices rose 9 percent.\"},"
        + " {\"sentence_id\": 4, \"label\": 0, \"text\": \"Good evening.\"}]");
    assertThat(reader.read(file)).extracting(LabelledSentence::text, LabelledSentence::positive)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Prices rose 9 percent.", true),
            org.assertj.core.groups.Tuple.tuple("Good evening.", false));
  }

  @Test
  void readsCheckThat2019DebateTsvWithoutHeader() throws IOException {
    Path file = write("debate.tsv", "1\tMODERATOR\tWelcome, everyone.\t0\n2\tSMITH\tWe lost 40,000 jobs.\t1\n");
    assertThat(reader.read(file)).containsExactly(
        new LabelledSentence("debate.tsv:1", "Welcome, everyone.", false),
        new LabelledSentence("debate.tsv:2", "We lost 40,000 jobs.", true));
  }

  @Test
  void aFolderReadsEveryFileInItWhateverItsFormat() throws IOException {
    write("a.tsv", "1\tX\tOne.\t0\n");
    write("b.json", "[{\"sentence_id\": 1, \"label\": 1, \"text\": \"Two.\"}]");
    write("README.md", "# not data");
    assertThat(reader.read(dir)).extracting(LabelledSentence::text).containsExactly("One.", "Two.");
  }

  @Test
  void aBadLabelIsReportedWithFileAndLine() throws IOException {
    Path file = write("bad.tsv", "Sentence_id\tText\tclass_label\n1\tFine.\tYes\n2\tHmm.\tMaybe\n");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("bad.tsv:3").hasMessageContaining("'Maybe'");
  }

  @Test
  void aFileInNoKnownFormatSaysWhatWasExpected() throws IOException {
    Path file = write("notes.txt", "just some notes\n");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("not a check-worthiness dataset");
  }

  @Test
  void randomBytesGiveAFormatErrorAndNothingElse() throws IOException {
    Random random = new Random(1);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      if (i % 3 == 0) {
        bytes = ("Sentence_id\tText\tclass_label\n" + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8);
      } else if (i % 3 == 1) {
        bytes = ("[{\"label\": " + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8);
      }
      Path file = Files.write(dir.resolve("random" + i), bytes);
      try {
        List<LabelledSentence> read = reader.read(file);
        assertThat(read).isNotNull();
      } catch (DatasetFormatException expected) {
        assertThat(expected.getMessage()).doesNotContain("\n");
      }
    }
  }
}
