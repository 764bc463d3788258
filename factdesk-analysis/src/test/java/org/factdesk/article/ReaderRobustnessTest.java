// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Random and hostile input through every reader: an article or a clear refusal, never a crash. */
class ReaderRobustnessTest {
  private final ArticleReaders readers = new ArticleReaders();

  private void readsOrRefuses(byte[] bytes, String name, Optional<ArticleFormat> format) {
    try {
      Article a = readers.read(bytes, name, format);
      for (Block b : a.blocks()) {
        assertThat(b.span().end()).isLessThanOrEqualTo(a.text().length());
      }
      for (Link l : a.links()) {
        assertThat(l.span().end()).isLessThanOrEqualTo(a.text().length());
      }
    } catch (UnreadableArticleException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
    }
  }

  @Property(tries = 300)
  void randomBytesNeverThrowPastTheReader(@ForAll @Size(max = 2000) byte[] bytes) {
    for (ArticleFormat f : ArticleFormat.values()) {
      readsOrRefuses(bytes, "random", Optional.of(f));
    }
  }

  @Property(tries = 300)
  void randomTextNeverThrowsPastTheReader(@ForAll @StringLength(max = 3000) String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (ArticleFormat f : ArticleFormat.values()) {
      readsOrRefuses(bytes, "random", Optional.of(f));
    }
  }

  @Test
  void deeplyNestedMarkdownQuotesAreRefusedWithAMessageNotAStackOverflow() {
    byte[] quotes = ("> ".repeat(20_000) + "deep\n").getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> readers.read(quotes, "deep.md", Optional.empty()))
        .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("levels deep");
    byte[] lists = ("- ".repeat(20_000) + "deep\n").getBytes(StandardCharsets.UTF_8);
    readsOrRefuses(lists, "lists.md", Optional.of(ArticleFormat.MARKDOWN));
    byte[] html = ("<blockquote>".repeat(50_000) + "deep text." + "</blockquote>".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
    readsOrRefuses(html, "deep.html", Optional.of(ArticleFormat.HTML));
  }

  @Test
  void hostileDocumentsAreReadOrRefused() {
    String deep = "<div>".repeat(20000) + "deep text." + "</div>".repeat(20000);
    String scripts = "<html><body><script>" + "x".repeat(10000) + "</script><style>p{}</style><p>Real text.</p></body></html>";
    String rtl = "عنوان الخبر\n\nهذا نص باللغة العربية مع 2025 وأسماء. 🎉🔥 emoji and Привет мир.";
    String brokenMarkdown = "# [[[\n\n" + "*".repeat(5000) + "\n\n[unclosed](http://x\n\n```\ncode";
    StringBuilder big = new StringBuilder();
    Random random = new Random(7);
    while (big.length() < 10 * 1024 * 1024) {
      big.append("Sentence number ").append(random.nextInt()).append(" goes here. ");
      if (random.nextInt(20) == 0) {
        big.append("\n\n");
      }
    }
    for (String doc : new String[] {deep, scripts, rtl, brokenMarkdown, big.toString(), "\uFEFF\uFEFF", "\u0000\u0001"}) {
      for (ArticleFormat f : ArticleFormat.values()) {
        readsOrRefuses(doc.getBytes(StandardCharsets.UTF_8), "hostile", Optional.of(f));
      }
      readsOrRefuses(doc.getBytes(StandardCharsets.UTF_8), "hostile", Optional.empty());
    }
    byte[] invalidUtf8 = {'H', 'i', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xE2, (byte) 0x82, '\n', 'x'};
    readsOrRefuses(invalidUtf8, "broken.txt", Optional.empty());
  }
}
