// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archfixture.beta;

import org.factdesk.archfixture.alpha.internal.Secret;

/** Test fixture: the feature "beta" reaching into alpha's internals, which the rule forbids. */
public final class Reacher {
  public static int peek() {
    return Secret.value();
  }
}
