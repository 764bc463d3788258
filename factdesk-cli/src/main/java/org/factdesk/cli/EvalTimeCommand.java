package org.factdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.engine.Analyzer;
import org.factdesk.eval.dataset.DatasetFormatException;
import org.factdesk.eval.dataset.DatedStory;
import org.factdesk.eval.dataset.ReutersStories;
import org.factdesk.eval.timecheck.RoleAnachronismEvaluation;
import org.factdesk.eval.timecheck.RoleAnachronismEvaluation.StoryResult;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "time", mixinStandardHelpOptions = true,
    description = {"Role anachronisms (time.role) on Reuters-21578 SGML: each story at its own date (any finding is a",
        "false alarm) and at --later-date (stories with KB-linked current titles should be flagged).",
        "Also prints warm analysis time per article. Last line: time: precision P recall R f1 F n N (cases)."})
final class EvalTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "a reut2-NNN.sgm file or the folder of them")
  java.nio.file.Path path;

  @Option(names = "--later-date", defaultValue = "2025-01-01", description = "the date years later (default: ${DEFAULT-VALUE})")
  String laterDate;

  @Option(names = "--limit", defaultValue = "200", description = "stories to analyse, in file order (default: ${DEFAULT-VALUE}; 0 = all)")
  int limit;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print the first N misses")
  int errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!java.nio.file.Files.exists(path)) {
      throw new UserInputException("no such file or folder: " + path);
    }
    if (limit < 0 || errors < 0) {
      throw new UserInputException("--limit and --errors must be 0 or more");
    }
    LocalDate later;
    try {
      later = LocalDate.parse(laterDate);
    } catch (DateTimeParseException e) {
      throw new UserInputException("--later-date must be YYYY-MM-DD, not '" + laterDate + "'");
    }
    List<DatedStory> stories;
    try {
      stories = new ReutersStories().read(path);
    } catch (DatasetFormatException e) {
      throw new UserInputException(e.getMessage());
    }
    if (limit > 0 && stories.size() > limit) {
      stories = stories.subList(0, limit);
    }
    if (stories.isEmpty()) {
      throw new UserInputException("no dated stories with a body in " + path);
    }
    RoleAnachronismEvaluation evaluation = new RoleAnachronismEvaluation(Analyzer.loadDefault(), later);
    ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
    List<StoryResult> results = new ArrayList<>();
    int done = 0;
    for (DatedStory story : stories) {
      evaluation.evaluate(story).ifPresent(results::add);
      progress.update("analysing stories", ++done, stories.size());
    }
    if (results.isEmpty()) {
      throw new UserInputException("no story in " + path + " had readable article text");
    }
    List<String> misses = new ArrayList<>();
    for (StoryResult r : results) {
      String story = r.story().id() + "  " + r.story().title();
      if (r.flaggedAtOwnDate()) {
        misses.add("false alarm at own date " + r.story().date() + ": " + story);
      }
      if (r.flaggedLater() && !r.expectedLater()) {
        misses.add("flagged at " + later + " without a linked current title: " + story);
      } else if (!r.flaggedLater() && r.expectedLater()) {
        misses.add("not flagged at " + later + ": " + story);
      }
    }
    List<StoryResult> warm = results.subList(Math.min(results.size() - 1, Math.max(1, results.size() / 10)), results.size());
    double millis = warm.stream().mapToLong(StoryResult::nanosPerAnalysis).average().orElse(0) / 1e6;
    out.printf(Locale.ROOT, "stories: %d (%s to %s), later date %s%n", results.size(), stories.get(0).date(),
        stories.get(stories.size() - 1).date(), later);
    out.printf(Locale.ROOT, "analysis: %.1f ms per article warm (mean of the last %d), %.1f articles per second on one thread%n",
        millis, warm.size(), millis == 0 ? 0 : 1000 / millis);
    long expected = results.stream().filter(StoryResult::expectedLater).count();
    out.printf(Locale.ROOT, "cases: %d at own date (%d flagged), %d at %s (%d with linked current titles, %d flagged)%n",
        results.size(), results.stream().filter(StoryResult::flaggedAtOwnDate).count(), results.size(), later, expected,
        results.stream().filter(StoryResult::flaggedLater).count());
    misses.stream().limit(errors).forEach(m -> out.println("  " + m));
    out.println(RoleAnachronismEvaluation.figures(results).headline("time"));
    return 0;
  }
}
