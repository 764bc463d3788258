// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;
import org.factdesk.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk check}: analyse files or folders and report; exit 0 clean, 1 errors found, 2 bad input. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Analyse articles (plain text, Markdown or HTML) and report what is wrong or worth checking.",
        "Exit codes: 0 no error finding, 1 at least one error finding, 2 bad usage or no input readable,",
        "3 internal error, 4 some inputs unreadable (reported and skipped; 5 = 4 with error findings)."})
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, html }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles to check; a folder is read recursively.")
  List<Path> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Check every dated statement against this date (default: the article's own published date, else infer it).")
  String date;

  @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one report per article into this folder.")
  Path out;

  @Option(names = "--ignore", split = ",", paramLabel = "CODE",
      description = "Leave findings with these codes out of reports and the exit code: a code (time.role) or a "
          + "family (attribution); repeatable or comma-separated.")
  java.util.Set<String> ignored = new java.util.TreeSet<>();

  @Option(names = "--no-claims", negatable = false, description = "Leave the list of check-worthy claims out of text reports.")
  boolean noClaims;

  @Option(names = "--archive", paramLabel = "DIR",
      description = "Match each claim against the prior fact-checks in this archive (claim.matched findings); see factdesk archive.")
  Path archive;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final Supplier<Engine> analyzer;
  private final ArticleReaders readers = new ArticleReaders();

  CheckCommand(Supplier<Engine> analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Optional<LocalDate> asOf = parseDate();
    for (String code : ignored) {
      if (!org.factdesk.analysis.FindingCodes.isKnown(code)) {
        throw new UserInputException("--ignore " + code + ": no finding has that code or family; known codes: "
            + String.join(", ", org.factdesk.analysis.FindingCodes.all()));
      }
    }
    List<Path> files = ArticleFiles.expand(inputs);
    if (files.isEmpty()) {
      throw new UserInputException("no article files (.txt, .md, .html) found in " + inputs);
    }
    if (format == Format.html && files.size() > 1 && out == null) {
      throw new UserInputException("HTML reports for several articles need --out DIR");
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    try (PriorFactChecks prior = PriorFactChecks.open(archive)) {
      return check(files, asOf, prior.addTo(analyzer.get()), stdout, stderr);
    }
  }

  private Integer check(List<Path> files, Optional<LocalDate> asOf, Engine engine, PrintWriter stdout,
      PrintWriter stderr) throws IOException {
    Progress progress = new Progress(stderr, files.size(), files.size() > 1 && System.console() != null);
    int unreadable = 0;
    int withErrors = 0;
    List<String> jsonReports = new ArrayList<>();
    long errors = 0;
    long warnings = 0;
    for (Path file : files) {
      progress.step(file.getFileName().toString());
      Article article;
      try {
        article = readers.read(file);
      } catch (RuntimeException | StackOverflowError e) {
        progress.clear();
        stderr.println("factdesk: " + file + " could not be read (" + ErrorExits.describe(e) + "); skipped");
        unreadable++;
        continue;
      } catch (UnreadableArticleException e) {
        progress.clear();
        stderr.println("factdesk: " + e.getMessage());
        unreadable++;
        continue;
      }
      Report report;
      try {
        report = engine.analyze(article, new AnalysisContext(asOf)).ignoring(ignored);
      } catch (RuntimeException | StackOverflowError e) {
        // One page the engine cannot finish must not stop a batch: report it and go on.
        progress.clear();
        stderr.println("factdesk: " + file + " could not be analysed (" + ErrorExits.describe(e) + "); skipped");
        unreadable++;
        continue;
      }
      errors += report.count(Severity.ERROR);
      warnings += report.count(Severity.WARNING);
      if (report.hasErrors()) {
        withErrors++;
      }
      String rendered = render(report);
      if (out != null) {
        Files.writeString(out.resolve(ArticleFiles.baseName(file) + "." + format.name()), rendered, StandardCharsets.UTF_8);
      } else if (format == Format.json && files.size() > 1) {
        jsonReports.add(rendered.strip());
      } else {
        progress.clear();
        stdout.print(rendered);
        stdout.flush();
      }
    }
    progress.clear();
    if (!jsonReports.isEmpty()) {
      stdout.println("[\n" + String.join(",\n", jsonReports) + "\n]");
    }
    if (files.size() > 1 || out != null) {
      stderr.printf(Locale.ROOT, "checked %d article(s): %d with errors, %d error(s), %d warning(s)%s%s%n",
          files.size() - unreadable, withErrors, errors, warnings,
          unreadable > 0 ? ", " + unreadable + " unreadable" : "", out != null ? "; reports in " + out : "");
    }
    if (unreadable == files.size()) {
      return Main.EXIT_USAGE;
    }
    return (withErrors > 0 ? 1 : 0) | (unreadable > 0 ? ArticleFiles.EXIT_SKIPPED : 0);
  }

  private String render(Report report) {
    return switch (format) {
      case json -> Reports.json(report);
      case html -> Reports.html(report);
      case text -> Reports.text(report, !noClaims);
    };
  }

  private Optional<LocalDate> parseDate() {
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new UserInputException("--date must look like 2025-03-01, not '" + date + "'");
    }
  }
}
