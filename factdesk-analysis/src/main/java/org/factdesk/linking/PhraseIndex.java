// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised token sequences, mapping each phrase to values. Matching restarts the
 * walk at every token position and goes at most the longest phrase's length from there, so
 * linking a sentence costs its length times the longest phrase (a few tokens): no failure links
 * as in Aho-Corasick, which would only pay off for much longer phrases.
 */
final class PhraseIndex<V> {
  private final Node<V> root = new Node<>();
  private int size;

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values;
  }

  /** A match of {@code length} tokens starting at {@code start}. */
  record Match<V>(int start, int length, List<V> values) {
    int end() {
      return start + length;
    }
  }

  void add(List<String> tokens, V value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String t : tokens) {
      n = n.next.computeIfAbsent(t, k -> new Node<>());
    }
    if (n.values == null) {
      n.values = new ArrayList<>(1);
      size++;
    }
    if (!n.values.contains(value)) {
      n.values.add(value);
    }
  }

  int size() {
    return size;
  }

  /** The longest phrase starting at {@code start}, if any. */
  Match<V> longestAt(List<String> tokens, int start) {
    Node<V> n = root;
    Match<V> best = null;
    for (int i = start; i < tokens.size(); i++) {
      n = n.next.get(tokens.get(i));
      if (n == null) {
        break;
      }
      if (n.values != null) {
        best = new Match<>(start, i - start + 1, n.values);
      }
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over the whole sequence. */
  List<Match<V>> findAll(List<String> tokens) {
    List<Match<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> m = longestAt(tokens, i);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }
}
