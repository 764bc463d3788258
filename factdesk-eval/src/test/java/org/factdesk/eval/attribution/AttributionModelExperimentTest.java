// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.Span;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.SparseVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionModelExperimentTest {
  private static final FeatureSpec SPEC = FeatureSpec.parse("bits=12 words=1-2 cues");

  @TempDir Path dir;

  @Test
  void everyRowOfAStoryLandsInOneFoldAndTheFoldsComeOutAboutEqual() {
    List<String> stories = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      for (int r = 0; r <= s % 4; r++) {
        stories.add("story" + s);
      }
    }
    int[] fold = StoryFolds.assign(stories, 5, 7);
    Map<String, Integer> foldOf = new HashMap<>();
    int[] size = new int[5];
    for (int i = 0; i < fold.length; i++) {
      assertThat(foldOf.computeIfAbsent(stories.get(i), k -> fold[stories.indexOf(k)])).isEqualTo(fold[i]);
      size[fold[i]]++;
    }
    assertThat(Arrays.stream(size).max().getAsInt() - Arrays.stream(size).min().getAsInt()).isLessThanOrEqualTo(4);
    assertThat(StoryFolds.assign(stories, 5, 7)).isEqualTo(fold);
  }

  @Test
  void aLinkInTheSentenceOrItsParagraphIsAContextFeature() throws Exception {
    String text = "The council published [its audit](https://example.org/audit) on Monday. Its figures were late.\n";
    Article article = new ArticleReaders().read(text.getBytes(StandardCharsets.UTF_8), "own.md",
        Optional.of(ArticleFormat.MARKDOWN));
    int second = article.text().indexOf("Its figures");
    SentenceInContext first = SentenceInContext.of(article, new Span(0, second - 1));
    SentenceInContext next = SentenceInContext.of(article, new Span(second, article.text().strip().length()));
    assertThat(first.linkInSentence()).isTrue();
    assertThat(next.linkInSentence()).isFalse();
    assertThat(next.linkInParagraph()).isTrue();
    assertThat(context(first)).contains("link-in-sentence", "document-word-2/3");
    assertThat(context(next)).contains("link-in-paragraph").doesNotContain("link-in-sentence");
  }

  @Test
  void whoStandsBeforeTheSpeechVerbSetsApartNamedAndUnnamedSpeakers() {
    assertThat(context(SentenceInContext.alone("The plan will fail, Maria Ortega said on Tuesday.")))
        .contains("speech-after-capitalised", "no-link-nearby").doesNotContain("speech-after-lowercase");
    assertThat(context(SentenceInContext.alone("The plan will fail, two officials said on Tuesday.")))
        .contains("speech-after-lowercase", "source-word-2/3");
    assertThat(context(SentenceInContext.alone("\"It will fail,\" she said.")))
        .contains("speech-after-pronoun", "quote-mark");
  }

  @Test
  void withoutContextOnlyTheSentencesHashedFeaturesAreLeft() {
    SparseVector v = new AttributionFeatures(SPEC, false).featurize(SentenceInContext.alone("Two officials said so."));
    assertThat(Arrays.stream(v.indices()).allMatch(i -> i < SPEC.buckets())).isTrue();
    assertThat(v.size()).isPositive();
  }

  @Test
  void theThresholdLetsThroughAtMostTheBudgetOfLookAlikes() {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      scores.add(i / 100.0);
    }
    double t = AttributionModelExperiment.budgetThreshold(scores, 0.03);
    assertThat(scores.stream().filter(s -> s > t).count()).isEqualTo(3);
    assertThat(AttributionModelExperiment.budgetThreshold(scores, 0.0)).isEqualTo(0.99);
  }

  @Test
  void readingOnlySomeSplitsSkipsTheOthersUnparsed() throws Exception {
    Path file = dir.resolve("c.tsv");
    Files.writeString(file, "id\tsplit\tsource\tstart\tend\tlabels\tcue\ttext\n"
        + "a\tdev\tinline:own\t0\t0\tnone\t\tThe mayor opened the bridge.\n"
        + "b\ttest\tnot a row at all\n");
    List<LabelledInstance> rows = AttributionCorpus.read(file, Set.of("dev"));
    assertThat(rows).extracting(LabelledInstance::id).containsExactly("a");
  }

  @Test
  void theExperimentReadsTuningSplitsOnlyAndSkipsEveryHeldOutRowUnparsed() throws Exception {
    assertThat(AttributionModelExperiment.TUNING_SPLITS)
        .containsExactlyInAnyOrder("dev", "web", "webtest", "freshdev", "fresh3dev", "fresh4dev")
        .doesNotContain("test", "freshtest", "fresh2", "fresh3test", "fresh4test");
    Path file = dir.resolve("w.tsv");
    Files.writeString(file, "id\tsplit\tsource\tstart\tend\tlabels\tcue\ttext\n"
        + "a\tfresh3dev\tinline:own\t0\t0\tnone\t\tThe ferry left on time.\n"
        + "b\tfresh4dev\tinline:own\t0\t0\tvague\t\tSome say the ferry was late.\n"
        + "c\tfresh3test\tbroken row\n"
        + "d\tfresh4test\tbroken row\n"
        + "e\tfresh2\tbroken row\n"
        + "f\ttest\tbroken row\n"
        + "g\tfreshtest\tbroken row\n");
    List<LabelledInstance> rows = AttributionCorpus.read(file, AttributionModelExperiment.TUNING_SPLITS);
    assertThat(rows).extracting(LabelledInstance::id).containsExactly("a", "b");
  }

  private static List<String> context(SentenceInContext s) {
    SparseVector v = new AttributionFeatures(SPEC, true).featurize(s);
    List<String> on = new ArrayList<>();
    for (int i : v.indices()) {
      if (i >= SPEC.buckets()) {
        on.add(AttributionFeatures.CONTEXT.get(i - SPEC.buckets()));
      }
    }
    return on;
  }
}
