// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.util.Locale;

/** What a labelled sentence holds; {@link #NONE} marks a look-alike that holds none of them. */
public enum AttributionLabel {
  VAGUE, ANONYMOUS, UNLINKED, NONE;

  static AttributionLabel parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
