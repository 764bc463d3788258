// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.textmodel.LinearModelScorer;
import org.factdesk.textmodel.UnreadableModelException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every model evaluation takes, and the one way it scores and reports. */
final class ModelEvalOptions {
  /** Reads a model file written by {@code factdesk train}. */
  interface ModelFileReader {
    LinearModelScorer read(Path file) throws IOException;
  }

  @Parameters(paramLabel = "PATH", description = "dataset file or folder")
  Path path;

  @Option(names = "--model", paramLabel = "FILE", description = "model written by factdesk train (default: the bundled one)")
  Path model;

  @Option(names = "--threshold", description = "decision threshold (default: the model's own)")
  Double threshold;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "print the N worst misses with their scores")
  int errors;

  @Option(names = "--split", defaultValue = "all", description = "all, train or dev: the whole data or a part of the fixed hash split")
  String split;

  /** Scores the sentences with the bundled model or --model; the last line printed is the headline. */
  void evaluate(String task, List<LabelledSentence> sentences, Supplier<? extends LinearModelScorer> bundled,
      ModelFileReader reader, PrintWriter out) throws IOException {
    LinearModelScorer scorer;
    try {
      scorer = model == null ? bundled.get() : reader.read(ModelFiles.existing(model));
    } catch (UnreadableModelException e) {
      throw new UserInputException(model + ": " + e.getMessage());
    }
    ModelReport.print(task, scorer.describe() + ": " + scorer.training(), sentences, scorer::score,
        threshold == null ? scorer.threshold() : threshold, errors, out);
  }
}
