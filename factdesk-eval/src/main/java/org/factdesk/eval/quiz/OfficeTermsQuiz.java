// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.quiz;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Report;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatasetFormatException;

/**
 * The office-terms quiz: each row is a title as newsrooms write it, a holder, the term's days
 * and a public source ({@code title,person,start,end,source}; an empty end is a term still
 * running). Each term is asked twice, in a one-sentence article ("German Chancellor Angela
 * Merkel said on Tuesday …"): dated inside the term (the middle of a closed term, half a year
 * after the start of an open one), where a {@code time.role} error is a false error and a
 * {@code kb.confirmed} note a confirmation; and dated two years outside it (after the end, or
 * before the start when the term is open or recent), where a {@code time.role} error is a catch.
 */
public final class OfficeTermsQuiz {
  /** Out-of-term dates later than this are moved before the start instead (the knowledge base cannot know them). */
  static final LocalDate LATEST_QUESTION = LocalDate.of(2025, 6, 30);

  /** One quiz row. */
  public record Question(int line, String title, String person, LocalDate start, Optional<LocalDate> end,
      String source) {
    public LocalDate inTermDate() {
      return end.map(e -> start.plusDays(ChronoUnit.DAYS.between(start, e) / 2)).orElse(start.plusDays(180));
    }

    public LocalDate outOfTermDate() {
      return end.map(e -> e.plusYears(2)).filter(d -> !d.isAfter(LATEST_QUESTION)).orElse(start.minusYears(2));
    }

    public String sentence() {
      return title + " " + person + " said on Tuesday that the talks would continue next week.";
    }
  }

  /** What the analysis said about one question. */
  public record Answer(Question question, boolean outOfTermCaught, boolean inTermFalseError, boolean inTermConfirmed) {}

  /** Totals; {@link #headline()} is the command's last line. */
  public record Totals(int questions, int caught, int falseErrors, int confirmed) {
    public String headline() {
      return String.format(Locale.ROOT, "quiz: out-of-term caught %d of %d in-term false-errors %d in-term confirmed %d of %d",
          caught, questions, falseErrors, confirmed, questions);
    }

    public static Totals of(List<Answer> answers) {
      return new Totals(answers.size(), (int) answers.stream().filter(Answer::outOfTermCaught).count(),
          (int) answers.stream().filter(Answer::inTermFalseError).count(),
          (int) answers.stream().filter(Answer::inTermConfirmed).count());
    }
  }

  private final Engine analyzer;
  private final ArticleReaders readers = new ArticleReaders();

  public OfficeTermsQuiz(Engine analyzer) {
    this.analyzer = analyzer;
  }

  /** Reads a quiz file; every row needs a title, a person, a start day and a source. */
  public static List<Question> read(Path file) throws IOException {
    List<Question> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (String column : List.of("title", "person", "start", "end", "source")) {
        if (!csv.getHeaderMap().containsKey(column)) {
          throw new DatasetFormatException(file + ": missing column " + column + "; expected title,person,start,end,source");
        }
      }
      for (CSVRecord row : csv) {
        int line = (int) row.getRecordNumber() + 1;
        try {
          LocalDate start = LocalDate.parse(row.get("start").strip());
          Optional<LocalDate> end = row.get("end").isBlank() ? Optional.empty()
              : Optional.of(LocalDate.parse(row.get("end").strip()));
          if (row.get("title").isBlank() || row.get("person").isBlank() || !row.get("source").startsWith("http")) {
            throw new DatasetFormatException(file + " line " + line + ": needs a title, a person and a source URL");
          }
          out.add(new Question(line, row.get("title").strip(), row.get("person").strip(), start, end,
              row.get("source").strip()));
        } catch (DateTimeParseException e) {
          throw new DatasetFormatException(file + " line " + line + ": dates must be YYYY-MM-DD (" + e.getParsedString() + ")");
        }
      }
    }
    return out;
  }

  public Answer ask(Question q) {
    Report inTerm = analyse(q.sentence(), q.inTermDate());
    Report outOfTerm = analyse(q.sentence(), q.outOfTermDate());
    return new Answer(q, !outOfTerm.withCode(FindingCodes.TIME_ROLE).isEmpty(),
        !inTerm.withCode(FindingCodes.TIME_ROLE).isEmpty(), !inTerm.withCode(FindingCodes.KB_CONFIRMED).isEmpty());
  }

  private Report analyse(String text, LocalDate date) {
    Article article;
    try {
      article = readers.read(text.getBytes(StandardCharsets.UTF_8), "quiz.txt", Optional.of(ArticleFormat.TEXT));
    } catch (UnreadableArticleException e) {
      throw new IllegalStateException("a quiz sentence could not be read: " + text, e);
    }
    PreparedArticle prepared = analyzer.prepare(article, Optional.of(date));
    return analyzer.analyze(prepared, new AnalysisContext(Optional.of(date)));
  }
}
