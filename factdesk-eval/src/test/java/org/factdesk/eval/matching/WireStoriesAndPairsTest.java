// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireStoriesAndPairsTest {
  @TempDir Path dir;

  private static final String STORY = """
      -- Harbor town bans penguins from council
      -- By  A. Writer
      -- Tue Mar 4, 2008 5:01pm EST
      -- http://news.example/harbor-penguins

      \s
       NORTHPORT  (Wire) - The harbor council voted on Tuesday to ban penguins from its meetings.\s

       "We had no choice," said Mayor Ana Ortega.\s
      """;

  @Test
  void aWireStoryIsReadWithItsDateAndWhiteSpaceMadeOne() throws Exception {
    Path f = Files.writeString(dir.resolve("20080304__harbor-penguins"), STORY);
    WireStory s = new WireStories().read(f);
    assertThat(s.date()).isEqualTo(LocalDate.of(2008, 3, 4));
    assertThat(s.headline()).isEqualTo("Harbor town bans penguins from council");
    assertThat(s.text()).isEqualTo("Harbor town bans penguins from council\n\n"
        + "NORTHPORT (Wire) - The harbor council voted on Tuesday to ban penguins from its meetings.\n\n"
        + "\"We had no choice,\" said Mayor Ana Ortega.");
  }

  @Test
  void anUnreadableDateLineFallsBackToTheFileNameAndAFileThatIsNoStoryIsRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("20080305__x"), STORY.replace("Tue Mar 4, 2008", "sometime"));
    assertThat(new WireStories().read(f).date()).isEqualTo(LocalDate.of(2008, 3, 5));
    Path junk = Files.writeString(dir.resolve("junk"), "not a story");
    assertThatThrownBy(() -> new WireStories().read(junk)).isInstanceOf(UnreadableFactChecksException.class)
        .hasMessageContaining("not a wire story");
  }

  @Test
  void pairsAreReadWithTheirLabelsSplitsAndLineNumbers() throws Exception {
    Path f = Files.writeString(dir.resolve("pairs.tsv"), """
        # provenance comment
        story\tstart\tend\tcheck\tlabel\tsplit\tsentence_hash
        news/20080304__harbor-penguins\t40\t131\tcheck-1\tsame\ttest\t0000abcd
        news/20080304__harbor-penguins\t133\t176\tcheck-2\tunrelated\ttrain\t0000abce
        """);
    List<LabelledPair> pairs = LabelledPairs.read(f);
    assertThat(pairs).extracting(LabelledPair::label).containsExactly(LabelledPair.Label.SAME, LabelledPair.Label.UNRELATED);
    assertThat(pairs.get(0).split()).isEqualTo(LabelledPair.Split.TEST);
    assertThat(pairs.get(1).line()).isEqualTo(4);
  }

  @Test
  void aPairsFileWithoutItsHeaderOrWithAnUnknownLabelIsRefusedWithTheLine() throws Exception {
    Path noHeader = Files.writeString(dir.resolve("a.tsv"), "x\t1\t2\tc\tsame\ttest\th\n");
    assertThatThrownBy(() -> LabelledPairs.read(noHeader)).hasMessageContaining(":1: expected the header");
    Path badLabel = Files.writeString(dir.resolve("b.tsv"),
        "story\tstart\tend\tcheck\tlabel\tsplit\tsentence_hash\nx\t1\t2\tc\tmaybe\ttest\th\n");
    assertThatThrownBy(() -> LabelledPairs.read(badLabel)).hasMessageContaining(":2:").hasMessageContaining("labels: same, related, unrelated");
  }

  @Test
  void theSentenceHashIsFnv1aAndTheSplitIsFixedByTheStoryPath() {
    assertThat(LabelledPairs.hash("")).isEqualTo("811c9dc5");
    assertThat(LabelledPairs.hash("a")).isEqualTo("e40c292c");
    assertThat(LabelledPairs.splitOf("news/one")).isEqualTo(LabelledPairs.splitOf("news/one"));
  }

  @Test
  void scoresCountSaidSameAgainstLabelledSame() {
    MatchingScores s = new MatchingScores(6, 1, 2, 300);
    assertThat(s.precision()).isEqualTo(6 / 7.0);
    assertThat(s.recall()).isEqualTo(6 / 8.0);
    assertThat(s.line()).isEqualTo("matching: precision 0.8571 recall 0.7500 n 300");
  }
}
