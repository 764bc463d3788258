// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import org.factdesk.archive.MiniLmEmbedder;
import org.factdesk.archive.TermRarity;
import org.factdesk.archive.equivalence.EquivalenceTraining;
import org.factdesk.archive.equivalence.EquivalenceWeights;
import org.factdesk.archive.ingest.UnreadableFactChecksException;
import org.factdesk.eval.matching.LabelledPair;
import org.factdesk.eval.matching.LabelledPairs;
import org.factdesk.eval.matching.MatchingEvaluation;
import org.factdesk.eval.matching.RetrievalQueries;
import org.factdesk.eval.training.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk train matching}: fits the claim equivalence model on CheckThat! train pairs
 * (gold fact-checks; hard negatives from the archive's own top 5) and the train split of the
 * labelled news pairs, and calibrates the report threshold on those news pairs only.
 */
@Command(name = "matching", mixinStandardHelpOptions = true,
    description = {"Fits the claim equivalence model (docs/archive.md) and writes its weights file.",
        "Training: CheckThat! 2022 2A train queries (gold = same, the archive's other top-5 = not) and",
        "the train split of the labelled news pairs; threshold: the lowest score at which the news train",
        "pairs reach --precision. The test split is never read."})
final class TrainMatchingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pairs", required = true, paramLabel = "FILE", description = "labelled news pairs (eval/news-claim-pairs.tsv)")
  Path pairsFile;

  @Option(names = "--news", paramLabel = "DIR", defaultValue = "../shared/eval/news", description = "default: ${DEFAULT-VALUE}")
  Path news;

  @Option(names = "--headlines", paramLabel = "DIR", defaultValue = "eval/headlines",
      description = "local copies of the datasets whose headlines the pairs name (eval/fetch-headlines.sh; default: ${DEFAULT-VALUE})")
  Path headlines;

  @Option(names = "--checkthat", paramLabel = "DIR", defaultValue = "../shared/eval/claim-retrieval/ct2022-2a-english",
      description = "CheckThat! 2022 2A English folder (default: ${DEFAULT-VALUE})")
  Path checkthat;

  @Option(names = "--archive", required = true, paramLabel = "DIR", description = "archive holding vclaims.jsonl")
  Path archive;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "weights file to write")
  Path out;

  @Option(names = "--news-weight", defaultValue = "4", description = "weight of a news pair against a tweet pair (default ${DEFAULT-VALUE})")
  double newsWeight;

  @Option(names = "--precision", defaultValue = "0.9", description = "precision the threshold must reach on news train pairs (default ${DEFAULT-VALUE})")
  double precision;

  @Option(names = "--folds", defaultValue = "5",
      description = "calibrate on out-of-fold scores: each news train pair scored by a model fitted without its fold (default ${DEFAULT-VALUE}; 1: in-sample)")
  int folds;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.root().commandLine().getOut();
    ProgressBar progress = new ProgressBar(spec.root().commandLine().getErr());
    List<LabelledPair> labelled;
    RetrievalQueries train;
    RetrievalQueries dev;
    try {
      labelled = EvalMatchingCommand.ofSplit(LabelledPairs.read(pairsFile), "train");
      train = RetrievalQueries.read(checkthat.resolve("CT2022-Task2A-EN-Train-Dev_Queries.tsv"),
          checkthat.resolve("CT2022-Task2A-EN-Train_QRELs.tsv"));
      dev = RetrievalQueries.read(checkthat.resolve("CT2022-Task2A-EN-Train-Dev_Queries.tsv"),
          checkthat.resolve("CT2022-Task2A-EN-Dev_QRELs.tsv"));
    } catch (UnreadableFactChecksException | java.nio.file.NoSuchFileException e) {
      throw new UserInputException(e.getMessage());
    }
    try (FactCheckArchive a = FactCheckArchive.openReadOnly(archive, new MiniLmEmbedder())) {
      TermRarity rarity = a.termRarity();
      List<EquivalenceTraining.Pair> pairs = new ArrayList<>(tweetPairs(a, train, progress, "CheckThat! train pairs"));
      int tweets = pairs.size();
      List<MatchingEvaluation.Resolved> news;
      try {
        news = new MatchingEvaluation(a, this.news, headlines).resolve(labelled);
      } catch (UnreadableFactChecksException e) {
        throw new UserInputException(pairsFile + ": " + e.getMessage());
      }
      for (MatchingEvaluation.Resolved r : news) {
        pairs.add(new EquivalenceTraining.Pair(r.sentence(), r.match(), r.pair().same(), newsWeight));
      }
      double[][] x = EquivalenceTraining.features(pairs, rarity);
      String trained = String.format(Locale.ROOT, "%s; %d CheckThat! 2022 2A train pairs (%d same) and %d news train pairs (%d same, weight %.1f)",
          LocalDate.now(), tweets, pairs.subList(0, tweets).stream().filter(EquivalenceTraining.Pair::same).count(),
          news.size(), news.stream().filter(r -> r.pair().same()).count(), newsWeight);
      EquivalenceWeights fitted = new EquivalenceTraining(4000, 1e-3).fit(x, pairs, 0.5, trained);
      double[] newsScores = new double[news.size()];
      for (int i = 0; i < news.size(); i++) {
        newsScores[i] = EquivalenceTraining.score(fitted, x[tweets + i]);
      }
      double[] calibrationScores = folds > 1 ? outOfFold(x, pairs, tweets, news, folds) : newsScores;
      double threshold = calibrate(calibrationScores, news.stream().map(r -> r.pair().same()).toList(), precision);
      fitted = fitted.withThreshold(threshold);
      o.printf(Locale.ROOT, "threshold %.4f: news train pairs reach precision %.3f recall %.3f (%s)%n", threshold,
          precisionAt(calibrationScores, news, threshold), recallAt(calibrationScores, news, threshold),
          folds > 1 ? folds + "-fold out-of-fold scores, which the threshold was set on" : "in-sample");
      if (folds > 1) {
        o.printf(Locale.ROOT, "  the final model on the same pairs (in-sample, for comparison): precision %.3f recall %.3f%n",
            precisionAt(newsScores, news, threshold), recallAt(newsScores, news, threshold));
      }
      List<EquivalenceTraining.Pair> devPairs = tweetPairs(a, dev, progress, "CheckThat! dev pairs");
      double[][] dx = EquivalenceTraining.features(devPairs, rarity);
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < devPairs.size(); i++) {
        boolean said = EquivalenceTraining.score(fitted, dx[i]) >= threshold;
        boolean same = devPairs.get(i).same();
        tp += said && same ? 1 : 0;
        fp += said && !same ? 1 : 0;
        fn += !said && same ? 1 : 0;
      }
      o.printf(Locale.ROOT, "CheckThat! dev pairs at that threshold (tweets; reported, not tuned on): precision %.3f recall %.3f n %d%n",
          tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 1 : tp / (double) (tp + fn), devPairs.size());
      for (int i = 0; i < EquivalenceTraining.featureNames().size(); i++) {
        o.printf(Locale.ROOT, "  %-22s %8.3f%n", EquivalenceTraining.featureNames().get(i), fitted.weights()[i]);
      }
      Files.writeString(out, fitted.format());
      o.println("wrote " + out);
    }
    return 0;
  }

  /**
   * Each news pair's score from a model fitted on the tweets and the other folds' news pairs, so
   * the threshold is set on scores of pairs the model has not seen. Folds by story (a headline's
   * or wire story's pairs stay together), fixed by a hash of its name.
   */
  static double[] outOfFold(double[][] x, List<EquivalenceTraining.Pair> pairs, int tweets,
      List<MatchingEvaluation.Resolved> news, int folds) {
    int[] fold = new int[news.size()];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = Math.floorMod(news.get(i).pair().story().hashCode() * 31 + 17, folds);
    }
    double[] out = new double[news.size()];
    for (int f = 0; f < folds; f++) {
      List<EquivalenceTraining.Pair> kept = new ArrayList<>(pairs.subList(0, tweets));
      List<double[]> keptX = new ArrayList<>(java.util.Arrays.asList(x).subList(0, tweets));
      for (int i = 0; i < news.size(); i++) {
        if (fold[i] != f) {
          kept.add(pairs.get(tweets + i));
          keptX.add(x[tweets + i]);
        }
      }
      EquivalenceWeights w = new EquivalenceTraining(4000, 1e-3).fit(keptX.toArray(double[][]::new), kept, 0.5, "fold " + f);
      for (int i = 0; i < news.size(); i++) {
        if (fold[i] == f) {
          out[i] = EquivalenceTraining.score(w, x[tweets + i]);
        }
      }
    }
    return out;
  }

  /** Gold fact-checks as same-claim pairs; the archive's other top-5 candidates as hard negatives. */
  private static List<EquivalenceTraining.Pair> tweetPairs(FactCheckArchive a, RetrievalQueries data,
      ProgressBar progress, String what) {
    List<EquivalenceTraining.Pair> pairs = new ArrayList<>();
    int done = 0;
    for (String id : data.judged()) {
      String text = data.queries().get(id);
      Set<String> gold = data.relevant().get(id);
      for (String g : gold) {
        a.compareWith(text, g).ifPresent(m -> pairs.add(new EquivalenceTraining.Pair(text, m, true, 1)));
      }
      for (ArchiveMatch m : a.match(text, 5, Optional.empty(), MatchSettings.defaults())) {
        if (!gold.contains(m.factCheck().id())) {
          pairs.add(new EquivalenceTraining.Pair(text, m, false, 1));
        }
      }
      progress.update(what, ++done, data.judged().size());
    }
    return pairs;
  }

  /**
   * The lowest threshold at which the pairs scoring at or above it reach {@code target} precision,
   * placed halfway between the last same-claim pair it admits and the next pair below.
   */
  static double calibrate(double[] scores, List<Boolean> same, double target) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double best = 0.99;
    int tp = 0;
    int said = 0;
    for (int k = 0; k < order.length; k++) {
      said++;
      tp += same.get(order[k]) ? 1 : 0;
      boolean tieNext = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
      if (!tieNext && tp / (double) said >= target && same.get(order[k])) {
        // Halfway to the next lower score: the same decisions on these pairs, with a margin.
        best = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
      }
    }
    return Math.min(0.99, Math.max(0.01, best));
  }

  private static double precisionAt(double[] s, List<MatchingEvaluation.Resolved> news, double t) {
    int tp = 0, said = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] >= t) {
        said++;
        tp += news.get(i).pair().same() ? 1 : 0;
      }
    }
    return said == 0 ? 1 : tp / (double) said;
  }

  private static double recallAt(double[] s, List<MatchingEvaluation.Resolved> news, double t) {
    int tp = 0, same = 0;
    for (int i = 0; i < s.length; i++) {
      if (news.get(i).pair().same()) {
        same++;
        tp += s[i] >= t ? 1 : 0;
      }
    }
    return same == 0 ? 1 : tp / (double) same;
  }
}
