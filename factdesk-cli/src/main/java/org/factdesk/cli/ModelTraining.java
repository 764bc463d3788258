package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.training.ProgressBar;
import org.factdesk.eval.training.TextModelTrainer;
import org.factdesk.eval.training.TrainedTextModel;
import picocli.CommandLine.Model.CommandSpec;

/** Trains, writes and reports a model for either train command; the dev (or train) headline comes last. */
final class ModelTraining {
  private ModelTraining() {}

  static void run(String task, String what, TrainingFlags flags, List<LabelledSentence> train, List<LabelledSentence> dev,
      CommandSpec spec) throws IOException {
    PrintWriter out = spec.root().commandLine().getOut();
    PrintWriter err = spec.root().commandLine().getErr();
    TrainedTextModel trained = new TextModelTrainer(flags.featureSpec(), flags.options(), new ProgressBar(err))
        .train(what, train, dev);
    long bytes = ModelFiles.write(trained.model(), flags.out);
    out.println("model: " + trained.model().description());
    out.printf(Locale.ROOT, "wrote %s (%.1f kB)%n", flags.out, bytes / 1024.0);
    out.println(trained.onTrain().headline(task + " train"));
    out.println(trained.onDev().orElse(trained.onTrain()).headline(task + (trained.onDev().isPresent() ? " dev" : " train")));
  }
}
