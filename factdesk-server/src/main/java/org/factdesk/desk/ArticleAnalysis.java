// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.analysis.TimeSummary;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.Block;
import org.factdesk.article.BlockKind;
import org.factdesk.article.Span;
import org.factdesk.errors.BadInputException;
import org.factdesk.kb.Evidence;

/** INTERIM stand-in until the engine lands on main; replaced by the real wiring. */
public final class ArticleAnalysis {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]");

  public static ArticleAnalysis loadDefault() {
    return new ArticleAnalysis();
  }

  Article read(byte[] content, String name, Optional<ArticleFormat> format) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new BadInputException("The article could not be read: " + name + " has no readable article text in it.");
    }
    List<Block> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]+").matcher(text);
    while (m.find()) {
      blocks.add(new Block(blocks.isEmpty() ? BlockKind.HEADLINE : BlockKind.PARAGRAPH, new Span(m.start(), m.end())));
    }
    return new Article(name, text, format.orElse(ArticleFormat.MARKDOWN), blocks, List.of(), ArticleMetadata.none());
  }

  Report analyze(Article article, Optional<LocalDate> asOf) {
    List<Finding> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(article.text());
    while (m.find()) {
      String s = m.group();
      int lead = s.length() - s.stripLeading().length();
      Span span = new Span(m.start() + lead, m.end());
      if (s.matches(".*\\d.*") || s.contains("said")) {
        out.add(new Finding(FindingCodes.CLAIM, Severity.INFO, span, span.of(article.text()),
            "A check-worthy claim.", List.of(), Optional.of(new ClaimInfo(ClaimType.STATISTIC, 0.8))));
      }
    }
    int at = article.text().indexOf("President Joe Biden");
    if (at >= 0 && asOf.map(d -> d.isAfter(LocalDate.of(2025, 1, 20))).orElse(false)) {
      Span span = new Span(at, at + "President Joe Biden".length());
      out.add(Finding.of(FindingCodes.TIME_ROLE, Severity.ERROR, span, article.text(),
          "Joe Biden was no longer President on this date.",
          List.of(new Evidence("Joe Biden was President of the United States from 2021-01-20 to 2025-01-20", "interim"))));
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return new Report(article, TimeSummary.none(), out);
  }
}
