// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.errors.BadInputException;

/** What the desk did about a finding: still open, fixed in the text, or dismissed with a reason. */
public enum FindingStatus {
  OPEN,FIXED,DISMISSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FindingStatus parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(v -> v.label().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInputException("\"" + text + "\" is not one of: "
            + String.join(", ", Arrays.stream(values()).map(FindingStatus::label).toList()) + "."));
  }
}
