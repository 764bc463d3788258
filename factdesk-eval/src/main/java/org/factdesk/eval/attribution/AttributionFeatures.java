// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.textmodel.FeatureSpec;
import org.factdesk.textmodel.HashedTextFeatures;
import org.factdesk.textmodel.SparseVector;

/**
 * A labelled sentence as a sparse vector for the attribution models: the sentence's hashed
 * features ({@link HashedTextFeatures}) in the first {@code spec.buckets()} slots, then a few
 * context features in slots of their own, so that no n-gram collides with them. The context
 * features are the ones meant to carry over between sites: where links are, quote marks, who
 * stands before a speech verb (a capitalised name or a lower-case noun), and in which third of
 * the sentence a document or unnamed-source word sits.
 */
final class AttributionFeatures {
  static final List<String> CONTEXT = List.of(
      "link-in-sentence", "link-in-paragraph", "no-link-nearby", "quote-mark", "quote-mark-in-paragraph",
      "speech-after-capitalised", "speech-after-lowercase", "speech-after-pronoun", "first-in-paragraph",
      "document-word-1/3", "document-word-2/3", "document-word-3/3",
      "source-word-1/3", "source-word-2/3", "source-word-3/3");
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "according", "stated", "added",
      "wrote", "believe", "believes", "warned", "argued", "argue", "argues", "estimated", "reported", "noted");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "who");
  private static final Set<String> DOCUMENTS = Set.of("report", "study", "survey", "poll", "data", "paper",
      "analysis", "filing", "letter", "memo", "document", "documents", "statement", "research", "figures", "audit",
      "review", "records", "findings", "estimates", "index");
  private static final Set<String> SOURCES = Set.of("officials", "official", "sources", "source", "experts",
      "analysts", "critics", "people", "observers", "insiders", "aides", "person", "some", "many", "others",
      "diplomats", "executives", "economists", "scientists", "researchers");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final float CONTEXT_VALUE = 0.5f;

  private final HashedTextFeatures words;
  private final int buckets;
  private final boolean context;

  /** @param context whether the context features are on (off: the sentence's own features only) */
  AttributionFeatures(FeatureSpec spec, boolean context) {
    this.words = new HashedTextFeatures(spec);
    this.buckets = spec.buckets();
    this.context = context;
  }

  /** How many slots a vector may use: the hash buckets, then the context features. */
  int dimension() {
    return buckets + CONTEXT.size();
  }

  SparseVector featurize(SentenceInContext s) {
    SparseVector text = words.featurize(s.sentence());
    if (!context) {
      return text;
    }
    boolean[] on = new boolean[CONTEXT.size()];
    on[0] = s.linkInSentence();
    on[1] = s.linkInParagraph();
    on[2] = !s.linkInSentence() && !s.linkInParagraph();
    on[3] = hasQuote(s.sentence());
    on[4] = !on[3] && hasQuote(s.paragraph());
    on[8] = s.paragraph().strip().startsWith(s.sentence().strip());
    List<String> tokens = tokens(s.sentence());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String lower = token.toLowerCase(Locale.ROOT);
      if (SPEECH.contains(lower) && i > 0) {
        String before = tokens.get(i - 1);
        String beforeLower = before.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(beforeLower)) {
          on[7] = true;
        } else if (Character.isUpperCase(before.charAt(0))) {
          on[5] = true;
        } else {
          on[6] = true;
        }
      }
      int third = Math.min(2, 3 * i / tokens.size());
      if (DOCUMENTS.contains(lower)) {
        on[9 + third] = true;
      }
      if (SOURCES.contains(lower)) {
        on[12 + third] = true;
      }
    }
    int count = 0;
    for (boolean b : on) {
      count += b ? 1 : 0;
    }
    int[] indices = Arrays.copyOf(text.indices(), text.size() + count);
    float[] values = Arrays.copyOf(text.values(), text.size() + count);
    int k = text.size();
    for (int j = 0; j < on.length; j++) {
      if (on[j]) {
        indices[k] = buckets + j;
        values[k++] = CONTEXT_VALUE;
      }
    }
    return new SparseVector(indices, values);
  }

  private static boolean hasQuote(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
  }

  private static List<String> tokens(String sentence) {
    Matcher m = WORD.matcher(sentence);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
