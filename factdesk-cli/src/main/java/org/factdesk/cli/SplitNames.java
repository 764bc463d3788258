// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import java.util.Locale;
import org.factdesk.eval.dataset.HashSplit;

/** Reads {@code --split all|train|dev}. */
final class SplitNames {
  private SplitNames() {}

  static HashSplit parse(String name) {
    try {
      return HashSplit.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--split must be all, train or dev, not '" + name + "'");
    }
  }
}
