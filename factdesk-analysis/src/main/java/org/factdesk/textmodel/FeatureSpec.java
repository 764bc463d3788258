// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Which feature families a model uses and how many hash buckets they share. Written into the
 * model file as text ({@code "bits=18 words=1-2 chars=3-5 cues"}) so that the runtime
 * featurizer reproduces the trainer's exactly.
 *
 * @param hashBits log2 of the number of buckets, 10 to 24
 * @param maxWordNgram longest word n-gram, 0 for none
 * @param minCharNgram shortest character n-gram inside a word, 0 for none
 * @param maxCharNgram longest character n-gram inside a word, 0 for none
 * @param cues whether the handcrafted cue features are on
 * @param news whether the news-claim cues are on (quantities with units, titled people and
 *     institutions, attributions, accusations, causal links, comparisons; see {@link NewsCues})
 */
public record FeatureSpec(int hashBits, int maxWordNgram, int minCharNgram, int maxCharNgram, boolean cues, boolean news) {
  /** A spec without the news cues (the families every model before them used). */
  public FeatureSpec(int hashBits, int maxWordNgram, int minCharNgram, int maxCharNgram, boolean cues) {
    this(hashBits, maxWordNgram, minCharNgram, maxCharNgram, cues, false);
  }

  public FeatureSpec {
    if (hashBits < 10 || hashBits > 24) {
      throw new IllegalArgumentException("hash bits must be 10 to 24, not " + hashBits);
    }
    if (maxWordNgram < 0 || maxWordNgram > 4) {
      throw new IllegalArgumentException("word n-grams must be 0 to 4 long, not " + maxWordNgram);
    }
    if (minCharNgram < 0 || maxCharNgram < minCharNgram || maxCharNgram > 8 || (minCharNgram == 0) != (maxCharNgram == 0)) {
      throw new IllegalArgumentException("character n-grams must be 1 to 8 long, or 0-0 for none, not " + minCharNgram + "-" + maxCharNgram);
    }
  }

  public int buckets() {
    return 1 << hashBits;
  }

  /**
   * Reads the text form, e.g. {@code "bits=18 words=1-2 chars=3-5 cues"}; omitted families are
   * off.
   *
   * @throws IllegalArgumentException naming the first part it does not understand
   */
  public static FeatureSpec parse(String text) {
    int bits = 18;
    int words = 0;
    int charMin = 0;
    int charMax = 0;
    boolean cues = false;
    boolean news = false;
    for (String part : text.trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        if (part.startsWith("bits=")) {
          bits = Integer.parseInt(part.substring(5));
        } else if (part.startsWith("words=1-")) {
          words = Integer.parseInt(part.substring(8));
        } else if (part.startsWith("chars=")) {
          String[] range = part.substring(6).split("-", 2);
          charMin = Integer.parseInt(range[0]);
          charMax = Integer.parseInt(range[range.length - 1]);
        } else if (part.equals("cues")) {
          cues = true;
        } else if (part.equals("news")) {
          news = true;
        } else {
          throw new IllegalArgumentException("unknown feature family '" + part
              + "' (known: bits=N, words=1-N, chars=A-B, cues, news)");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number in feature family '" + part + "'");
      }
    }
    return new FeatureSpec(bits, words, charMin, charMax, cues, news);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add("bits=" + hashBits);
    if (maxWordNgram > 0) {
      parts.add("words=1-" + maxWordNgram);
    }
    if (maxCharNgram > 0) {
      parts.add("chars=" + minCharNgram + "-" + maxCharNgram);
    }
    if (cues) {
      parts.add("cues");
    }
    if (news) {
      parts.add("news");
    }
    return String.join(" ", parts);
  }
}
