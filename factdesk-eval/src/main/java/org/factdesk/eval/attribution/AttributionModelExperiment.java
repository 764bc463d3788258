// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.factdesk.eval.attribution.AttributionEvaluation.Judged;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.training.LogisticRegression;
import org.factdesk.eval.training.Progress;
import org.factdesk.eval.training.TrainingOptions;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.SparseVector;

/**
 * An experiment, not a detector: would a learned sentence model, used as a fallback that flags what
 * the rules miss, generalise better than more rules? Cross-validation grouped by story over the
 * rows given: per fold, one logistic model for unnamed authority (vague or anonymous) and one for
 * unlinked documents are fitted on the other folds, and the held-out fold is scored. Each model's
 * threshold is chosen inside the training folds alone (out-of-fold scores of an inner
 * cross-validation over the same story folds) so that at most the budget's share of the training
 * look-alikes ("none") is flagged. Figures: the rules alone (the findings the eval reads), the
 * model alone and their union, over all rows and over the web rows (every split but {@code dev}).
 */
public final class AttributionModelExperiment {
  /**
   * The only splits this experiment may read: the tuning splits, and {@code webtest}, which this experiment has read
   * since its first run (session 6). Rows of the other held-out splits ({@code test}, {@code freshtest}, {@code fresh2},
   * {@code fresh3test}, {@code fresh4test}) are skipped unparsed by {@link AttributionCorpus#read(java.nio.file.Path, Set)}.
   */
  public static final Set<String> TUNING_SPLITS = Set.of("dev", "web", "webtest", "freshdev", "fresh3dev", "fresh4dev");

  /**
   * @param lookAlikeBudget the share of training look-alikes a model may flag (e.g. 0.03)
   * @param context whether the context features (links, quotes, cue positions) are on
   * @param seed how the stories are dealt into folds
   * @param testSplit empty for plain cross-validation; a split's name to score that split alone, with models
   *     fitted (and thresholded, by inner cross-validation) on the other rows: a test of other sites' pages
   */
  public record Options(FeatureSpec spec, TrainingOptions training, int folds, double lookAlikeBudget, boolean context,
      long seed, java.util.Optional<String> testSplit) {}

  private enum Task {
    UNNAMED, UNLINKED;

    boolean holds(Set<AttributionLabel> labels) {
      return this == UNNAMED
          ? labels.contains(AttributionLabel.VAGUE) || labels.contains(AttributionLabel.ANONYMOUS)
          : labels.contains(AttributionLabel.UNLINKED);
    }
  }

  private final Options options;
  private final Progress progress;

  public AttributionModelExperiment(Options options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /** The report, one line each; the last line holds the headline figures. */
  public List<String> run(List<Judged> rows) {
    int n = rows.size();
    AttributionFeatures features = new AttributionFeatures(options.spec(), options.context());
    List<SparseVector> vectors = new ArrayList<>(n);
    for (Judged j : rows) {
      vectors.add(features.featurize(j.context()));
    }
    int[] fold;
    int[] outer;
    if (options.testSplit().isPresent()) {
      // Fold 0 is the split scored; the other rows are dealt into folds 1.. for the inner thresholds.
      String test = options.testSplit().get();
      List<Judged> rest = rows.stream().filter(j -> !j.instance().split().equals(test)).toList();
      int[] restFold = StoryFolds.assign(rest.stream().map(j -> j.instance().source()).toList(), options.folds() - 1,
          options.seed());
      fold = new int[n];
      for (int i = 0, k = 0; i < n; i++) {
        fold[i] = rows.get(i).instance().split().equals(test) ? 0 : 1 + restFold[k++];
      }
      outer = new int[] {0};
    } else {
      fold = StoryFolds.assign(rows.stream().map(j -> j.instance().source()).toList(), options.folds(), options.seed());
      outer = java.util.stream.IntStream.range(0, options.folds()).toArray();
    }
    boolean[] none = new boolean[n];
    boolean[] web = new boolean[n];
    boolean[] rulesAny = new boolean[n];
    for (int i = 0; i < n; i++) {
      none[i] = rows.get(i).instance().has(AttributionLabel.NONE);
      web[i] = !rows.get(i).instance().split().equals("dev");
      rulesAny[i] = !rows.get(i).predicted().isEmpty();
    }
    List<String> out = new ArrayList<>();
    int[] sizes = new int[options.folds()];
    for (int f : fold) {
      sizes[f]++;
    }
    out.add(String.format(Locale.ROOT, "%d rows (%d web), %d stories, %d folds by story of %s rows%s; features %s%s;"
        + " threshold per fold for <= %.1f%% of the training look-alikes", n, count(web), rows.stream()
        .map(j -> j.instance().source()).distinct().count(), options.folds(), Arrays.toString(sizes),
        options.testSplit().map(s -> " (fold 0 = split " + s + ", scored alone)").orElse(""), options.spec(),
        options.context() ? " + context" : "", 100 * options.lookAlikeBudget()));
    boolean[][] gold = new boolean[2][n];
    boolean[][] rules = new boolean[2][n];
    boolean[][] model = new boolean[2][n];
    for (Task t : Task.values()) {
      for (int i = 0; i < n; i++) {
        gold[t.ordinal()][i] = t.holds(rows.get(i).instance().labels());
        rules[t.ordinal()][i] = t.holds(rows.get(i).predicted());
      }
      double[] thresholds = new double[options.folds()];
      double[] scores = new double[n];
      for (int f : outer) {
        int heldOut = f;
        float[] w = fit(vectors, gold[t.ordinal()], i -> fold[i] != heldOut, features.dimension());
        for (int i = 0; i < n; i++) {
          if (fold[i] == f) {
            scores[i] = score(w, vectors.get(i));
          }
        }
        thresholds[f] = innerThreshold(vectors, gold[t.ordinal()], none, fold, f, features.dimension());
        progress.update("cross-validating " + t.name().toLowerCase(Locale.ROOT), t.ordinal() * options.folds() + f + 1,
            2L * options.folds());
      }
      for (int i = 0; i < n; i++) {
        model[t.ordinal()][i] = scores[i] > thresholds[fold[i]];
      }
      out.add(String.format(Locale.ROOT, "%s thresholds per fold %s", t.name().toLowerCase(Locale.ROOT),
          Arrays.stream(outer).mapToDouble(f -> thresholds[f]).mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toList()));
    }
    StringBuilder headline = new StringBuilder("attribution-model:");
    IntPredicate scored = i -> outer.length > 1 || fold[i] == 0;
    List<String> subsets = new ArrayList<>(List.of("all", "web"));
    for (String split : List.of("web", "webtest", "freshdev", "fresh3dev", "fresh4dev")) {
      subsets.add("split:" + split);
    }
    for (String subset : subsets) {
      IntPredicate in = switch (subset) {
        case "all" -> scored;
        case "web" -> i -> web[i] && scored.test(i);
        default -> i -> rows.get(i).instance().split().equals(subset.substring(6)) && scored.test(i);
      };
      if (countIf(web, in) == 0 && !subset.equals("all")) {
        continue;
      }
      for (Task t : Task.values()) {
        int c = t.ordinal();
        boolean[] union = or(rules[c], model[c]);
        PrecisionRecall r = count(gold[c], rules[c], in);
        PrecisionRecall m = count(gold[c], model[c], in);
        PrecisionRecall u = count(gold[c], union, in);
        double[] foldRules = new double[outer.length];
        double[] foldUnion = new double[outer.length];
        double[] foldRate = new double[outer.length];
        for (int f = 0; f < outer.length; f++) {
          int g = outer[f];
          IntPredicate inFold = i -> in.test(i) && fold[i] == g;
          foldRules[f] = count(gold[c], rules[c], inFold).recall();
          foldUnion[f] = count(gold[c], union, inFold).recall();
          foldRate[f] = rate(union, none, inFold);
        }
        String name = subset + " " + t.name().toLowerCase(Locale.ROOT);
        out.add(String.format(Locale.ROOT, "%s (%d positive): rules P/R %.3f/%.3f look-alikes %.1f%% | model %.3f/%.3f %.1f%%"
            + " | union %.3f/%.3f (recall +%.3f) %.1f%% | per-fold mean recall rules %.3f union %.3f (sd %.3f),"
            + " union look-alikes %.1f%%", name, r.truePositives() + r.falseNegatives(), r.precision(), r.recall(),
            100 * rate(rules[c], none, in), m.precision(), m.recall(), 100 * rate(model[c], none, in), u.precision(),
            u.recall(), u.recall() - r.recall(), 100 * rate(union, none, in), mean(foldRules), mean(foldUnion),
            sd(foldUnion), 100 * mean(foldRate)));
        if (!subset.startsWith("split:")) {
          headline.append(String.format(Locale.ROOT, " %s R %.3f->%.3f;", name, r.recall(), u.recall()));
        }
      }
      boolean[] unionAny = or(rulesAny, or(model[0], model[1]));
      out.add(String.format(Locale.ROOT, "%s look-alikes flagged by anything: rules %.1f%%, union %.1f%% (of %d)",
          subset, 100 * rate(rulesAny, none, in), 100 * rate(unionAny, none, in), countIf(none, in)));
      if (!subset.startsWith("split:")) {
        headline.append(String.format(Locale.ROOT, " %s look-alikes %.1f%%->%.1f%%;", subset,
            100 * rate(rulesAny, none, in), 100 * rate(unionAny, none, in)));
      }
    }
    out.add(headline.substring(0, headline.length() - 1));
    return out;
  }

  /**
   * The threshold for held-out fold {@code outer}, from the training folds alone: each of them in
   * turn is scored by a model fitted on the others, and the threshold lets through at most the
   * budget's share of those look-alikes.
   */
  private double innerThreshold(List<SparseVector> vectors, boolean[] gold, boolean[] none, int[] fold, int outer,
      int dimension) {
    List<Double> lookAlikeScores = new ArrayList<>();
    for (int g = 0; g < options.folds(); g++) {
      if (g == outer) {
        continue;
      }
      int inner = g;
      float[] w = fit(vectors, gold, i -> fold[i] != outer && fold[i] != inner, dimension);
      for (int i = 0; i < vectors.size(); i++) {
        if (fold[i] == inner && none[i]) {
          lookAlikeScores.add(score(w, vectors.get(i)));
        }
      }
    }
    return budgetThreshold(lookAlikeScores, options.lookAlikeBudget());
  }

  /** The lowest threshold t such that at most {@code budget} of the scores are above t. */
  static double budgetThreshold(List<Double> lookAlikeScores, double budget) {
    if (lookAlikeScores.isEmpty()) {
      return 0.5;
    }
    double[] sorted = lookAlikeScores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int allowed = (int) Math.floor(budget * sorted.length + 1e-9);
    if (allowed >= sorted.length) {
      return Double.NEGATIVE_INFINITY;
    }
    return sorted[sorted.length - 1 - allowed];
  }

  private float[] fit(List<SparseVector> vectors, boolean[] gold, IntPredicate use, int dimension) {
    List<SparseVector> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      if (use.test(i)) {
        x.add(vectors.get(i));
        y.add(gold[i]);
      }
    }
    boolean[] labels = new boolean[y.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = y.get(i);
    }
    return new LogisticRegression(options.training()).fit(x, labels, dimension, Progress.SILENT);
  }

  private static double score(float[] weights, SparseVector v) {
    double z = weights[weights.length - 1] + v.dot(weights);
    return 1 / (1 + Math.exp(-z));
  }

  private static PrecisionRecall count(boolean[] gold, boolean[] predicted, IntPredicate in) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (!in.test(i)) {
        continue;
      }
      if (gold[i] && predicted[i]) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (gold[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new PrecisionRecall(tp, fp, fn, tn);
  }

  /** The share of look-alikes in the subset that are flagged. */
  private static double rate(boolean[] flagged, boolean[] none, IntPredicate in) {
    int all = 0;
    int hit = 0;
    for (int i = 0; i < none.length; i++) {
      if (none[i] && in.test(i)) {
        all++;
        hit += flagged[i] ? 1 : 0;
      }
    }
    return all == 0 ? 0 : (double) hit / all;
  }

  private static boolean[] or(boolean[] a, boolean[] b) {
    boolean[] out = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] || b[i];
    }
    return out;
  }

  private static int count(boolean[] a) {
    return countIf(a, i -> true);
  }

  private static int countIf(boolean[] a, IntPredicate in) {
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      k += a[i] && in.test(i) ? 1 : 0;
    }
    return k;
  }

  private static double mean(double[] xs) {
    return Arrays.stream(xs).average().orElse(0);
  }

  private static double sd(double[] xs) {
    double m = mean(xs);
    return Math.sqrt(Arrays.stream(xs).map(x -> (x - m) * (x - m)).sum() / Math.max(1, xs.length - 1));
  }
}
