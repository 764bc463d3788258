// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.textmodel;

/**
 * A sparse feature vector: strictly increasing bucket indices and their values. The arrays are
 * owned by the vector; callers must not change them.
 */
public record SparseVector(int[] indices, float[] values) {
  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length");
    }
  }

  public int size() {
    return indices.length;
  }

  /** The dot product with a dense weight vector. */
  public double dot(float[] weights) {
    double sum = 0;
    for (int i = 0; i < indices.length; i++) {
      sum += weights[indices[i]] * values[i];
    }
    return sum;
  }
}
