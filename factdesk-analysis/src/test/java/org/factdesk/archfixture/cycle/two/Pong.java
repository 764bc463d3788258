// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.cycle.two;

import org.factdesk.archfixture.cycle.one.Ping;

/** Test fixture: the other half of the cycle. */
public final class Pong {
  public static int pong() {
    return Ping.class.getSimpleName().length();
  }
}
