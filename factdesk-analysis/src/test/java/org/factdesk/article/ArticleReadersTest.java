// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {
  private final ArticleReaders readers = new ArticleReaders();

  private Article read(String content, String name) throws UnreadableArticleException {
    return readers.read(content.getBytes(StandardCharsets.UTF_8), name, Optional.empty());
  }

  private static List<BlockKind> kinds(Article a) {
    return a.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void plainTextKeepsTheTextAsGivenAndSortsItsBlocks() throws Exception {
    String text = "Big Headline Here\n\nFirst paragraph of the story.\n\nA Heading\n\n  • a bullet point here.\n"
        + "1. A Numbered Heading\n\nBig Headline Here\nSource: Wire\n\nLeave a Comment";
    Article a = read(text, "story.txt");
    assertThat(a.text()).isEqualTo(text);
    assertThat(kinds(a)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.HEADING,
        BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.BOILERPLATE, BlockKind.SOURCE_LINE, BlockKind.BOILERPLATE);
    assertThat(a.text(a.blocks().get(3).span())).isEqualTo("a bullet point here.");
    assertThat(a.text(a.blocks().get(6).span())).isEqualTo("Source: Wire");
  }

  @Test
  void wrappedPlainTextProseIsOneParagraph() throws Exception {
    Article a = read("Title\n\nThis line wraps at a fixed width as old wire copy does and\ncontinues on the next line.", "wire.txt");
    assertThat(kinds(a)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH);
  }

  @Test
  void hardWrappedCopyWithoutBlankLinesOrIndentsSplitsWhereTheNextWordWouldHaveFitted() throws Exception {
    // Wrapped at about 62 columns; paragraphs end on a short line closing a sentence (one after a footnote's number).
    String text = "Title\n\n"
        + "The harbour board met on a wet Tuesday to weigh the dredging \n"
        + "plan that the port's pilots had asked for since the spring of \n"
        + "the previous year, when two freighters ran aground.\n"
        + "Dredging costs had tripled by then, the board's figures show, \n"
        + "and the council capped its borrowing in 1988.2\n"
        + "Members will vote again once the engineers report back on the \n"
        + "silt that builds up at the mouth of the estuary each winter.\n";
    Article a = read(text, "speech.txt");
    assertThat(kinds(a)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH);
    assertThat(a.text(a.blocks().get(2).span())).startsWith("Dredging costs").endsWith("in 1988.2");
  }

  @Test
  void aWireHeaderOfShortLinesIsNotReadAsWrappedProse() throws Exception {
    String text = "-- Harbour board delays its dredging vote again\n-- \n-- Tue Mar 3, 2009 4:10pm EDT\n"
        + "-- http://www.example.com/article/2009/03/03/harbour-board-dredging-vote-delay-id123\n\nBody text.\n";
    Article a = read(text, "wire.txt");
    assertThat(a.blocks()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(a.blocks()).noneMatch(b -> a.text(b.span()).contains("\n"));
  }

  @Test
  void markdownLinksKeepTheirOffsetsInTheShownText() throws Exception {
    Article a = read("---\ndate: 2025-03-10\ntitle: T\n---\n# Head\n\nSee [the report](https://example.org/r) now.\n\n> quoted words\n", "a.md");
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 3, 10));
    assertThat(kinds(a)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.QUOTE);
    Link link = a.links().get(0);
    assertThat(a.text(link.span())).isEqualTo("the report");
    assertThat(link.href()).isEqualTo("https://example.org/r");
  }

  @Test
  void htmlGivesMetadataAndDropsPageFurniture() throws Exception {
    String html = "<html><head><title>Page</title><meta property=\"article:published_time\" content=\"2024-05-06T10:00:00Z\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"A. Writer\"}}</script></head>"
        + "<body><nav>Menu</nav><article><h1>Headline</h1><p>Text with <a href=\"https://x.org/\">a link</a>.</p>"
        + "<script>alert(1)</script><div class=\"social-share\">Share</div><ul><li>Item one</li></ul></article></body></html>";
    Article a = read(html, "page.html");
    assertThat(a.metadata().published()).contains(LocalDate.of(2024, 5, 6));
    assertThat(a.metadata().byline()).contains("A. Writer");
    assertThat(a.text()).doesNotContain("Menu", "alert", "Share");
    assertThat(kinds(a)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);
    assertThat(a.text(a.links().get(0).span())).isEqualTo("a link");
  }

  @Test
  void aFileWithoutATitleLineKeepsItsLeadAsBodyText() throws Exception {
    Article text = read("The council approved the plan on Monday.\n\nIt passed by six votes to three.", "lead.txt");
    assertThat(kinds(text)).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(text.body().text()).startsWith("The council approved the plan on Monday.");
    Article markdown = read("The council approved the plan on Monday.\n\nIt passed by six votes to three.\n", "lead.md");
    assertThat(kinds(markdown)).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    Article titled = read("Council Approves Harbour Plan\n\nThe council approved the plan on Monday.", "titled.txt");
    assertThat(kinds(titled)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH);
    assertThat(titled.body().text()).isEqualTo("The council approved the plan on Monday.");
    Article question = read("Will the harbour plan survive?\n\nThe council approved the plan on Monday.", "q.txt");
    assertThat(kinds(question)).startsWith(BlockKind.HEADLINE);
  }

  @Test
  void plainTextTakesItsDateFromADatelineAndSaysSo() throws Exception {
    Article a = read("Senate passes budget\n\nWASHINGTON, May 12, 2025 (Reuters) - The Senate passed the budget.", "wire.txt");
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 5, 12));
    assertThat(a.metadata().source("published")).contains("dateline in the text");
  }

  @Test
  void windows1252IsDetectedWhenTheBytesAreNotUtf8() throws Exception {
    byte[] bytes = "Headline\n\nThe minister’s café reopened.".getBytes(Charset.forName("windows-1252"));
    Article a = readers.read(bytes, "old.txt", Optional.empty());
    assertThat(a.text()).contains("minister’s café");
  }

  @Test
  void emptyAndBinaryInputAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> readers.read(new byte[0], "empty.txt", Optional.empty()))
        .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("empty.txt is empty");
    assertThatThrownBy(() -> readers.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, "photo.txt", Optional.empty()))
        .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary");
    assertThatThrownBy(() -> read("   \n\n  ", "blank.txt"))
        .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("no text");
  }
}
