// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.scoring.Misses;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.scoring.ScoredSentence;
import org.factdesk.eval.scoring.Scoring;

/** Scores a dataset, prints the model, the speed, the worst misses, and the headline last. */
final class ModelReport {
  private ModelReport() {}

  static void print(String task, String model, List<LabelledSentence> sentences, ToDoubleFunction<String> scorer,
      double threshold, int errors, PrintWriter out) {
    if (errors < 0) {
      throw new UserInputException("--errors must be 0 or more, not " + errors);
    }
    Scoring.score(sentences.subList(0, Math.min(5000, sentences.size())), scorer); // JIT warm-up before timing
    long start = System.nanoTime();
    List<ScoredSentence> scored = Scoring.score(sentences, scorer);
    double micros = (System.nanoTime() - start) / 1000.0 / sentences.size();
    long positives = sentences.stream().filter(LabelledSentence::positive).count();
    out.println("model: " + model);
    out.printf(Locale.ROOT, "sentences: %d (%d positive); threshold %.4f; %.1f µs per sentence warm%n",
        sentences.size(), positives, threshold, micros);
    List<ScoredSentence> worst = Misses.worst(scored, threshold, errors);
    if (!worst.isEmpty()) {
      out.println("worst " + worst.size() + " misses (score, id, text):");
      worst.forEach(miss -> out.println("  " + Misses.describe(miss)));
    }
    out.println(PrecisionRecall.at(scored, threshold).headline(task));
  }
}
