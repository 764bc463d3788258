// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.article.ArticleFormat;
import org.factdesk.errors.BadInputException;
import org.junit.jupiter.api.Test;

final class SourceLinksTest {
  private static final String URL = "https://example.org/report(2026).pdf";

  @Test
  void markdown_html_and_plain_text_each_get_a_link_their_reader_follows() {
    assertThat(SourceLinks.withLink("It rose, a report\nfound.", ArticleFormat.MARKDOWN, "a report found", 0, URL))
        .isEqualTo("It rose, [a report\nfound](https://example.org/report%282026%29.pdf).");
    assertThat(SourceLinks.withLink("<p>It rose, a report found.</p>", ArticleFormat.HTML, "a report found", 0,
        "https://example.org/?a=1&b=\"2\""))
        .isEqualTo("<p>It rose, <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">a report found</a>.</p>");
    assertThat(SourceLinks.withLink("It rose, a report found.", ArticleFormat.TEXT, "a report found", 0, URL))
        .isEqualTo("It rose, a report found (" + URL + ").");
  }

  @Test
  void of_several_occurrences_the_one_at_the_findings_place_is_linked() {
    String text = "First, a study found it. Later, a study found it again.";
    assertThat(SourceLinks.withLink(text, ArticleFormat.TEXT, "a study found", 0.6, "https://example.org/s"))
        .isEqualTo("First, a study found it. Later, a study found (https://example.org/s) it again.");
    assertThat(SourceLinks.withLink(text, ArticleFormat.TEXT, "a study found", 0.1, "https://example.org/s"))
        .isEqualTo("First, a study found (https://example.org/s) it. Later, a study found it again.");
  }

  @Test
  void words_no_longer_in_the_text_are_refused_in_words() {
    assertThatThrownBy(() -> SourceLinks.withLink("Nothing here.", ArticleFormat.TEXT, "a report", 0, URL))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no longer in the text");
  }
}
