// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.engine.Engine;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersFinancialStories;
import org.factdesk.eval.dataset.ReutersStories;
import org.factdesk.eval.timecheck.TitledMentionsEvaluation;
import org.factdesk.eval.timecheck.TitledMentionsEvaluation.StoryCounts;
import org.factdesk.eval.timecheck.TitledMentionsEvaluation.Totals;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval time}: time.role findings on real dated news, at true or shifted dates. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = {"Role anachronisms on Reuters-21578 SGML (or a folder of YYYYMMDD__slug Reuters financial stories): analyses every story as of its own date (or shifted by",
        "--shift-years) and counts titled person mentions, those linked to the knowledge base, and time.role",
        "findings. At true dates every flag is a false alarm; shifted, linked 1987 titles should be flagged.",
        "--undated analyses them with no date and counts every error-level time and kb finding.",
        "Last line: time: articles A mentions M linked L flagged F per100 X errors E errors-per100 Y"})
final class EvalTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "reut2-NNN.sgm files or folders of them")
  List<Path> paths;

  @Option(names = "--shift-years", defaultValue = "0", paramLabel = "N",
      description = "analyse each story as of its date plus N years (default ${DEFAULT-VALUE})")
  int shiftYears;

  @Option(names = "--undated", description = "analyse each story with no date, as a pasted article; counts every"
      + " error-level time.* and kb.* finding (errors-per100 on the last line)")
  boolean undated;

  @Option(names = "--limit", defaultValue = "0", description = "stories to analyse, in file order (0 = all)")
  int limit;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "print N stories to read: every error-level finding at true dates or undated; when shifted,"
          + " titles flagged though still held, or left unflagged though no longer held")
  int errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    if (limit < 0 || errors < 0) {
      throw new UserInputException("--limit and --errors must be 0 or more");
    }
    List<DatedStory> stories = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UserInputException("no such file or folder: " + p);
      }
      stories.addAll(ReutersFinancialStories.looksLike(p) ? new ReutersFinancialStories().read(p)
          : new ReutersStories().read(p));
    }
    if (limit > 0 && stories.size() > limit) {
      stories = stories.subList(0, limit);
    }
    if (stories.isEmpty()) {
      throw new UserInputException("no dated stories with a body in " + paths);
    }
    TitledMentionsEvaluation evaluation = new TitledMentionsEvaluation(Engine.loadDefault(), shiftYears, undated);
    ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
    List<StoryCounts> counts = new ArrayList<>();
    int done = 0;
    for (DatedStory story : stories) {
      evaluation.evaluate(story).ifPresent(counts::add);
      progress.update("analysing stories", ++done, stories.size());
    }
    if (counts.isEmpty()) {
      throw new UserInputException("no story in " + paths + " had readable article text");
    }
    Totals totals = Totals.of(counts);
    List<StoryCounts> warm = counts.subList(Math.min(counts.size() - 1, counts.size() / 10), counts.size());
    double millis = warm.stream().mapToLong(StoryCounts::nanos).average().orElse(0) / 1e6;
    out.printf(Locale.ROOT, "stories: %d, %s; analysis %.1f ms per article warm%n", counts.size(),
        undated ? "analysed undated" : "dates shifted by " + shiftYears + " year(s)", millis);
    out.printf(Locale.ROOT, "linked titles no longer held at the analysis date: %d, flagged %d (%.1f%%)%n",
        totals.stale(), totals.flaggedStale(), 100 * totals.staleFlaggedShare());
    out.printf(Locale.ROOT, "linked titles still held at the analysis date: %d, flagged %d (false alarms)%n",
        totals.held(), totals.flaggedHeld());
    List<StoryCounts> titledStories = counts.stream().filter(c -> c.linked() > 0).toList();
    long titledErrors = titledStories.stream().mapToLong(c -> c.errors().size()).sum();
    out.printf(Locale.ROOT, "stories naming someone by a title the knowledge base links: %d, error-level time/kb"
        + " findings in them: %d (%.2f per 100)%n", titledStories.size(), titledErrors,
        titledStories.isEmpty() ? 0.0 : 100.0 * titledErrors / titledStories.size());
    int printed = 0;
    for (StoryCounts c : counts) {
      if (printed >= errors) {
        break;
      }
      if (undated || shiftYears == 0) {
        // At the story's own date (or with none) every error-level finding is one to read.
        if (!c.errors().isEmpty()) {
          c.errors().forEach(f -> out.println("  error " + c.story().id() + " " + f.code() + " “" + f.quote() + "”: "
              + f.message()));
          printed++;
        }
      } else if (!c.flaggedHeld().isEmpty()) {
        out.println("  false alarm " + c.story().id() + " " + c.story().date() + ": still in office " + c.flaggedHeld());
        printed++;
      } else if (!c.unflaggedStale().isEmpty()) {
        out.println("  not flagged " + c.story().id() + " " + c.story().date() + ": " + c.unflaggedStale());
        printed++;
      }
    }
    out.println(totals.headline());
    return 0;
  }
}
