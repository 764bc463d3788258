// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.errors.BadInputException;

/** Where an article is in the desk's workflow: draft → in_review → checked → published. */
public enum ArticleState {
  DRAFT,IN_REVIEW,CHECKED,PUBLISHED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ArticleState parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(v -> v.label().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInputException("\"" + text + "\" is not one of: "
            + String.join(", ", Arrays.stream(values()).map(ArticleState::label).toList()) + "."));
  }
}
