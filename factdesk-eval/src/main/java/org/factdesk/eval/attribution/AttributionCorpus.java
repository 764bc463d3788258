// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.eval.dataset.DatasetFormatException;

/**
 * Reads the attribution corpus: TSV, {@code #} comment lines, a header
 * {@code id split source start end labels cue text}. Rejects a malformed row naming its line.
 */
public final class AttributionCorpus {
  private static final String HEADER = "id\tsplit\tsource\tstart\tend\tlabels\tcue\ttext";
  /** Every split a row may name, in the order reports list them: the one place a new set is added. */
  public static final List<String> SPLIT_NAMES = List.of("dev", "test", "web", "webtest", "freshdev", "freshtest", "fresh2",
      "fresh3dev", "fresh3test", "fresh4dev", "fresh4test", "fresh5dev", "fresh5test");
  /** The splits tuned on, whose sentences may be shown; the rest are held out and stay unread. */
  public static final List<String> TUNING_SPLITS = List.of("dev", "web", "freshdev", "fresh3dev", "fresh4dev", "fresh5dev");
  private static final Set<String> SPLITS = Set.copyOf(SPLIT_NAMES);

  private AttributionCorpus() {}

  /** "a, b or c", for messages that list the choices. */
  public static String oneOf(List<String> choices) {
    return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
  }

  public static List<LabelledInstance> read(Path file) throws IOException {
    return read(file, SPLITS);
  }

  /**
   * Only the rows of the given splits: the others are skipped before they are parsed, so that an
   * experiment that must never see the held-out rows does not even hold them in memory.
   */
  public static List<LabelledInstance> read(Path file, Set<String> splits) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabelledInstance> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new DatasetFormatException(file + ": expected the header \"" + HEADER.replace("\t", " ")
              + "\" on line " + (i + 1));
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length > 1 && SPLITS.contains(f[1]) && !splits.contains(f[1])) {
        continue;
      }
      if (f.length != 8) {
        throw new DatasetFormatException(file + " line " + (i + 1) + ": expected 8 tab-separated fields, found " + f.length);
      }
      try {
        if (!SPLITS.contains(f[1])) {
          throw new IllegalArgumentException("split must be " + oneOf(SPLIT_NAMES) + ", not " + f[1]);
        }
        EnumSet<AttributionLabel> labels = EnumSet.noneOf(AttributionLabel.class);
        for (String l : f[5].split(",")) {
          labels.add(AttributionLabel.parse(l));
        }
        if (labels.contains(AttributionLabel.NONE) && labels.size() > 1) {
          throw new IllegalArgumentException("\"none\" cannot come with other labels");
        }
        boolean inline = f[2].startsWith("inline:");
        if (inline == f[7].isEmpty()) {
          throw new IllegalArgumentException(inline ? "an inline row needs its text" : "only inline rows carry text");
        }
        int start = Integer.parseInt(f[3]);
        int end = Integer.parseInt(f[4]);
        if (!inline && (start < 0 || end <= start)) {
          throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (!ids.add(f[0])) {
          throw new IllegalArgumentException("duplicate id " + f[0]);
        }
        out.add(new LabelledInstance(f[0], f[1], f[2], start, end, labels, f[6],
            inline ? Optional.of(f[7].replace("\\n", "\n")) : Optional.empty()));
      } catch (IllegalArgumentException e) {
        throw new DatasetFormatException(file + " line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (!header) {
      throw new DatasetFormatException(file + " has no header line \"" + HEADER.replace("\t", " ") + "\"");
    }
    return out;
  }
}
