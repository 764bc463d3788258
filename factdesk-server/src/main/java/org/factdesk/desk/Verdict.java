// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.errors.BadInputException;

/** A fact-checker's verdict on one claim. */
public enum Verdict {
  ACCURATE,INACCURATE,MISLEADING,UNVERIFIABLE,NOT_A_CLAIM;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Verdict parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(v -> v.label().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInputException("\"" + text + "\" is not one of: "
            + String.join(", ", Arrays.stream(values()).map(Verdict::label).toList()) + "."));
  }
}
