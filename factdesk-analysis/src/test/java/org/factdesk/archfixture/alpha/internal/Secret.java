// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.alpha.internal;

/** Test fixture: an implementation detail of the feature "alpha". */
public final class Secret {
  public static int value() {
    return 42;
  }
}
