// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.embedding.FeatureExport;
import org.factdesk.eval.embedding.MiniLmHeadExperiment;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.eval.scoring.Scoring;
import org.factdesk.eval.training.ProgressBar;
import org.factdesk.eval.training.TextModelTrainer;
import org.factdesk.eval.training.TrainedTextModel;
import picocli.CommandLine.Model.CommandSpec;

/** Trains, writes and reports a model for either train command; the dev (or train) headline comes last. */
final class ModelTraining {
  private ModelTraining() {}

  static void run(String task, String what, TrainingFlags flags, List<LabelledSentence> train, List<LabelledSentence> dev,
      List<LabelledSentence> test, CommandSpec spec) throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    PrintWriter err = spec.root().commandLine().getErr();
    if (flags.experimentMiniLm) {
      if (dev.isEmpty()) {
        throw new UserInputException("--experiment-minilm needs --dev to choose thresholds on");
      }
      out.println("MiniLM experiment: no model written to " + flags.out + " (it would need the ONNX runtime at run time)");
      new MiniLmHeadExperiment(flags.featureSpec(), flags.options(), new ProgressBar(err)).run(train, dev, test)
          .lines(task).forEach(out::println);
      return;
    }
    TrainedTextModel trained = new TextModelTrainer(flags.featureSpec(), flags.options(), new ProgressBar(err))
        .train(flags.name != null ? flags.name : "logreg " + task + ", " + flags.train.getFileName(), what, train, dev);
    long bytes = ModelFiles.write(trained.model(), flags.out);
    out.println("model: " + trained.model().name() + ": " + trained.model().description());
    out.printf(Locale.ROOT, "wrote %s (%.1f kB)%n", flags.out, bytes / 1024.0);
    out.println(trained.onTrain().headline(task + " train"));
    if (!test.isEmpty()) {
      out.println(PrecisionRecall.at(Scoring.score(test, trained.model()::score), trained.model().threshold()).headline(task + " test"));
    }
    if (flags.export != null) {
      new FeatureExport(new ProgressBar(err)).write(flags.export, trained.model(), flags.embeddings, train, dev, test)
          .forEach(out::println);
    }
    out.println(trained.onDev().orElse(trained.onTrain()).headline(task + (trained.onDev().isPresent() ? " dev" : " train")));
  }
}
