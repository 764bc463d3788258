// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAndTrainCommandsTest {
  @TempDir Path dir;

  private record Run(int exit, List<String> out, String err) {
    String lastLine() {
      return out.get(out.size() - 1);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString().lines().toList(), err.toString());
  }

  private Path checkThat2024(String name, int copies) throws IOException {
    StringBuilder tsv = new StringBuilder("Sentence_id\tText\tclass_label\n");
    for (int i = 0; i < copies; i++) {
      tsv.append(i * 4).append("\tThe deficit grew by ").append(100 + i).append(" billion dollars in 2015.\tYes\n");
      tsv.append(i * 4 + 1).append("\tUnemployment fell to ").append(i % 9 + 1).append(" percent last year.\tYes\n");
      tsv.append(i * 4 + 2).append("\tThank you so much, it is great to be here.\tNo\n");
      tsv.append(i * 4 + 3).append("\tI think we should talk about that later, ").append(i).append(".\tNo\n");
    }
    return Files.writeString(dir.resolve(name), tsv);
  }

  @Test
  void evalCheckworthyPrintsItsHeadlineLastAndTheWorstMissesOnRequest() throws IOException {
    Run run = run("eval", "checkworthy", checkThat2024("dev.tsv", 5).toString(), "--errors", "2");
    assertThat(run.exit()).isZero();
    assertThat(run.lastLine()).matches("checkworthy: precision [0-9.]+ recall [0-9.]+ f1 [0-9.]+ n 20");
    assertThat(run.out()).anyMatch(line -> line.startsWith("model: "));
  }

  @Test
  void evalWeaselReadsEitherLayoutAndPrintsItsHeadlineLast() throws IOException {
    Path csv = Files.writeString(dir.resolve("w.csv"),
        "\"-1\",\"Many critics believe it is the best.\"\n\"1\",\"It was built in 1932.\"\n");
    Run run = run("eval", "weasel", csv.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.lastLine()).matches("weasel: precision [0-9.]+ recall [0-9.]+ f1 [0-9.]+ n 2");
  }

  @Test
  void evalAttributionScoresInlineRowsAndPrintsItsHeadlineLast() throws IOException {
    Path corpus = Files.writeString(dir.resolve("a.tsv"), "id\tsplit\tsource\tstart\tend\tlabels\tcue\ttext\n"
        + "i1\tdev\tinline:own\t0\t0\tvague\tvague\tPrices will rise, experts warned.\n"
        + "i2\tdev\tinline:own\t0\t0\tanonymous\tanon\tThe bank will close, a person familiar with the matter said.\n"
        + "i3\tdev\tinline:own\t0\t0\tunlinked\tunlinked\tThe plant will shut, the Financial Times reported.\n"
        + "i4\tdev\tinline:own\t0\t0\tnone\ttricky\tThe plant will shut, [the Financial Times reported](https://ft.com/x).\n");
    Run run = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "dev");
    assertThat(run.exit()).isZero();
    assertThat(run.lastLine()).isEqualTo("attribution: unnamed 1.000 1.000 1.000 anonymous 1.000 1.000 1.000"
        + " unlinked 1.000 1.000 1.000 n 4");
    assertThat(run.out()).anyMatch(line -> line.contains("look-alikes flagged 0 of 1"));
    assertThat(run("eval", "attribution", corpus.toString(), "--split", "train").exit()).isEqualTo(2);
    // The sentences of a held-out split are never printed: the guard refuses before reading anything.
    Run heldOut = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "test",
        "--errors", "5", "--show-text");
    assertThat(heldOut.exit()).isEqualTo(2);
    assertThat(heldOut.err()).contains("held-out rows stay unread");
    // The fourth fresh set's halves: fresh4test is held out like fresh3test, fresh4dev is a tuning split.
    Run fresh4test = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "fresh4test",
        "--errors", "5", "--show-text");
    assertThat(fresh4test.exit()).isEqualTo(2);
    assertThat(fresh4test.err()).contains("held-out rows stay unread");
    Run fresh4dev = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "fresh4dev");
    assertThat(fresh4dev.exit()).isZero();
    assertThat(fresh4dev.lastLine()).endsWith(" n 0");
    // The fifth fresh set's halves, the same way.
    Run fresh5test = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "fresh5test",
        "--errors", "5", "--show-text");
    assertThat(fresh5test.exit()).isEqualTo(2);
    assertThat(fresh5test.err()).contains("held-out rows stay unread");
    Run fresh5dev = run("eval", "attribution", corpus.toString(), "--shared", dir.toString(), "--split", "fresh5dev");
    assertThat(fresh5dev.exit()).isZero();
    assertThat(fresh5dev.lastLine()).endsWith(" n 0");
  }

  @Test
  void trainingWritesAModelThatEvalCanLoadAndEndsWithTheDevHeadline() throws IOException {
    Path model = dir.resolve("models/cw.model.gz");
    Run train = run("train", "checkworthy", "--train", checkThat2024("train.tsv", 30).toString(),
        "--dev", checkThat2024("dev.tsv", 5).toString(), "--test", checkThat2024("test.tsv", 2).toString(), "--out", model.toString(), "--features", "bits=12 words=1-2 cues");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).anyMatch(line -> line.startsWith("checkworthy test: "));
    assertThat(train.lastLine()).matches("checkworthy dev: precision [0-9.]+ recall [0-9.]+ f1 1.000 n 20");
    assertThat(train.err()).contains("100%");
    Run eval = run("eval", "checkworthy", dir.resolve("dev.tsv").toString(), "--model", model.toString());
    assertThat(eval.lastLine()).endsWith("f1 1.000 n 20");
  }

  @Test
  void aMissingDatasetIsAOneLineUsageError() {
    Run run = run("eval", "checkworthy", dir.resolve("nowhere.tsv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("factdesk: no such file or folder: " + dir.resolve("nowhere.tsv"));
  }

  @Test
  void aFileInNoKnownFormatIsAOneLineUsageError() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");
    Run run = run("eval", "checkworthy", notes.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("factdesk: ").contains("not a check-worthiness dataset").doesNotContain("\n");
  }

  @Test
  void aFileThatIsNotAModelIsAOneLineUsageError() throws IOException {
    Path notModel = Files.writeString(dir.resolve("x.model.gz"), "nope");
    Run run = run("eval", "checkworthy", checkThat2024("dev.tsv", 1).toString(), "--model", notModel.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not a factdesk linear text model");
  }

  @Test
  void unknownFeatureFamiliesAndSplitsAreUsageErrors() throws IOException {
    Path data = checkThat2024("t.tsv", 3);
    assertThat(run("train", "checkworthy", "--train", data.toString(), "--out", dir.resolve("m").toString(),
        "--features", "bits=12 sparkles").exit()).isEqualTo(2);
    assertThat(run("eval", "checkworthy", data.toString(), "--split", "test").err()).contains("--split must be all, train or dev");
  }
}
