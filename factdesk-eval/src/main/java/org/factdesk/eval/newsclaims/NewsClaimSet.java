// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.newsclaims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.analysis.ClaimType;
import org.factdesk.eval.dataset.DatasetFormatException;

/**
 * The news claim set file (TSV, {@code #} comments): {@code article ID SPLIT} rows name an
 * article and its split ({@code dev} or {@code test}); the rows after it label its sentences:
 * {@code ID START END FINGERPRINT LABEL LEAD}, offsets into the story's body, the fingerprint of
 * the sentence's text ({@link #fingerprint}) so that a changed copy of the story is noticed,
 * LABEL {@code no} or a claim type ({@code statistic}, {@code quote}, ...), LEAD {@code lead}
 * for a sentence of the lead paragraph, else {@code -}.
 */
public record NewsClaimSet(List<LabelledArticle> articles) {
  /** One labelled sentence of a story's body. */
  public record GoldSentence(int start, int end, String fingerprint, Optional<ClaimType> type, boolean lead) {
    public boolean claim() {
      return type.isPresent();
    }
  }

  /** An article of the set with its split and its labelled sentences (possibly none yet). */
  public record LabelledArticle(String id, String split, List<GoldSentence> sentences) {}

  public static NewsClaimSet read(Path file) throws IOException {
    Map<String, String> splits = new LinkedHashMap<>();
    Map<String, List<GoldSentence>> sentences = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + ":" + (i + 1) + ": ";
      if (f[0].equals("article")) {
        if (f.length != 3 || !(f[2].equals("dev") || f[2].equals("test"))) {
          throw new DatasetFormatException(where + "expected 'article ID dev|test'");
        }
        splits.put(f[1], f[2]);
        sentences.putIfAbsent(f[1], new ArrayList<>());
        continue;
      }
      if (f.length != 6) {
        throw new DatasetFormatException(where + "expected 6 tab-separated fields (ID START END FINGERPRINT LABEL LEAD), found " + f.length);
      }
      if (!splits.containsKey(f[0])) {
        throw new DatasetFormatException(where + "sentence of " + f[0] + " before its 'article' row");
      }
      try {
        int start = Integer.parseInt(f[1]);
        int end = Integer.parseInt(f[2]);
        if (start < 0 || end <= start) {
          throw new DatasetFormatException(where + "offsets must satisfy 0 <= START < END");
        }
        sentences.get(f[0]).add(new GoldSentence(start, end, f[3], label(f[4], where), f[5].equals("lead")));
      } catch (NumberFormatException e) {
        throw new DatasetFormatException(where + "offsets must be whole numbers");
      }
    }
    List<LabelledArticle> articles = new ArrayList<>();
    splits.forEach((id, split) -> articles.add(new LabelledArticle(id, split, List.copyOf(sentences.get(id)))));
    return new NewsClaimSet(List.copyOf(articles));
  }

  private static Optional<ClaimType> label(String label, String where) {
    if (label.equals("no")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ClaimType.valueOf(label.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(where + "label must be 'no' or a claim type (statistic, quote, event, role, causal, "
          + "prediction, policy, other), not '" + label + "'");
    }
  }

  /** FNV-1a (32 bits, hex) of a sentence's letters and digits, lower-cased: stable under spacing changes. */
  public static String fingerprint(String text) {
    int h = 0x811c9dc5;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        h ^= c;
        h *= 0x01000193;
      }
    }
    return String.format(Locale.ROOT, "%08x", h);
  }
}
