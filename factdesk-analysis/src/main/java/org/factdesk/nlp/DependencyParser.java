// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stanford's neural dependency parser (Universal Dependencies, English) over the tagger's tokens.
 * Build one per process (the model takes about two seconds to load) and share it; parsing is per
 * sentence and on demand, so a detector pays only for the sentences it asks about.
 */
public final class DependencyParser {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  private DependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
    this.parser = parser;
  }

  public static DependencyParser load() {
    // No precomputed hidden-layer products: loading takes 2 s and 100 MB instead of 7 s and 900 MB, for about
    // half a millisecond more per parsed sentence (docs/benchmarks.md, issue 13, session 9).
    Properties options = new Properties();
    options.setProperty("numPreComputed", "0");
    return new DependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL, options));
  }

  /** The sentence's dependency tree, its tokens as the tagger gave them. */
  public Dependencies parse(Sentence sentence) {
    List<TaggedWord> words = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      words.add(new TaggedWord(t.text(), t.pos()));
    }
    int n = words.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "");
    GrammaticalStructure structure;
    synchronized (parser) {
      structure = parser.predict(words);
    }
    for (TypedDependency d : structure.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      if (dependent >= 0 && dependent < n) {
        heads[dependent] = d.gov().index() - 1;
        relations[dependent] = d.reln().toString();
      }
    }
    return new Dependencies(heads, relations);
  }
}
