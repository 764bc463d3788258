// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependency tree by token index: each token's head (-1 for the root) and its
 * relation to it, as Universal Dependencies names them ("nsubj", "nmod:poss", "acl:relcl").
 */
public final class Dependencies {
  private final int[] heads;
  private final String[] relations;

  Dependencies(int[] heads, String[] relations) {
    this.heads = heads.clone();
    this.relations = relations.clone();
  }

  public int head(int token) {
    return heads[token];
  }

  public String relation(int token) {
    return relations[token];
  }

  /** The tokens whose head is {@code token}, in sentence order. */
  public List<Integer> children(int token) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == token) {
        out.add(i);
      }
    }
    return out;
  }

  /** The first and last token index of {@code token}'s subtree. */
  public int[] extent(int token) {
    int first = token;
    int last = token;
    for (int i = 0; i < heads.length; i++) {
      if (dominates(token, i)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return new int[] {first, last};
  }

  /** Whether {@code ancestor} is {@code token} or above it. */
  public boolean dominates(int ancestor, int token) {
    int t = token;
    for (int steps = 0; t >= 0 && steps <= heads.length; steps++) {
      if (t == ancestor) {
        return true;
      }
      t = heads[t];
    }
    return false;
  }
}
