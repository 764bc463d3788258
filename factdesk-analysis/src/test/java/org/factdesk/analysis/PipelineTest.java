// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Detector needing(Capability c) {
    return new Detector() {
      @Override
      public String name() {
        return "needs-" + c.name().toLowerCase();
      }

      @Override
      public Set<String> codes() {
        return Set.of("test.code");
      }

      @Override
      public Set<Capability> requires() {
        return Set.of(c);
      }

      @Override
      public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
        return List.of();
      }
    };
  }

  @Test
  void aDetectorWhoseRequirementNothingProvidesIsRefusedWhenThePipelineIsBuilt() {
    assertThatThrownBy(() -> Pipeline.build(EnumSet.of(Capability.SENTENCES), List.of(needing(Capability.KNOWLEDGE_BASE))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs-knowledge_base")
        .hasMessageContaining("KNOWLEDGE_BASE")
        .hasMessageContaining("usually provided by a loaded knowledge base");
  }

  @Test
  void aDetectorWhoseRequirementsAreMetIsAccepted() {
    Pipeline p = Pipeline.build(EnumSet.of(Capability.SENTENCES), List.of(needing(Capability.SENTENCES)));
    assertThat(p.detectors()).hasSize(1);
  }

  private static Detector reviewing(String name, Set<String> codes, Set<String> needsFindings) {
    return new ReviewingDetector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<String> codes() {
        return codes;
      }

      @Override
      public Set<Capability> requires() {
        return Set.of();
      }

      @Override
      public Set<String> requiresFindings() {
        return needsFindings;
      }

      @Override
      public List<Finding> review(PreparedArticle article, AnalysisContext context, List<Finding> earlier) {
        return List.of();
      }
    };
  }

  @Test
  void aReviewerOfFindingsNoDetectorEmitsIsRefusedNamingTheCodeAndItsUsualProvider() {
    assertThatThrownBy(() -> Pipeline.build(EnumSet.of(Capability.SENTENCES),
        List.of(needing(Capability.SENTENCES), reviewing("matcher", Set.of("claim.matched"), Set.of("claim")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'matcher' reviews 'claim' findings")
        .hasMessageContaining("the claim detector");
  }

  @Test
  void aReviewerIsAcceptedWhenAnotherDetectorEmitsWhatItReviews() {
    Pipeline p = Pipeline.build(EnumSet.of(Capability.SENTENCES),
        List.of(reviewing("claims", Set.of("claim"), Set.of()), reviewing("matcher", Set.of("claim.matched"), Set.of("claim"))));
    assertThat(p.detectors()).hasSize(2);
  }
}
