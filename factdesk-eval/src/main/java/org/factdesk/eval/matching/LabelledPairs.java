// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.archive.ingest.UnreadableFactChecksException;

/**
 * The labelled news pairs file: TAB separated, {@code #} lines are provenance comments, one
 * header line {@code story start end check label split sentence_hash}. No text is copied: the
 * sentence is {@code story}'s text (as {@link WireStories} builds it, or, for a story named
 * {@code github:OWNER/NAME@COMMIT:PATH#ROW_ID}, that dataset row's title: {@link HeadlineRows})
 * from {@code start} to {@code end}, and {@code sentence_hash} (FNV-1a, 8 hex digits) proves the
 * offsets still point at the sentence that was labelled.
 */
public final class LabelledPairs {
  static final String HEADER = "story\tstart\tend\tcheck\tlabel\tsplit\tsentence_hash";

  private LabelledPairs() {}

  public static List<LabelledPair> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabelledPair> out = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new UnreadableFactChecksException(file + ":" + (i + 1) + ": expected the header '" + HEADER.replace('\t', ' ') + "'");
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        throw new UnreadableFactChecksException(file + ":" + (i + 1) + ": expected 7 TAB-separated fields, got " + f.length);
      }
      try {
        out.add(new LabelledPair(f[0].strip(), Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()),
            f[3].strip(), LabelledPair.Label.valueOf(f[4].strip().toUpperCase(Locale.ROOT)),
            LabelledPair.Split.valueOf(f[5].strip().toUpperCase(Locale.ROOT)), f[6].strip(), i + 1));
      } catch (IllegalArgumentException e) {
        throw new UnreadableFactChecksException(file + ":" + (i + 1) + ": " + e.getMessage()
            + " (labels: same, related, unrelated; splits: train, test)");
      }
    }
    if (!header) {
      throw new UnreadableFactChecksException(file + ": no header line '" + HEADER.replace('\t', ' ') + "'");
    }
    return out;
  }

  /** FNV-1a 32-bit of the sentence's UTF-8 bytes, as 8 hex digits. */
  public static String hash(String sentence) {
    int h = 0x811c9dc5;
    for (byte b : sentence.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", h);
  }

  /**
   * The split a story belongs to: test when the FNV-1a hash of its file name is even. By story,
   * so that no story lends sentences to both sides.
   */
  public static LabelledPair.Split splitOf(String story) {
    long h = 0xcbf29ce484222325L;
    for (byte b : story.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return Long.remainderUnsigned(h, 2) == 0 ? LabelledPair.Split.TEST : LabelledPair.Split.TRAIN;
  }
}
