// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.time;

import java.util.List;
import java.util.Optional;
import org.factdesk.time.frame.AsOfSolution;
import org.factdesk.time.frame.AsOfSolver;

/** A deliberate violation: a detector that solves the article's time frame again. */
final class SolvesAgain {
  AsOfSolution solve() {
    return new AsOfSolver().solve(List.of(), Optional.empty());
  }
}
