// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.util.List;

/** What the rules decided about a new comment, and every reason why. */
record Screening(CommentStatus status, List<String> reasons) {
  public Screening {
    reasons = List.copyOf(reasons);
  }
}
