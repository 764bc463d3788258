// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns short texts into unit-length vectors whose dot product is their cosine similarity.
 * Implementations are expensive to build (a model loads) and cheap to call: build one per
 * process and share it; calls must be safe from several threads.
 */
public interface ClaimEmbedder {
  /** Vector length; 0 means this embedder produces none (keyword matching only). */
  int dimension();

  /** One vector per text, in order. */
  List<float[]> embedAll(List<String> texts);

  default float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /** Keyword matching only: no model, no vectors. */
  static ClaimEmbedder none() {
    return new ClaimEmbedder() {
      @Override
      public int dimension() {
        return 0;
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        List<float[]> empty = new ArrayList<>(texts.size());
        texts.forEach(t -> empty.add(new float[0]));
        return empty;
      }
    };
  }
}
