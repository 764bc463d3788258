// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdesk eval quiz} as a test: the repository's 240-term quiz against the bundled
 * knowledge base, held to the {@code ci-floor quiz} line of docs/benchmarks.md.
 */
class OfficeTermsQuizIT {
  private static final Path QUIZ = Path.of("..", "examples", "quiz", "office-terms.csv");

  @Test
  void theQuizHasTwoHundredTermsEachWithAPublicSource() throws Exception {
    List<OfficeTermsQuiz.Question> questions = OfficeTermsQuiz.read(QUIZ);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(200)
        .allSatisfy(q -> assertThat(q.source()).startsWith("https://"))
        .allSatisfy(q -> assertThat(q.outOfTermDate()).isNotEqualTo(q.inTermDate()));
  }

  @Test
  void aRowWithoutASourceIsRefused(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "title,person,start,end,source\nPresident,Ann Example,2001-01-20,2009-01-20,\n");
    assertThatThrownBy(() -> OfficeTermsQuiz.read(bad)).isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void theBundledKnowledgeBaseKeepsItsRecordedQuizFigures() throws Exception {
    OfficeTermsQuiz quiz = new OfficeTermsQuiz(Engine.loadDefault());
    OfficeTermsQuiz.Totals totals = OfficeTermsQuiz.Totals.of(OfficeTermsQuiz.read(QUIZ).stream().map(quiz::ask).toList());
    Matcher floor = Pattern.compile("ci-floor quiz caught-min ([0-9.]+) false-errors-max ([0-9]+) confirmed-min ([0-9.]+)")
        .matcher(Files.readString(Path.of("..", "docs", "benchmarks.md")));
    assertThat(floor.find()).as("docs/benchmarks.md records a ci-floor quiz line").isTrue();
    assertThat((double) totals.caught() / totals.questions()).as(totals.headline())
        .isGreaterThanOrEqualTo(Double.parseDouble(floor.group(1)));
    assertThat(totals.falseErrors()).as(totals.headline()).isLessThanOrEqualTo(Integer.parseInt(floor.group(2)));
    assertThat((double) totals.confirmed() / totals.questions()).as(totals.headline())
        .isGreaterThanOrEqualTo(Double.parseDouble(floor.group(3)));
  }
}
