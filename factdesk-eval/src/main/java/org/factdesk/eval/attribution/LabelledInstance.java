// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.attribution;

import java.util.Optional;
import java.util.Set;

/**
 * One labelled sentence of the corpus: where it is (a file under ../shared and its offsets, or an
 * inline Markdown sentence with its provenance), its split and its labels.
 */
public record LabelledInstance(String id, String split, String source, int start, int end,
    Set<AttributionLabel> labels, String cue, Optional<String> inlineText) {
  public LabelledInstance {
    labels = Set.copyOf(labels);
  }

  public boolean has(AttributionLabel label) {
    return labels.contains(label);
  }

  public boolean isInline() {
    return inlineText.isPresent();
  }
}
