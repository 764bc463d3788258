// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.equivalence.ClaimEquivalence;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import org.factdesk.eval.matching.LabelledPair;
import org.factdesk.eval.matching.LabelledPairs;
import org.factdesk.eval.matching.MatchingEvaluation;
import org.factdesk.eval.matching.MatchingScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval matching FILE}: the same-claim decision on labelled news pairs. */
@Command(name = "matching", mixinStandardHelpOptions = true,
    description = {"The same-claim decision of claim.matched on labelled (news sentence, fact-check) pairs:",
        "each pair is judged with the bundled equivalence model at the threshold reports use.",
        "FILE: eval/news-claim-pairs.tsv (docs/archive.md). The archive must hold the Snopes fact-checks.",
        "Last line: matching: precision P recall R n N"})
final class EvalMatchingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "labelled pairs (TSV)")
  Path file;

  @Option(names = "--news", paramLabel = "DIR", defaultValue = "../shared/eval/news",
      description = "folder the pairs' story paths are relative to (default: ${DEFAULT-VALUE})")
  Path news;

  @Option(names = "--headlines", paramLabel = "DIR", defaultValue = "eval/headlines",
      description = "local copies of the datasets whose headlines the pairs name (eval/fetch-headlines.sh; default: ${DEFAULT-VALUE})")
  Path headlines;

  @Option(names = "--archive", paramLabel = "DIR", description = "archive holding the fact-checks (default: ~/.factdesk/archive)")
  Path archive;

  @Option(names = "--split", defaultValue = "test", description = "test (held out, the default), train or all")
  String split;

  @Option(names = "--threshold", paramLabel = "T", description = "judge at T instead of the bundled report threshold")
  Double threshold;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print N wrong decisions")
  int errors;

  static void register(CommandLine cli) {
    CommandLine eval = cli.getSubcommands().get("eval");
    eval.addSubcommand(new EvalMatchingCommand());
    eval.addSubcommand(new EvalWireMatchesCommand());
    cli.getSubcommands().get("train").addSubcommand(new TrainMatchingCommand());
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    List<LabelledPair> pairs;
    pairs = LabelledPairs.read(file);
    pairs = ofSplit(pairs, split);
    Path dir = archive == null ? FactCheckArchive.defaultDirectory() : archive;
    if (!FactCheckArchive.exists(dir)) {
      throw new UserInputException("no fact-check archive at " + dir + "; import vclaims.jsonl with factdesk archive import --archive " + dir);
    }
    ClaimEquivalence equivalence = ClaimEquivalence.bundled();
    double t = threshold == null ? equivalence.threshold() : threshold;
    try (FactCheckArchive a = FactCheckArchive.openReadOnly(dir, new MiniLmEmbedder())) {
      MatchingEvaluation evaluation = new MatchingEvaluation(a, news, headlines);
      List<MatchingEvaluation.Judged> judged;
      try {
        judged = evaluation.judge(evaluation.resolve(pairs), equivalence);
      } catch (UnreadableFactChecksException e) {
        throw new UserInputException(file + ": " + e.getMessage());
      }
      MatchingScores scores = MatchingEvaluation.score(judged, t);
      long same = pairs.stream().filter(LabelledPair::same).count();
      long related = pairs.stream().filter(p -> p.label() == LabelledPair.Label.RELATED).count();
      out.printf(Locale.ROOT, "pairs: %d (%s split): same %d, related %d, unrelated %d; threshold %.4f%n",
          pairs.size(), split, same, related, pairs.size() - same - related, t);
      out.printf(Locale.ROOT, "said same: %d (right %d, wrong %d); missed %d%n",
          scores.truePositives() + scores.falsePositives(), scores.truePositives(), scores.falsePositives(),
          scores.falseNegatives());
      int printed = 0;
      for (MatchingEvaluation.Judged j : judged) {
        boolean said = j.comparison().score() >= t;
        if (printed < errors && said != j.resolved().pair().same()) {
          out.printf(Locale.ROOT, "  %s line %d (%s, score %.3f): \"%s\" vs \"%s\"%n",
              said ? "wrong" : "missed", j.resolved().pair().line(), j.resolved().pair().label().name().toLowerCase(Locale.ROOT),
              j.comparison().score(), j.resolved().sentence(), j.resolved().match().factCheck().headline());
          printed++;
        }
      }
      out.println(scores.line());
    }
    return 0;
  }

  static List<LabelledPair> ofSplit(List<LabelledPair> pairs, String split) {
    return switch (split) {
      case "all" -> pairs;
      case "test" -> pairs.stream().filter(p -> p.split() == LabelledPair.Split.TEST).toList();
      case "train" -> pairs.stream().filter(p -> p.split() == LabelledPair.Split.TRAIN).toList();
      default -> throw new UserInputException("--split must be test, train or all, got '" + split + "'");
    };
  }
}
