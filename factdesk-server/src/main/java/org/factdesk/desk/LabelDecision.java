// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.List;

/** Whether an article has earned the "fact-checked" label, and if not, every reason why not. */
public record LabelDecision(List<String> reasons) {
  public LabelDecision {
    reasons = List.copyOf(reasons);
  }

  public boolean earned() {
    return reasons.isEmpty();
  }
}
