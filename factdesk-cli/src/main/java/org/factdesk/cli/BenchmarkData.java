// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.eval.dataset.CheckworthinessDatasets;
import org.factdesk.eval.dataset.HashSplit;
import org.factdesk.eval.dataset.LabelledSentence;
import org.factdesk.eval.dataset.WeaselDatasets;

/** Reads benchmark files for the eval and train commands, turning format errors into one-line user errors. */
final class BenchmarkData {
  private BenchmarkData() {}

  static List<LabelledSentence> checkworthiness(Path path, HashSplit split) throws IOException {
    return nonEmpty(path, split, () -> new CheckworthinessDatasets().read(path));
  }

  static List<LabelledSentence> weasel(Path path, HashSplit split) throws IOException {
    return nonEmpty(path, split, () -> new WeaselDatasets().read(path));
  }

  private interface Reader {
    List<LabelledSentence> read() throws IOException;
  }

  private static List<LabelledSentence> nonEmpty(Path path, HashSplit split, Reader reader) throws IOException {
    if (!Files.exists(path)) {
      throw new UserInputException("no such file or folder: " + path);
    }
    List<LabelledSentence> sentences;
    sentences = split.apply(reader.read());
    if (sentences.isEmpty()) {
      throw new UserInputException("no labelled sentences in " + path + (split == HashSplit.ALL ? "" : " (split " + split.name().toLowerCase() + ")"));
    }
    return sentences;
  }
}
