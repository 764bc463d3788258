// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.probes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.article.UnreadableArticleException;
import org.factdesk.engine.Engine;

/**
 * Runs each probe through the engine at its date and scores it. Only the time and knowledge-base
 * checks count: an error is a {@code time.*} or {@code kb.*} finding of error severity. A clean
 * probe passes when it raises none; every such error that no expectation asked for is a false
 * error; an expectation is caught when an error with its code quotes its words; a
 * {@code kb.confirmed} whose quote contains a not-held phrase (or an expected {@code time.role}
 * quote) is a false confirmation.
 */
public final class ProbeEvaluation {
  /** What happened to one probe. */
  public record Outcome(Probe probe, List<Finding> falseErrors, List<Probe.Expected> missed,
      List<Finding> falseConfirmations, int caught) {
    public boolean passed() {
      return falseErrors.isEmpty() && missed.isEmpty() && falseConfirmations.isEmpty();
    }
  }

  /** The figures of a run; {@link #headline()} is the command's last line. */
  public record Totals(int cleanProbes, int cleanPassed, int falseErrors, int caught, int expected,
      int falseConfirmations) {
    public static Totals of(List<Outcome> outcomes) {
      int cleanProbes = 0;
      int cleanPassed = 0;
      int falseErrors = 0;
      int caught = 0;
      int expected = 0;
      int falseConfirmations = 0;
      for (Outcome o : outcomes) {
        if (o.probe().isClean()) {
          cleanProbes++;
          if (o.falseErrors().isEmpty()) {
            cleanPassed++;
          }
        }
        falseErrors += o.falseErrors().size();
        caught += o.caught();
        expected += o.probe().expected().size();
        falseConfirmations += o.falseConfirmations().size();
      }
      return new Totals(cleanProbes, cleanPassed, falseErrors, caught, expected, falseConfirmations);
    }

    public double caughtShare() {
      return expected == 0 ? 1 : (double) caught / expected;
    }

    public String headline() {
      return String.format(Locale.ROOT, "probes: clean %d false-errors %d caught %d of %d false-confirmations %d",
          cleanPassed, falseErrors, caught, expected, falseConfirmations);
    }
  }

  private final Engine analyzer;
  private final ArticleReaders readers = new ArticleReaders();

  public ProbeEvaluation(Engine analyzer) {
    this.analyzer = analyzer;
  }

  public Outcome evaluate(Probe probe) {
    Report report;
    try {
      report = analyzer.analyze(readers.read(probe.text().getBytes(StandardCharsets.UTF_8), probe.id() + ".txt",
          java.util.Optional.of(ArticleFormat.TEXT)), new AnalysisContext(probe.date()));
    } catch (UnreadableArticleException e) {
      throw new IllegalArgumentException("probe " + probe.id() + " is not readable text: " + e.getMessage(), e);
    }
    List<Finding> errors = report.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR && (f.code().startsWith("time.") || f.code().startsWith("kb.")))
        .toList();
    List<Finding> unexpected = new ArrayList<>();
    for (Finding f : errors) {
      boolean asked = probe.expected().stream().anyMatch(e -> matches(f, e));
      if (!asked) {
        unexpected.add(f);
      }
    }
    List<Probe.Expected> missed = probe.expected().stream()
        .filter(e -> errors.stream().noneMatch(f -> matches(f, e))).toList();
    List<String> notHeld = new ArrayList<>(probe.notHeld());
    probe.expected().stream().filter(e -> e.code().equals(FindingCodes.TIME_ROLE)).map(Probe.Expected::quote)
        .forEach(notHeld::add);
    List<Finding> falseConfirmations = report.withCode(FindingCodes.KB_CONFIRMED).stream()
        .filter(f -> notHeld.stream().anyMatch(q -> f.quote().contains(q) || q.contains(f.quote()))).toList();
    return new Outcome(probe, unexpected, missed, falseConfirmations, probe.expected().size() - missed.size());
  }

  private static boolean matches(Finding f, Probe.Expected e) {
    if (f.code().equals(FindingCodes.TIME_CONFLICT) && e.code().equals(FindingCodes.TIME_CONFLICT)) {
      return f.message().contains(e.quote());
    }
    return f.code().equals(e.code()) && (f.quote().contains(e.quote()) || e.quote().contains(f.quote()));
  }
}
