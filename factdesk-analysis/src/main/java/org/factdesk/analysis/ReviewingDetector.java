// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.List;

/**
 * A detector that judges the other detectors' findings, e.g. a "fact-checked" promise printed
 * over open errors. Runs after every plain {@link Detector}.
 */
public interface ReviewingDetector extends Detector {
  List<Finding> review(PreparedArticle article, AnalysisContext context, List<Finding> earlier);

  @Override
  default List<Finding> detect(PreparedArticle article, AnalysisContext context) {
    return List.of();
  }
}
