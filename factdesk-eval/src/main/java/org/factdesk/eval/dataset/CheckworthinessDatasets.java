// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads check-worthiness benchmarks in their original formats, telling them apart by content:
 * <ul>
 *   <li>CheckThat! 2024 Task 1 TSV: header {@code Sentence_id	Text	class_label}, labels
 *       {@code Yes}/{@code No}; a text wrapped in double quotes has them removed and {@code ""}
 *       restored to {@code "};</li>
 *   <li>ClaimBuster JSON: an array of {@code {"sentence_id", "label": 1|0, "text"}};</li>
 *   <li>CheckThat! 2019 Task 1 per-debate TSV, no header: {@code line	speaker	text	label}
 *       with label 1 = check-worthy.</li>
 * </ul>
 * A folder reads every file in it (and below), sorted by path.
 */
public final class CheckworthinessDatasets {
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @throws DatasetFormatException naming the file and line that is in no known format
   */
  public List<LabelledSentence> read(Path path) throws IOException {
    List<LabelledSentence> all = new ArrayList<>();
    for (Path file : DatasetFiles.expand(path)) {
      all.addAll(readFile(file));
    }
    return all;
  }

  private List<LabelledSentence> readFile(Path file) throws IOException {
    String text = DatasetFiles.read(file);
    String start = text.stripLeading();
    if (start.startsWith("[") || start.startsWith("{")) {
      return readClaimBuster(file, text);
    }
    String[] lines = text.split("\r?\n");
    if (lines.length > 0 && lines[0].startsWith("Sentence_id\t")) {
      return readCheckThat2024(file, lines);
    }
    if (lines.length > 0 && lines[0].split("\t", -1).length == 4) {
      return readCheckThat2019(file, lines);
    }
    throw new DatasetFormatException(file + ": not a check-worthiness dataset (expected CheckThat! 2024 TSV"
        + " with a Sentence_id header, ClaimBuster JSON, or CheckThat! 2019 line/speaker/text/label TSV)");
  }

  private List<LabelledSentence> readCheckThat2024(Path file, String[] lines) {
    String[] header = lines[0].split("\t", -1);
    int textColumn = indexOf(header, "Text", file);
    int labelColumn = indexOf(header, "class_label", file);
    int idColumn = indexOf(header, "Sentence_id", file);
    List<LabelledSentence> sentences = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = lines[i].split("\t", -1);
      if (fields.length != header.length) {
        throw new DatasetFormatException(file + ":" + (i + 1) + ": expected " + header.length + " tab-separated fields, found " + fields.length);
      }
      String label = fields[labelColumn].strip();
      boolean positive = switch (label) {
        case "Yes" -> true;
        case "No" -> false;
        default -> throw new DatasetFormatException(file + ":" + (i + 1) + ": class_label must be Yes or No, not '" + label + "'");
      };
      sentences.add(new LabelledSentence(file.getFileName() + ":" + fields[idColumn].strip(), unquote(fields[textColumn]), positive));
    }
    return sentences;
  }

  private static int indexOf(String[] header, String column, Path file) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equals(column)) {
        return i;
      }
    }
    throw new DatasetFormatException(file + ": header has no " + column + " column");
  }

  private List<LabelledSentence> readCheckThat2019(Path file, String[] lines) {
    List<LabelledSentence> sentences = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = lines[i].split("\t", -1);
      if (fields.length != 4) {
        throw new DatasetFormatException(file + ":" + (i + 1) + ": expected 4 tab-separated fields (line, speaker, text, label), found " + fields.length);
      }
      String label = fields[3].strip();
      if (!label.equals("0") && !label.equals("1")) {
        throw new DatasetFormatException(file + ":" + (i + 1) + ": label must be 0 or 1, not '" + label + "'");
      }
      sentences.add(new LabelledSentence(file.getFileName() + ":" + fields[0].strip(), fields[2].strip(), label.equals("1")));
    }
    return sentences;
  }

  private List<LabelledSentence> readClaimBuster(Path file, String text) {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new DatasetFormatException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isArray()) {
      throw new DatasetFormatException(file + ": ClaimBuster JSON must be an array of {sentence_id, label, text}");
    }
    List<LabelledSentence> sentences = new ArrayList<>();
    int index = 0;
    for (JsonNode item : root) {
      index++;
      JsonNode label = item.get("label");
      JsonNode sentence = item.get("text");
      if (label == null || sentence == null || !sentence.isTextual() || !(label.asText().equals("0") || label.asText().equals("1"))) {
        throw new DatasetFormatException(file + ": item " + index + " needs a text and a label of 1 or 0");
      }
      JsonNode id = item.get("sentence_id");
      sentences.add(new LabelledSentence(file.getFileName() + ":" + (id == null ? "#" + index : id.asText()),
          sentence.asText().strip(), label.asText().equals("1")));
    }
    return sentences;
  }

  private static String unquote(String field) {
    String text = field.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    return text;
  }
}
