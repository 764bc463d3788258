// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a news page as a reader would: the article's prose only, metadata with its origin. */
class HtmlExtractionTest {
  private final ArticleReaders readers = new ArticleReaders();

  private Article page() throws Exception {
    return readers.read(Path.of("src/test/resources/article/news-page.html"));
  }

  @Test
  void theBodyIsTheArticlesProseAndNothingAroundIt() throws Exception {
    ArticleBody body = page().body();
    assertThat(body.text()).startsWith("The town council approved the harbour redevelopment plan")
        .endsWith("at least two residents' groups said they would.")
        .contains("\n\nWhat happens next\n\n", "This is the biggest change to the harbour",
            "night deliveries limited to two lorries an hour;")
        .doesNotContain("Harbour plan approved", "By Ann Lee", "Share", "Tweet", "newsletter", "cookies",
            "Most Popular", "Storm lifts roof", "School roof", "senior reporter", "@annlee", "All rights reserved");
    assertThat(body.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH);
  }

  @Test
  void theHeadlineOpensTheAnalysedTextButIsNotBody() throws Exception {
    Article a = page();
    assertThat(a.headline()).map(b -> a.text(b.span())).contains("Harbour plan approved after long night");
    assertThat(a.text()).startsWith("Harbour plan approved after long night\n\nThe town council");
  }

  @Test
  void whatWasLeftOutIsCountedByReason() throws Exception {
    assertThat(page().dropped()).containsKeys("author bio", "furniture named by class or id",
        "navigation, header and footer", "outside the main content");
  }

  @Test
  void metadataNamesWhereEachValueCameFrom() throws Exception {
    ArticleMetadata m = page().metadata();
    assertThat(m.title()).contains("Harbour plan approved after long night");
    assertThat(m.byline()).contains("Ann Lee, Ben Ortiz");
    assertThat(m.published()).contains(LocalDate.of(2025, 5, 12));
    assertThat(m.section()).contains("Local");
    assertThat(m.source("published")).contains("json-ld datePublished");
    assertThat(m.source("byline")).contains("json-ld author");
  }

  @Test
  void withoutMetadataTheDateComesFromTheBylineInThePage() throws Exception {
    String html = Files.readString(Path.of("src/test/resources/article/news-page.html"))
        .replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "page.html", Optional.empty());
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 5, 12));
    assertThat(a.metadata().source("published")).contains("byline in the text");
  }

  @Test
  void linkListsAndRepeatedBlocksAreNotProse() throws Exception {
    String html = "<html><body><div class=\"story\"><h1>Title here</h1>"
        + "<p>" + "A long paragraph of the story that carries the news and goes on for a while. ".repeat(4) + "</p>"
        + "<p>Read more: <a href=\"/1\">Another story about something else entirely</a></p>"
        + "<p>" + "A second paragraph of the story, also long enough to be prose on its own. ".repeat(4) + "</p>"
        + "<p>Advertisement</p><p>Advertisement</p></div></body></html>";
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "p.html", Optional.empty());
    assertThat(a.body().text()).doesNotContain("Another story", "Advertisement").contains("second paragraph");
  }

  @Test
  void aPageInTheCharsetItDeclaresIsReadInIt() throws Exception {
    String html = "<html><head><meta charset=\"koi8-r\"><title>Новости</title></head><body><article><h1>Новости дня</h1>"
        + "<p>Городской совет одобрил план реконструкции гавани после долгого заседания.</p></article></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("KOI8-R"));
    Article a = readers.read(bytes, "ru.html", Optional.empty());
    assertThat(a.body().text()).isEqualTo("Городской совет одобрил план реконструкции гавани после долгого заседания.");
    byte[] latin = "<html><body><article><p>Caf\u00e9 owners met the mayor on Tuesday to talk about the plan.</p></article></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Article served = readers.read(latin, "page.html", Optional.empty(), Optional.of("text/html; charset=ISO-8859-1"),
        Optional.of("https://example.org/news/1"));
    assertThat(served.body().text()).startsWith("Café owners");
    assertThat(served.metadata().url()).contains("https://example.org/news/1");
  }

  @Test
  void whenClassHintsRemoveTheArticleThePageIsReadAgainWithoutThem() throws Exception {
    String html = "<html><body><div class=\"comments-layout\"><p>"
        + "The article text sits in a container whose class name looks like furniture, which some sites do. ".repeat(5)
        + "</p></div></body></html>";
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "odd.html", Optional.empty());
    assertThat(a.body().text()).startsWith("The article text sits in a container");
  }

  private static final String PROSE = "The harbour board met on Tuesday and agreed the new berth charges after a long debate. ";

  @Test
  void linksInTheArticleKeepThePagesAddress() throws Exception {
    String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"story-body\">"
        + "<p>" + PROSE.repeat(3) + "See <a href=\"../reports/berths.pdf\">the board's report</a> for the figures.</p>"
        + "<p>" + PROSE.repeat(3) + "</p></div><aside><p>Most read: other stories</p></aside></body></html>";
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "page.html", Optional.empty(), Optional.empty(),
        Optional.of("https://example.org/news/2025/harbour.html"));
    assertThat(a.body().text()).startsWith("The harbour board met").doesNotContain("Home", "Most read");
    Link link = a.links().get(0);
    assertThat(a.text(link.span())).isEqualTo("the board's report");
    assertThat(link.href()).isEqualTo("https://example.org/news/reports/berths.pdf");
  }

  @Test
  void aListOfTitlesTheArticleNamesIsKeptEvenWhenLinked() throws Exception {
    String html = "<html><body><article><h1>Five games to play this winter</h1><p>" + PROSE.repeat(4) + "</p>"
        + "<p>These are the ones worth the price, in the order we liked them:</p><ul>"
        + "<li><a href=\"/g/1\">Harbour Lights</a> ($30)</li><li><a href=\"/g/2\">North Quay</a> ($20)</li>"
        + "<li><a href=\"/g/3\">Breakwater</a> ($20)</li></ul><p>" + PROSE.repeat(3) + "</p></article></body></html>";
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "games.html", Optional.empty());
    assertThat(a.body().text()).contains("Harbour Lights ($30)", "North Quay ($20)", "Breakwater ($20)");
  }

  @Test
  void aPageTooDeepForReadabilityIsReadByOurFinder() throws Exception {
    String html = "<html><body>" + "<div>".repeat(400) + "<p>" + PROSE.repeat(4) + "</p>" + "</div>".repeat(400)
        + "</body></html>";
    Article a = readers.read(html.getBytes(StandardCharsets.UTF_8), "deep.html", Optional.empty());
    assertThat(a.body().text()).startsWith("The harbour board met");
  }
}
