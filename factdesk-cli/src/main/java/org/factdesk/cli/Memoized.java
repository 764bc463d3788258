// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.util.function.Supplier;

/** Builds an expensive object on first use only, so "--help" does not load models. */
final class Memoized<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private T value;

  Memoized(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = factory.get();
    }
    return value;
  }
}
