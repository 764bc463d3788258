// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.training.Progress;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.LinearTextModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureExportTest {
  @TempDir Path dir;

  @Test
  void writesOneRowOfSentenceAndFeaturesPerSentenceInSplitOrder() throws Exception {
    FeatureSpec spec = FeatureSpec.parse("bits=10 words=1-2");
    LinearTextModel model = new LinearTextModel(spec, new float[spec.buckets()], 0, 0.5, "zero", "all weights zero");
    List<LabelledSentence> train = List.of(new LabelledSentence("1", "Unemployment fell\tto 4 percent.", true),
        new LabelledSentence("2", "Thank you all.", false));
    List<LabelledSentence> dev = List.of(new LabelledSentence("3", "Taxes rose by a third.", true));
    List<LabelledSentence> test = List.of(new LabelledSentence("4", "Good evening.", false));

    List<String> lines = new FeatureExport(Progress.SILENT).write(dir, model, List.of(), train, dev, test);

    assertThat(lines).isEmpty();
    List<String> rows = Files.readAllLines(dir.resolve("sentences.tsv"));
    assertThat(rows).containsExactly("train\t1\t0.500000\t1\tUnemployment fell to 4 percent.",
        "train\t0\t0.500000\t2\tThank you all.", "dev\t1\t0.500000\t3\tTaxes rose by a third.",
        "test\t0\t0.500000\t4\tGood evening.");
    List<String> features = Files.readAllLines(dir.resolve("hashed.txt"));
    assertThat(features).hasSize(4).allSatisfy(f -> assertThat(f).matches("\\d+:[-0-9.E]+( \\d+:[-0-9.E]+)*"));
  }
}
