// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence into a hashed, L2-normalised sparse vector: lower-cased word n-grams (numbers
 * reduced to their shape), character n-grams inside words, and handcrafted cues (numbers,
 * money, comparisons, capitalised names, tense, person, hedges, weasel phrases). Stateless and
 * thread-safe. The features are part of every trained model's contract: changing what a family
 * emits changes what old models mean, so add a new family instead.
 */
public final class HashedTextFeatures {
  private static final Set<String> HEDGES = Set.of(
      "may", "might", "could", "possibly", "perhaps", "probably", "likely", "unlikely", "apparently",
      "reportedly", "allegedly", "arguably", "supposedly", "presumably", "seemingly", "seems", "seem",
      "seemed", "suggest", "suggests", "suggested", "believed", "thought", "considered", "regarded",
      "claimed", "claim", "claims", "rumored", "rumoured", "widely", "often", "sometimes", "generally",
      "usually", "some", "many", "most", "several", "various", "numerous", "critics", "experts",
      "observers", "scholars", "historians", "commentators", "sources", "people", "say", "says",
      "said", "argue", "argued", "argues", "speculated", "estimated", "possible", "potentially",
      "somewhat", "notable", "famous", "important", "significant", "best", "greatest", "popular");
  private static final Set<String> WEASEL_SUBJECTS = Set.of(
      "some", "many", "most", "several", "various", "numerous", "critics", "experts", "observers",
      "scholars", "historians", "commentators", "analysts", "sources", "officials", "others");
  private static final Set<String> WEASEL_VERBS = Set.of(
      "said", "say", "says", "believed", "believe", "believes", "thought", "think", "considered",
      "consider", "claimed", "claim", "claims", "argued", "argue", "argues", "suggested", "suggest",
      "regarded", "known", "reported", "rumored", "rumoured", "speculated", "estimated", "feel", "felt");
  private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "should", "can", "must");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "went", "got", "made");
  private static final Set<String> CHANGE_VERBS = Set.of(
      "increase", "increased", "increases", "decrease", "decreased", "decreases", "rose", "risen",
      "fell", "fallen", "grew", "grown", "doubled", "tripled", "cut", "cuts", "raised", "raise",
      "lost", "gained", "created", "spent", "spend", "voted", "passed", "signed", "percent", "million",
      "billion", "trillion", "thousand", "hundred", "rate", "tax", "taxes", "jobs", "deficit", "debt");
  private static final Set<String> MONEY = Set.of("$", "dollars", "dollar", "million", "billion", "trillion");

  private final FeatureSpec spec;
  private final int mask;

  public HashedTextFeatures(FeatureSpec spec) {
    this.spec = spec;
    this.mask = spec.buckets() - 1;
  }

  public FeatureSpec spec() {
    return spec;
  }

  /** The features of one sentence; an empty or blank sentence gives the empty vector. */
  public SparseVector featurize(String sentence) {
    List<String> original = tokenize(sentence);
    List<String> words = new ArrayList<>(original.size());
    for (String token : original) {
      words.add(wordForm(token));
    }
    IntList hashes = new IntList();
    if (spec.maxWordNgram() > 0) {
      addWordNgrams(words, hashes);
    }
    if (spec.maxCharNgram() > 0) {
      addCharNgrams(words, hashes);
    }
    if (spec.cues()) {
      addCues(sentence, original, words, hashes);
    }
    if (spec.news()) {
      for (String cue : NewsCues.of(original, words)) {
        hashes.add(hash("n:" + cue));
      }
    }
    return normalised(hashes);
  }

  private void addWordNgrams(List<String> words, IntList hashes) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      hashes.add(hash("w:" + words.get(i)));
    }
    StringBuilder gram = new StringBuilder();
    for (int len = 2; len <= spec.maxWordNgram(); len++) {
      for (int start = -1; start + len <= n + 1; start++) {
        gram.setLength(0);
        gram.append('w').append(len).append(':');
        for (int k = start; k < start + len; k++) {
          gram.append(k < 0 ? "<s>" : k >= n ? "</s>" : words.get(k)).append(' ');
        }
        hashes.add(hash(gram.toString()));
      }
    }
  }

  private void addCharNgrams(List<String> words, IntList hashes) {
    StringBuilder gram = new StringBuilder();
    for (String word : words) {
      String padded = "<" + word + ">";
      for (int len = spec.minCharNgram(); len <= spec.maxCharNgram(); len++) {
        for (int start = 0; start + len <= padded.length(); start++) {
          gram.setLength(0);
          gram.append('c').append(':').append(padded, start, start + len);
          hashes.add(hash(gram.toString()));
        }
      }
    }
  }

  private void addCues(String sentence, List<String> original, List<String> words, IntList hashes) {
    List<String> cues = new ArrayList<>();
    int numbers = 0;
    int capitalised = 0;
    int hedges = 0;
    boolean past = false;
    boolean passive = false;
    boolean comparison = false;
    boolean superlative = false;
    boolean weaselPhrase = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String o = original.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (w.startsWith("#")) {
        numbers++;
        if (w.equals("#year")) {
          cues.add("year");
        }
      }
      if (i > 0 && Character.isUpperCase(o.charAt(0)) && !o.equals("I")) {
        capitalised++;
      }
      if (HEDGES.contains(w)) {
        hedges++;
      }
      if (MONEY.contains(w)) {
        cues.add("money");
      }
      if (w.equals("%") || w.equals("percent")) {
        cues.add("percent");
      }
      if (CHANGE_VERBS.contains(w)) {
        cues.add("quantity-word");
      }
      if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed"))) {
        past = true;
      }
      if (BE.contains(w) && next.length() > 4 && next.endsWith("ed")) {
        passive = true;
      }
      if (next.equals("than") && (w.endsWith("er") || w.equals("more") || w.equals("less") || w.equals("fewer"))) {
        comparison = true;
      }
      if (w.equals("most") || w.equals("least") || (w.length() > 5 && w.endsWith("est") && !w.endsWith("rest"))) {
        superlative = true;
      }
      if (WEASEL_SUBJECTS.contains(w) && (WEASEL_VERBS.contains(next) || next.equals("people")
          || next.equals("have") || next.equals("believe"))) {
        weaselPhrase = true;
      }
      if ((w.equals("it") || w.equals("this")) && BE.contains(next) && i + 2 < words.size()
          && WEASEL_VERBS.contains(words.get(i + 2))) {
        weaselPhrase = true;
      }
      if (w.equals("has") && next.equals("been") && i + 2 < words.size() && WEASEL_VERBS.contains(words.get(i + 2))) {
        weaselPhrase = true;
      }
      if (MODALS.contains(w)) {
        cues.add("modal");
      }
      if (w.equals("will") || (w.equals("going") && next.equals("to"))) {
        cues.add("future");
      }
      switch (w) {
        case "i", "me", "my" -> cues.add("first-person-singular");
        case "we", "our", "us" -> cues.add("first-person-plural");
        case "you", "your" -> cues.add("second-person");
        case "he", "she", "they", "his", "her", "their" -> cues.add("third-person");
        default -> { }
      }
    }
    cues.add("numbers=" + Math.min(numbers, 3));
    cues.add("capitalised=" + Math.min(capitalised, 4));
    cues.add("hedges=" + Math.min(hedges, 3));
    cues.add("length=" + lengthBin(words.size()));
    if (past) {
      cues.add("past");
    }
    if (passive) {
      cues.add("passive");
    }
    if (comparison) {
      cues.add("comparison");
    }
    if (superlative) {
      cues.add("superlative");
    }
    if (weaselPhrase) {
      cues.add("weasel-phrase");
    }
    String trimmed = sentence.strip();
    if (trimmed.endsWith("?")) {
      cues.add("question");
    }
    if (trimmed.indexOf('"') >= 0 || trimmed.indexOf('\u201c') >= 0) {
      cues.add("quote-mark");
    }
    for (String cue : cues) {
      hashes.add(hash("q:" + cue));
    }
  }

  private static String lengthBin(int tokens) {
    if (tokens < 5) {
      return "<5";
    }
    if (tokens < 10) {
      return "<10";
    }
    if (tokens < 20) {
      return "<20";
    }
    return tokens < 35 ? "<35" : "35+";
  }

  /** Words keep apostrophes; numbers keep their shape ("#year", "#0.0", "#0,0") not their value. */
  private static String wordForm(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    boolean digits = false;
    for (int i = 0; i < lower.length() && !digits; i++) {
      digits = Character.isDigit(lower.charAt(i));
    }
    if (!digits) {
      return lower;
    }
    if (lower.length() == 4 && (lower.startsWith("19") || lower.startsWith("20") || lower.startsWith("18"))
        && lower.chars().allMatch(Character::isDigit)) {
      return "#year";
    }
    StringBuilder shape = new StringBuilder("#");
    char last = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = Character.isDigit(lower.charAt(i)) ? '0' : lower.charAt(i);
      if (c != '0' || last != '0') {
        shape.append(c);
      }
      last = c;
    }
    return shape.toString();
  }

  /** Letters and digits with inner apostrophes and inner number punctuation; $ % ? stand alone. */
  static List<String> tokenize(String sentence) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = sentence.length();
    for (int i = 0; i < n; i++) {
      char c = sentence.charAt(i);
      if (c == '\u2019') {
        c = '\'';
      }
      if (Character.isLetterOrDigit(c)) {
        current.append(c);
        continue;
      }
      boolean inner = current.length() > 0 && i + 1 < n && Character.isLetterOrDigit(sentence.charAt(i + 1));
      if (inner && c == '\'') {
        current.append(c);
        continue;
      }
      if (inner && (c == '.' || c == ',') && Character.isDigit(current.charAt(current.length() - 1))
          && Character.isDigit(sentence.charAt(i + 1))) {
        current.append(c);
        continue;
      }
      if (current.length() > 0) {
        tokens.add(current.toString());
        current.setLength(0);
      }
      if (c == '$' || c == '%' || c == '?') {
        tokens.add(String.valueOf(c));
      }
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private int hash(String feature) {
    int h = feature.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & mask;
  }

  private static SparseVector normalised(IntList hashes) {
    int[] sorted = hashes.toSortedArray();
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    int[] indices = new int[distinct];
    float[] values = new float[distinct];
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        k++;
        indices[k] = sorted[i];
      }
      values[k] += 1f;
    }
    double norm = 0;
    for (float v : values) {
      norm += v * v;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < values.length; i++) {
        values[i] *= scale;
      }
    }
    return new SparseVector(indices, values);
  }

  /** A growable int array, to avoid boxing thousands of hashes per sentence. */
  private static final class IntList {
    private int[] items = new int[256];
    private int size;

    void add(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int[] toSortedArray() {
      int[] result = Arrays.copyOf(items, size);
      Arrays.sort(result);
      return result;
    }
  }
}
