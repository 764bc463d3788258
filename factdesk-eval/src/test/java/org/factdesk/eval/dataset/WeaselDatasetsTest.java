// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeaselDatasetsTest {
  @TempDir Path dir;
  private final WeaselDatasets reader = new WeaselDatasets();

  @Test
  void readsTheLabelSentenceLayoutWithByteOrderMarkWhereMinusOneIsUncertain() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "\uFEFF\"1\",\"The river is 40 km long.\"\n\"-1\",\"It is widely thought to be haunted.\"\n");
    assertThat(reader.read(file)).extracting(LabelledSentence::text, LabelledSentence::positive).containsExactly(
        org.assertj.core.groups.Tuple.tuple("The river is 40 km long.", false),
        org.assertj.core.groups.Tuple.tuple("It is widely thought to be haunted.", true));
  }

  @Test
  void readsTheTextLabelLayoutAndUndoesTreebankTokens() throws IOException {
    Path file = Files.writeString(dir.resolve("b.csv"),
        "text,label\n\"Some say the QJ -LRB- 2-10-2 -RRB- is `` the best '' .\n\",1\n\"It was built in 1958 .\n\",0\n");
    assertThat(reader.read(file)).extracting(LabelledSentence::text, LabelledSentence::positive).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Some say the QJ (2-10-2) is \"the best\".", true),
        org.assertj.core.groups.Tuple.tuple("It was built in 1958.", false));
  }

  @Test
  void aSentenceInBothFilesOfAFolderIsReadOnce() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "\"-1\",\"Critics say it is slow.\"\n");
    Files.writeString(dir.resolve("b.csv"), "text,label\n\"Critics say it is slow .\n\",1\n\"It is fast .\",0\n");
    assertThat(reader.read(dir)).extracting(LabelledSentence::text).containsExactly("Critics say it is slow.", "It is fast.");
  }

  @Test
  void aLabelOfTheOtherLayoutIsReportedWithFileAndRecord() throws IOException {
    Path file = Files.writeString(dir.resolve("c.csv"), "text,label\n\"Fine.\",0\n\"Odd.\",-1\n");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("c.csv:3").hasMessageContaining("0 (certain) or 1 (uncertain)");
  }

  @Test
  void randomTextGivesAFormatErrorAndNothingElse() throws IOException {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder(i % 2 == 0 ? "text,label\n" : "");
      for (int k = random.nextInt(200); k > 0; k--) {
        text.append("\",\n-1 0abc".charAt(random.nextInt(10)));
      }
      Path file = Files.writeString(dir.resolve("r" + i + ".csv"), text, StandardCharsets.UTF_8);
      try {
        assertThat(reader.read(file)).isNotNull();
      } catch (DatasetFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
