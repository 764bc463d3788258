// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs detectors over an analysed article. Built once: a detector whose requirement no stage
 * provides is refused here, naming what is missing and who usually provides it, not when the
 * first article runs.
 */
public final class Pipeline {
  /** Document order, then code, so reports are deterministic. */
  public static final Comparator<Finding> FINDING_ORDER = Comparator
      .comparing(Finding::span)
      .thenComparing(Finding::code)
      .thenComparing(Finding::message);

  private final List<Detector> detectors;
  private final List<ReviewingDetector> reviewers;

  private Pipeline(List<Detector> detectors, List<ReviewingDetector> reviewers) {
    this.detectors = List.copyOf(detectors);
    this.reviewers = List.copyOf(reviewers);
  }

  /** Checks every detector's requirements against what the stages before it provide. */
  public static Pipeline build(Set<Capability> provided, List<? extends Detector> detectors) {
    Set<Capability> available = provided.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(provided);
    List<Detector> plain = new ArrayList<>();
    List<ReviewingDetector> reviewing = new ArrayList<>();
    for (Detector d : detectors) {
      for (Capability need : d.requires()) {
        if (!available.contains(need)) {
          throw new IllegalStateException("detector '" + d.name() + "' requires " + need
              + ", which nothing in this pipeline provides (usually provided by "
              + need.usuallyProvidedBy() + ")");
        }
      }
      for (String code : d.requiresFindings()) {
        List<String> providers = detectors.stream().filter(o -> o != d && o.codes().contains(code))
            .map(Detector::name).toList();
        if (providers.isEmpty()) {
          throw new IllegalStateException("detector '" + d.name() + "' reviews '" + code
              + "' findings, which no detector in this pipeline emits (usually provided by "
              + FindingCodes.providerOf(code) + ")");
        }
        if (!(d instanceof ReviewingDetector)) {
          throw new IllegalStateException("detector '" + d.name() + "' reads other detectors' findings ('"
              + code + "' from " + String.join(", ", providers) + "), so it must be a ReviewingDetector, "
              + "which runs after them");
        }
      }
      if (d instanceof ReviewingDetector r) {
        reviewing.add(r);
      } else {
        plain.add(d);
      }
    }
    return new Pipeline(plain, reviewing);
  }

  public List<Detector> detectors() {
    List<Detector> all = new ArrayList<>(detectors);
    all.addAll(reviewers);
    return all;
  }

  public List<Finding> run(PreparedArticle article, AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Detector d : detectors) {
      findings.addAll(d.detect(article, context));
    }
    List<Finding> earlier = List.copyOf(findings);
    for (ReviewingDetector r : reviewers) {
      findings.addAll(r.review(article, context, earlier));
    }
    findings.sort(FINDING_ORDER);
    return List.copyOf(findings);
  }
}
