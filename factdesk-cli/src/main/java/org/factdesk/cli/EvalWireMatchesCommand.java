// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.analysis.Finding;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.detector.ClaimMatchDetector;
import org.factdesk.engine.Engine;
import org.factdesk.eval.matching.LabelledPairs;
import org.factdesk.eval.matching.WireMatchesEvaluation;
import org.factdesk.eval.matching.WireStories;
import org.factdesk.eval.matching.WireStory;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval wire-matches DIR}: prior fact-check findings on dated wire news. */
@Command(name = "wire-matches", mixinStandardHelpOptions = true,
    description = {"claim.matched and claim.checked-since findings on dated Reuters wire stories",
        "(eval/news/reuters-financial-2006-2013-dev), each analysed at its own date with the archive.",
        "A 'before' finding citing a fact-check dated after its story is counted as later-cited (must be 0).",
        "Last line: wire-matches: stories N before B per100 X since S later-cited L"})
final class EvalWireMatchesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "folder of wire story files")
  Path dir;

  @Option(names = "--archive", paramLabel = "DIR", description = "archive (default: ~/.factdesk/archive)")
  Path archive;

  @Option(names = "--split", defaultValue = "test",
      description = "stories of the labelled pairs' test split (held out, the default), train, or all")
  String split;

  @Option(names = "--every", defaultValue = "1", paramLabel = "N", description = "analyse every N-th story of the split")
  int every;

  @Option(names = "--show", paramLabel = "N", defaultValue = "0", description = "print the first N findings")
  int show;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      throw new UserInputException("no such folder: " + dir);
    }
    if (every < 1) {
      throw new UserInputException("--every must be 1 or more");
    }
    Path archiveDir = archive == null ? FactCheckArchive.defaultDirectory() : archive;
    if (!FactCheckArchive.exists(archiveDir)) {
      throw new UserInputException("no fact-check archive at " + archiveDir + "; run factdesk archive import FILE --archive " + archiveDir + " first");
    }
    List<WireStory> stories;
    stories = new WireStories().readAll(dir);
    List<WireStory> chosen = new ArrayList<>();
    for (WireStory s : stories) {
      String side = LabelledPairs.splitOf(dir.getFileName() + "/" + s.id()).name().toLowerCase(java.util.Locale.ROOT);
      if (split.equals("all") || split.equals(side)) {
        chosen.add(s);
      } else if (!split.equals("test") && !split.equals("train")) {
        throw new UserInputException("--split must be test, train or all, got '" + split + "'");
      }
    }
    chosen = WireMatchesEvaluation.sample(chosen, every, 0);
    if (chosen.isEmpty()) {
      throw new UserInputException("no stories to analyse in " + dir);
    }
    try (FactCheckArchive a = FactCheckArchive.openReadOnly(archiveDir, new MiniLmEmbedder())) {
      Engine engine = Engine.loadDefault().withDetectors(List.of(new ClaimMatchDetector(a)));
      WireMatchesEvaluation evaluation = new WireMatchesEvaluation(engine);
      ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
      List<WireMatchesEvaluation.StoryResult> results = new ArrayList<>();
      int done = 0;
      int shown = 0;
      for (WireStory s : chosen) {
        var r = evaluation.evaluate(s);
        if (r.isPresent()) {
          results.add(r.get());
          List<Finding> found = new ArrayList<>(r.get().before());
          found.addAll(r.get().since());
          for (Finding f : found) {
            if (shown++ < show) {
              out.println("  " + s.id() + " " + s.date() + " " + f.code() + ": \"" + f.quote() + "\" -> " + f.message());
            }
          }
        }
        progress.update("analysing stories", ++done, chosen.size());
      }
      out.println(WireMatchesEvaluation.Totals.of(results).line());
    }
    return 0;
  }
}
