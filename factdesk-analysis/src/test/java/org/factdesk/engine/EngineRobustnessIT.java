// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.junit.jupiter.api.Test;

/** Random and hostile text through the whole engine: a report whose spans fit, never an exception. */
class EngineRobustnessIT {
  private static final String[] WORDS = {"President", "Vice", "former", "then-", "Senator", "Sen.", "Joe", "Biden",
      "Trump", "Vance", "JD", "J.D.", "Secretary", "of", "State", "the", "2008", "2014", "1990s", "invasion",
      "Georgia", "annexation", "Crimea", "experts", "warn", "visit", "Source:", "if", "re-elected", "frontrunner",
      "for", "2024", "Munich", "Security", "Conference", "Riyadh", "talks", "Russian", ",", ".", "“", "”", "’s",
      "—", "\n", "\n\n", "•", "1.", "🎉", "عنوان", "Привет", "<b>", "</b>", "[link](http://x)", "fact-checked",
      "has", "been", "carefully", "by", "our", "editorial", "team", "last", "year", "February", "14,", "2025"};

  private static void analysesCleanly(String text, ArticleFormat format, Optional<LocalDate> date) {
    Article article;
    try {
      article = new ArticleReaders().read(text.getBytes(StandardCharsets.UTF_8), "random", Optional.of(format));
    } catch (UnreadableArticleException e) {
      return;
    }
    Report report = SharedAnalyzer.get().analyze(article, new AnalysisContext(date));
    for (Finding f : report.findings()) {
      assertThat(f.span().end()).isLessThanOrEqualTo(article.text().length());
      assertThat(f.span().of(article.text())).isEqualTo(f.quote());
      assertThat(f.message()).isNotBlank();
    }
  }

  @Test
  void randomNewsLikeTextNeverBreaksTheEngine() {
    Random random = new Random(20261124);
    for (int round = 0; round < 150; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(120);
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      ArticleFormat format = ArticleFormat.values()[round % 3];
      Optional<LocalDate> date = round % 2 == 0 ? Optional.empty()
          : Optional.of(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      analysesCleanly(sb.toString(), format, date);
    }
  }

  @Test
  void randomCharactersNeverBreakTheEngine() {
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(800);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(random.nextInt(10) == 0 ? 0x1F300 + random.nextInt(200) : 0x20 + random.nextInt(0x2FF));
      }
      analysesCleanly(sb.toString(), ArticleFormat.values()[round % 3], Optional.empty());
    }
  }
}
