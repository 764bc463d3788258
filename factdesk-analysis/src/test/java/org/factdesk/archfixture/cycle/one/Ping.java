// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.cycle.one;

import org.factdesk.archfixture.cycle.two.Pong;

/** Test fixture: one half of a cycle between two packages, which the rule forbids. */
public final class Ping {
  public static int ping() {
    return Pong.pong() + 1;
  }
}
