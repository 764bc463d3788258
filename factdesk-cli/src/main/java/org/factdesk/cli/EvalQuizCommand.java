// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.engine.Engine;
import org.factdesk.eval.quiz.OfficeTermsQuiz;
import org.factdesk.eval.quiz.OfficeTermsQuiz.Answer;
import org.factdesk.eval.quiz.OfficeTermsQuiz.Question;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval quiz FILE}: office titles checked inside and two years outside known terms. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
    description = {"The office-terms quiz (CSV: title,person,start,end,source; see examples/quiz/office-terms.csv):",
        "each title is analysed in a one-sentence article dated inside its term and two years outside it.",
        "Last line: quiz: out-of-term caught C of N in-term false-errors F in-term confirmed K of N"})
final class EvalQuizCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the quiz CSV")
  Path file;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "print up to N misses: out-of-term titles not caught, false errors, in-term titles not confirmed")
  int errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    if (errors < 0) {
      throw new UserInputException("--errors must be 0 or more");
    }
    List<Question> questions;
    questions = OfficeTermsQuiz.read(file);
    if (questions.isEmpty()) {
      throw new UserInputException(file + ": no questions");
    }
    OfficeTermsQuiz quiz = new OfficeTermsQuiz(Engine.loadDefault());
    ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
    List<Answer> answers = new ArrayList<>();
    for (Question q : questions) {
      answers.add(quiz.ask(q));
      progress.update("asking", answers.size(), questions.size());
    }
    int printed = 0;
    for (Answer a : answers) {
      Question q = a.question();
      List<String> misses = new ArrayList<>();
      if (!a.outOfTermCaught()) {
        misses.add("not caught on " + q.outOfTermDate());
      }
      if (a.inTermFalseError()) {
        misses.add("false error on " + q.inTermDate());
      }
      if (!a.inTermConfirmed()) {
        misses.add("not confirmed on " + q.inTermDate());
      }
      if (!misses.isEmpty() && printed++ < errors) {
        out.println("  line " + q.line() + " " + q.title() + " " + q.person() + ": " + String.join(", ", misses));
      }
    }
    out.println(OfficeTermsQuiz.Totals.of(answers).headline());
    return 0;
  }
}
