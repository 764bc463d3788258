// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.List;
import java.util.Set;

/**
 * One detector, one job. It declares what it requires; {@link Pipeline} refuses, when it is
 * built, a detector whose requirement nothing provides. {@link #detect} returns immutable
 * findings and changes nothing it is given.
 */
public interface Detector {
  /** A short stable name, e.g. "time-role". */
  String name();

  /** Finding codes this detector can emit. */
  Set<String> codes();

  /** Stages whose results {@link #detect} reads; the pipeline refuses the detector when one is missing. */
  Set<Capability> requires();

  /**
   * Finding codes of other detectors that this one reviews (a {@link ReviewingDetector} that puts
   * prior fact-checks under {@code claim} findings needs a detector whose {@link #codes()} has
   * {@code claim}). The pipeline refuses, when it is built, a requirement no detector provides.
   */
  default Set<String> requiresFindings() {
    return Set.of();
  }

  List<Finding> detect(PreparedArticle article, AnalysisContext context);
}
