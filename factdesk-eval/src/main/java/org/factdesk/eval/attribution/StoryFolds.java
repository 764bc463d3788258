// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cross-validation folds by story: every row of one source (a Reuters story, a web page) lands in
 * the same fold, so that a model is never scored on a page it has seen other sentences of (a site's
 * boilerplate and a story's names would otherwise count as generalisation).
 */
final class StoryFolds {
  private StoryFolds() {}

  /**
   * The fold of each row, 0 to {@code k - 1}: stories in a seeded random order, each put in the
   * fold that has the fewest rows so far, so the folds come out about equal in rows.
   */
  static int[] assign(List<String> storyOfRow, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("need at least 2 folds, not " + k);
    }
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (String story : storyOfRow) {
      rows.merge(story, 1, Integer::sum);
    }
    List<String> stories = new ArrayList<>(rows.keySet());
    java.util.Collections.shuffle(stories, new Random(seed));
    int[] size = new int[k];
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (String story : stories) {
      int smallest = 0;
      for (int f = 1; f < k; f++) {
        if (size[f] < size[smallest]) {
          smallest = f;
        }
      }
      foldOf.put(story, smallest);
      size[smallest] += rows.get(story);
    }
    int[] out = new int[storyOfRow.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldOf.get(storyOfRow.get(i));
    }
    return out;
  }
}
