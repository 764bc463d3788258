// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCorpusTest {
  private static final String HEADER = "id\tsplit\tsource\tstart\tend\tlabels\tcue\ttext\n";

  @TempDir Path dir;

  @Test
  void theBundledCorpusHoldsAtLeast300OfEachClassAndAHeldOutSplit() throws Exception {
    List<LabelledInstance> corpus = AttributionCorpus.read(Path.of("corpus/attribution.tsv"));
    for (AttributionLabel label : AttributionLabel.values()) {
      assertThat(corpus.stream().filter(i -> i.has(label)).count()).as(label.name()).isGreaterThanOrEqualTo(300);
    }
    assertThat(corpus.stream().filter(i -> i.split().equals("test")).count()).isGreaterThan(corpus.size() / 5);
  }

  @Test
  void theWebCorpusPointsAtBenchmarkPagesAndKeepsAHashOfEachSentence() throws Exception {
    List<LabelledInstance> web = AttributionCorpus.read(Path.of("corpus/attribution-web.tsv"));
    assertThat(web).isNotEmpty().allSatisfy(i -> {
      assertThat(i.split()).isEqualTo("web");
      assertThat(i.source()).startsWith(AttributionEvaluation.WEB);
      assertThat(i.cue()).matches("(?:broad|doc|doc2)@[0-9a-f]{10}");
    });
  }

  @Test
  void theWebTestSplitSharesNoSentenceWithTheWebDevRows() throws Exception {
    List<LabelledInstance> dev = AttributionCorpus.read(Path.of("corpus/attribution-web.tsv"));
    List<LabelledInstance> test = AttributionCorpus.read(Path.of("corpus/attribution-webtest.tsv"));
    assertThat(test).hasSizeGreaterThanOrEqualTo(150).allSatisfy(t -> {
      assertThat(t.split()).isEqualTo("webtest");
      assertThat(t.cue()).matches("webtest@[0-9a-f]{10}");
      assertThat(dev).noneMatch(d -> d.source().equals(t.source()) && d.start() < t.end() && t.start() < d.end());
    });
  }

  @Test
  void aWebSentenceIsFoundAgainWhereverTheReaderNowPutsIt() {
    String sentence = "A study found it.";
    LabelledInstance row = new LabelledInstance("w1", "web", "web:x", 4, 4 + sentence.length(),
        Set.of(AttributionLabel.NONE), "doc@" + SentenceFinder.sha1(sentence).substring(0, 10), Optional.empty());
    assertThat(SentenceFinder.find(row, "Hi. A study found it. Bye.")).contains(new org.factdesk.article.Span(4, 21));
    assertThat(SentenceFinder.find(row, "More text. Hi. A study found it.")).contains(new org.factdesk.article.Span(15, 32));
    assertThat(SentenceFinder.find(row, "Hi. A study found that.")).as("the reader no longer gives it").isEmpty();
  }

  @Test
  void malformedRowsAreRefusedNamingTheLine() throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, HEADER + "r1\tdev\teval/x\t5\t2\tvague\tanon\t\n");
    assertThatThrownBy(() -> AttributionCorpus.read(bad)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("line 2").hasMessageContaining("bad offsets");
    Files.writeString(bad, HEADER + "r1\tdev\teval/x\t1\t2\tvague,none\tanon\t\n");
    assertThatThrownBy(() -> AttributionCorpus.read(bad)).hasMessageContaining("\"none\" cannot come with other labels");
    Files.writeString(bad, HEADER + "r1\ttrain\teval/x\t1\t2\tvague\tanon\t\n");
    assertThatThrownBy(() -> AttributionCorpus.read(bad)).hasMessageContaining("split must be dev, test, web or webtest");
    Files.writeString(bad, "id\tsplit\n");
    assertThatThrownBy(() -> AttributionCorpus.read(bad)).hasMessageContaining("expected the header");
  }

  @Test
  void inlineRowsCarryTheirOwnSentence() throws Exception {
    Path ok = dir.resolve("ok.tsv");
    Files.writeString(ok, "# comment\n" + HEADER
        + "i1\ttest\tinline:https://example.org/a\t0\t0\tnone\ttricky\tA [study](https://example.org/s) found it.\n");
    LabelledInstance i = AttributionCorpus.read(ok).get(0);
    assertThat(i.isInline()).isTrue();
    assertThat(i.inlineText()).contains("A [study](https://example.org/s) found it.");
  }

  @Test
  void scoresCountEachClassAndTheLookAlikesFlagged() {
    LabelledInstance vague = row("a", EnumSet.of(AttributionLabel.VAGUE));
    LabelledInstance none = row("b", EnumSet.of(AttributionLabel.NONE));
    LabelledInstance unlinked = row("c", EnumSet.of(AttributionLabel.UNLINKED));
    AttributionEvaluation.Scores s = AttributionEvaluation.Scores.of(List.of(
        new AttributionEvaluation.Judged(vague, Set.of(AttributionLabel.ANONYMOUS), List.of()),
        new AttributionEvaluation.Judged(none, Set.of(AttributionLabel.UNLINKED), List.of()),
        new AttributionEvaluation.Judged(unlinked, Set.of(), List.of())));
    assertThat(s.unnamed().truePositives()).isEqualTo(1);
    assertThat(s.vague().falseNegatives()).isEqualTo(1);
    assertThat(s.anonymous().falsePositives()).isEqualTo(1);
    assertThat(s.unlinked().falsePositives()).isEqualTo(1);
    assertThat(s.unlinked().falseNegatives()).isEqualTo(1);
    assertThat(s.lookAlikesFlagged()).isEqualTo(1);
    assertThat(s.headline()).startsWith("attribution: unnamed 1.000 1.000 1.000 anonymous 0.000 0.000 0.000 unlinked")
        .endsWith("n 3");
  }

  private static LabelledInstance row(String id, Set<AttributionLabel> labels) {
    return new LabelledInstance(id, "dev", "eval/x", 0, 1, labels, "cue", Optional.empty());
  }
}
