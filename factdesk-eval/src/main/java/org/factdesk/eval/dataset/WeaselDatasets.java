// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CoNLL-2010 Wikipedia weasel/uncertainty CSVs in both published layouts, told apart by
 * content:
 * <ul>
 *   <li>no header, {@code label,sentence}, {@code 1} = certain and {@code -1} = uncertain
 *       (a UTF-8 byte-order mark is allowed);</li>
 *   <li>header {@code text,label}, {@code 0} = certain and {@code 1} = uncertain, PTB-tokenised
 *       ({@code -LRB-}, {@code ``}), which is undone by {@link PtbText#restore}.</li>
 * </ul>
 * A sentence seen twice (the two published files share about 1,900) is kept once, first seen
 * wins, so that reading a folder never counts a sentence twice.
 */
public final class WeaselDatasets {
  /**
   * @throws DatasetFormatException naming the file and record that is in neither layout
   */
  public List<LabelledSentence> read(Path path) throws IOException {
    List<LabelledSentence> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path file : DatasetFiles.expand(path)) {
      for (LabelledSentence sentence : readFile(file)) {
        if (seen.add(SentenceKey.of(sentence.text()))) {
          all.add(sentence);
        }
      }
    }
    return all;
  }

  private List<LabelledSentence> readFile(Path file) throws IOException {
    String text = DatasetFiles.read(file);
    List<LabelledSentence> sentences = new ArrayList<>();
    try {
      Iterator<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).iterator();
      if (!records.hasNext()) {
        throw new DatasetFormatException(file + ": empty, expected a weasel CSV");
      }
      CSVRecord first = records.next();
      boolean textLabelLayout = first.size() == 2 && first.get(0).strip().equals("text") && first.get(1).strip().equals("label");
      if (!textLabelLayout) {
        add(file, first, false, sentences);
      }
      while (records.hasNext()) {
        add(file, records.next(), textLabelLayout, sentences);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new DatasetFormatException(file + ": not a readable CSV (" + e.getMessage() + ")");
    }
    return sentences;
  }

  private static void add(Path file, CSVRecord record, boolean textLabelLayout, List<LabelledSentence> into) {
    String where = file + ":" + record.getRecordNumber();
    if (record.size() != 2) {
      throw new DatasetFormatException(where + ": expected 2 fields (label,sentence or text,label), found " + record.size());
    }
    String label = (textLabelLayout ? record.get(1) : record.get(0)).strip();
    String sentence = PtbText.restore(textLabelLayout ? record.get(0) : record.get(1));
    boolean uncertain;
    if (textLabelLayout) {
      uncertain = switch (label) {
        case "1" -> true;
        case "0" -> false;
        default -> throw new DatasetFormatException(where + ": label must be 0 (certain) or 1 (uncertain), not '" + label + "'");
      };
    } else {
      uncertain = switch (label) {
        case "-1" -> true;
        case "1" -> false;
        default -> throw new DatasetFormatException(where + ": label must be 1 (certain) or -1 (uncertain), not '" + label + "'");
      };
    }
    if (!sentence.isEmpty()) {
      into.add(new LabelledSentence(file.getFileName() + ":" + record.getRecordNumber(), sentence, uncertain));
    }
  }
}
