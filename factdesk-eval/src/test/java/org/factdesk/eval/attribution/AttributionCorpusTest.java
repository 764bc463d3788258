// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReaders;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.junit.jupiter.api.Assumptions;
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
  void theFreshSplitPointsOnlyAtItsOwnPagesAndItsRowsDoNotOverlap() throws Exception {
    List<LabelledInstance> fresh = AttributionCorpus.read(FRESH);
    Set<String> pages = freshPageIds();
    assertThat(fresh).hasSizeGreaterThanOrEqualTo(200).allSatisfy(f -> {
      assertThat(f.split()).isIn("freshdev", "freshtest");
      assertThat(f.id()).matches("f[1-9][0-9]*");
      assertThat(f.cue()).matches("fresh@[0-9a-f]{10}");
      assertThat(f.source()).startsWith(AttributionEvaluation.WEB);
      assertThat(pages).as("pages.json lists the page of " + f.id()).contains(f.source().substring(AttributionEvaluation.WEB.length()));
      assertThat(fresh).noneMatch(o -> o != f && o.source().equals(f.source()) && o.start() < f.end() && f.start() < o.end());
      // Split by page: a page's rows are all dev or all test, so no test page was read while tuning.
      assertThat(fresh).noneMatch(o -> o.source().equals(f.source()) && !o.split().equals(f.split()));
    });
    for (AttributionLabel label : AttributionLabel.values()) {
      assertThat(fresh.stream().filter(i -> i.has(label)).count()).as(label.name()).isGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void everyFreshRowIsTheSentenceItsHashNamesInThePageAsTheReaderGivesIt() throws Exception {
    checkHashesAgainstPages(FRESH, FRESH_PAGES, "benchmarks/attribution-pages/prepare.sh");
  }

  @Test
  void theSecondFreshSplitIsHeldOutWholeAndPointsOnlyAtItsOwnPages() throws Exception {
    List<LabelledInstance> fresh2 = AttributionCorpus.read(FRESH2);
    Set<String> pages = pageIds(Path.of("../benchmarks/attribution-pages2/pages.json"));
    Set<String> firstPages = freshPageIds();
    assertThat(fresh2).hasSizeGreaterThanOrEqualTo(300).allSatisfy(f -> {
      // One split, score-only: no dev half, so none of its misses is ever read.
      assertThat(f.split()).isEqualTo("fresh2");
      assertThat(f.id()).matches("s[1-9][0-9]*");
      assertThat(f.cue()).matches("fresh2@[0-9a-f]{10}");
      assertThat(f.source()).startsWith(AttributionEvaluation.WEB + "trafilatura-");
      String page = f.source().substring(AttributionEvaluation.WEB.length());
      assertThat(pages).as("pages2/pages.json lists the page of " + f.id()).contains(page);
      assertThat(firstPages).as("the first fresh set holds no page of " + f.id()).doesNotContain(page);
      assertThat(fresh2).noneMatch(o -> o != f && o.source().equals(f.source()) && o.start() < f.end() && f.start() < o.end());
    });
    for (AttributionLabel label : AttributionLabel.values()) {
      assertThat(fresh2.stream().filter(i -> i.has(label)).count()).as(label.name()).isGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void everySecondFreshRowIsTheSentenceItsHashNamesInThePageAsTheReaderGivesIt() throws Exception {
    checkHashesAgainstPages(FRESH2, FRESH2_PAGES, "benchmarks/attribution-pages2/prepare.sh");
  }

  @Test
  void theThirdFreshSetIsSplitByPageHashAndSharesNoPageWithTheEarlierFreshSets() throws Exception {
    List<LabelledInstance> fresh3 = AttributionCorpus.read(FRESH3);
    Set<String> pages = pageIds(Path.of("../benchmarks/attribution-pages3/pages.json"));
    Set<String> earlier = new HashSet<>(freshPageIds());
    earlier.addAll(pageIds(Path.of("../benchmarks/attribution-pages2/pages.json")));
    checkPageSplitSet(fresh3, "h", "fresh3", "aeb-", pages, earlier, 10);
  }

  @Test
  void everyThirdFreshRowIsTheSentenceItsHashNamesInThePageAsTheReaderGivesIt() throws Exception {
    checkHashesAgainstPages(FRESH3, FRESH3_PAGES, "benchmarks/attribution-pages3/prepare.sh");
  }

  @Test
  void theFourthFreshSetIsSplitByPageHashAndSharesNoPageWithTheEarlierFreshSets() throws Exception {
    List<LabelledInstance> fresh4 = AttributionCorpus.read(FRESH4);
    Set<String> pages = pageIds(Path.of("../benchmarks/attribution-pages4/pages.json"));
    Set<String> earlier = new HashSet<>(freshPageIds());
    earlier.addAll(pageIds(Path.of("../benchmarks/attribution-pages2/pages.json")));
    earlier.addAll(pageIds(Path.of("../benchmarks/attribution-pages3/pages.json")));
    // The pages are different files, so ids could not collide anyway; the addresses are compared too.
    Set<String> earlierUrls = pageUrls(Path.of("../benchmarks/attribution-pages3/pages.json"));
    assertThat(pageUrls(Path.of("../benchmarks/attribution-pages4/pages.json"))).doesNotContainAnyElementsOf(earlierUrls);
    // The pages held fewer unnamed cases than the third set's; none was forced, so the floor is one of each per half.
    checkPageSplitSet(fresh4, "k", "fresh4", "wce-", pages, earlier, 1);
  }

  @Test
  void everyFourthFreshRowIsTheSentenceItsHashNamesInThePageAsTheReaderGivesIt() throws Exception {
    checkHashesAgainstPages(FRESH4, FRESH4_PAGES, "benchmarks/attribution-pages4/prepare.sh");
  }

  @Test
  void theFifthFreshSetIsSplitByPageHashAndSharesNoPageWithTheEarlierFreshSets() throws Exception {
    List<LabelledInstance> fresh5 = AttributionCorpus.read(FRESH5);
    Set<String> pages = pageIds(Path.of("../benchmarks/attribution-pages5/pages.json"));
    Set<String> earlier = new HashSet<>(freshPageIds());
    for (String set : List.of("2", "3", "4")) {
      earlier.addAll(pageIds(Path.of("../benchmarks/attribution-pages" + set + "/pages.json")));
    }
    // htmldate's evaluation pages overlap trafilatura's (the second set), so files, hashes and addresses are all compared.
    Set<String> earlierUrls = new HashSet<>();
    Set<String> earlierFiles = new HashSet<>();
    Set<String> earlierHashes = new HashSet<>();
    for (String set : List.of("", "2", "3", "4")) {
      Path json = Path.of("../benchmarks/attribution-pages" + set + "/pages.json");
      earlierUrls.addAll(pageUrls(json));
      earlierFiles.addAll(pageFiles(json));
      earlierHashes.addAll(pageHashes(json));
    }
    Path json = Path.of("../benchmarks/attribution-pages5/pages.json");
    assertThat(pageUrls(json)).doesNotContainAnyElementsOf(earlierUrls);
    assertThat(pageFiles(json)).doesNotContainAnyElementsOf(earlierFiles);
    assertThat(pageHashes(json)).doesNotContainAnyElementsOf(earlierHashes);
    // Few unnamed cases per page, as in the fourth set; none was forced, so the floor is one of each per half.
    checkPageSplitSet(fresh5, "q", "fresh5", "hd-", pages, earlier, 1);
  }

  @Test
  void everyFifthFreshRowIsTheSentenceItsHashNamesInThePageAsTheReaderGivesIt() throws Exception {
    checkHashesAgainstPages(FRESH5, FRESH5_PAGES, "benchmarks/attribution-pages5/prepare.sh");
  }

  /**
   * A fresh set split by page: ids, cue hashes and page prefixes of its own; every page listed in its pages.json and in
   * no earlier set; the half a page's (SHA-1 of its id, first hex digit 0-7 held out); no page in both halves, no two
   * rows on the same words; at least {@code floor} rows of each label in each half.
   */
  private static void checkPageSplitSet(List<LabelledInstance> rows, String idLetter, String name, String pagePrefix,
      Set<String> pages, Set<String> earlier, int floor) {
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300).allSatisfy(f -> {
      assertThat(f.id()).matches(idLetter + "[1-9][0-9]*");
      assertThat(f.cue()).matches(name + "@[0-9a-f]{10}");
      assertThat(f.source()).startsWith(AttributionEvaluation.WEB + pagePrefix);
      String page = f.source().substring(AttributionEvaluation.WEB.length());
      assertThat(pages).as("pages.json lists the page of " + f.id()).contains(page);
      assertThat(earlier).as("no earlier fresh set holds the page of " + f.id()).doesNotContain(page);
      assertThat(f.split()).as(f.id()).isEqualTo("01234567".indexOf(SentenceFinder.sha1(page).charAt(0)) >= 0 ? name + "test" : name + "dev");
      assertThat(rows).noneMatch(o -> o.source().equals(f.source()) && !o.split().equals(f.split()));
      assertThat(rows).noneMatch(o -> o != f && o.source().equals(f.source()) && o.start() < f.end() && f.start() < o.end());
    });
    for (String half : List.of(name + "dev", name + "test")) {
      for (AttributionLabel label : AttributionLabel.values()) {
        assertThat(rows.stream().filter(i -> i.split().equals(half) && i.has(label)).count()).as(half + " " + label.name())
            .isGreaterThanOrEqualTo(floor);
      }
    }
  }

  private static void checkHashesAgainstPages(Path corpus, Path dir, String prepare) throws Exception {
    if (!Files.isDirectory(dir)) {
      String message = "the pages of " + corpus + " are absent: " + dir.toAbsolutePath().normalize()
          + " (build them with " + prepare + ")";
      // Not ../shared: the pages are third-party work kept out of git, and CI's machine cannot reach
      // GitHub to fetch them, so this check skips there too; it runs wherever the pages are built.
      Assumptions.abort(message + "; skipping");
    }
    ArticleReaders readers = new ArticleReaders();
    Map<String, List<LabelledInstance>> bySource = AttributionCorpus.read(corpus).stream()
        .collect(Collectors.groupingBy(LabelledInstance::source));
    for (Map.Entry<String, List<LabelledInstance>> e : bySource.entrySet()) {
      Article article = readers.read(dir.resolve(e.getKey().substring(AttributionEvaluation.WEB.length()) + ".html"));
      // The offsets are in the text `factdesk read` prints (the body, headline left out); the eval
      // reads the whole article and finds each sentence again by its hash.
      String body = article.body().text();
      for (LabelledInstance row : e.getValue()) {
        assertThat(row.end()).as(row.id()).isLessThanOrEqualTo(body.length());
        String hash = row.cue().substring(row.cue().indexOf('@') + 1);
        assertThat(SentenceFinder.sha1(body.substring(row.start(), row.end()))).as(row.id() + " at its offsets").startsWith(hash);
        assertThat(SentenceFinder.find(row, article.text())).as(row.id() + " as the eval finds it").isPresent();
      }
    }
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
    assertThatThrownBy(() -> AttributionCorpus.read(bad)).hasMessageContaining("split must be dev, test, web, webtest, freshdev, freshtest, fresh2, fresh3dev, fresh3test, fresh4dev, fresh4test, fresh5dev or fresh5test");
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

  private static final Path FRESH = Path.of("corpus/attribution-fresh.tsv");
  private static final Path FRESH_PAGES = Path.of("../benchmarks/attribution-pages/data/pages");
  private static final Path FRESH2 = Path.of("corpus/attribution-fresh2.tsv");
  private static final Path FRESH2_PAGES = Path.of("../benchmarks/attribution-pages2/data/pages");
  private static final Path FRESH3 = Path.of("corpus/attribution-fresh3.tsv");
  private static final Path FRESH3_PAGES = Path.of("../benchmarks/attribution-pages3/data/pages");
  private static final Path FRESH4 = Path.of("corpus/attribution-fresh4.tsv");
  private static final Path FRESH4_PAGES = Path.of("../benchmarks/attribution-pages4/data/pages");
  private static final Path FRESH5 = Path.of("corpus/attribution-fresh5.tsv");
  private static final Path FRESH5_PAGES = Path.of("../benchmarks/attribution-pages5/data/pages");

  private static Set<String> freshPageIds() throws Exception {
    return pageIds(Path.of("../benchmarks/attribution-pages/pages.json"));
  }

  private static Set<String> pageIds(Path pagesJson) throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode page : new ObjectMapper().readTree(pagesJson.toFile()).get("pages")) {
      assertThat(page.get("sha256").asText()).matches("[0-9a-f]{64}");
      ids.add(page.get("id").asText());
    }
    return ids;
  }

  private static Set<String> pageUrls(Path pagesJson) throws Exception {
    Set<String> urls = new HashSet<>();
    for (JsonNode page : new ObjectMapper().readTree(pagesJson.toFile()).get("pages")) {
      // The first set's pages.json keeps no addresses, and some of the second set's are blank.
      String url = page.path("url").asText("");
      if (!url.isBlank()) {
        urls.add(url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""));
      }
    }
    return urls;
  }

  /** The file names the pages were taken from, without folders and extensions (htmldate's and trafilatura's agree). */
  private static Set<String> pageFiles(Path pagesJson) throws Exception {
    Set<String> files = new HashSet<>();
    for (JsonNode page : new ObjectMapper().readTree(pagesJson.toFile()).get("pages")) {
      files.add(page.get("path").asText().replaceFirst("^.*/", "").replaceFirst("\\.html(\\.gz)?$", ""));
    }
    return files;
  }

  private static Set<String> pageHashes(Path pagesJson) throws Exception {
    Set<String> hashes = new HashSet<>();
    for (JsonNode page : new ObjectMapper().readTree(pagesJson.toFile()).get("pages")) {
      hashes.add(page.get("sha256").asText());
    }
    return hashes;
  }

  private static LabelledInstance row(String id, Set<AttributionLabel> labels) {
    return new LabelledInstance(id, "dev", "eval/x", 0, 1, labels, "cue", Optional.empty());
  }
}
