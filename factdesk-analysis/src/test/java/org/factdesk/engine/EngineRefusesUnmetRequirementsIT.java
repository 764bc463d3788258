// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Detector;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.nlp.Annotator;
import org.factdesk.nlp.DependencyParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine checks its detectors' requirements against what its own stages provide, when it is built. */
class EngineRefusesUnmetRequirementsIT {
  private static Annotator nlp;
  private static DependencyParser parser;

  @BeforeAll
  static void loadTagger() {
    nlp = Annotator.load();
    parser = DependencyParser.load();
  }

  private static Detector needingTheCheckworthinessModel() {
    return new Detector() {
      @Override
      public String name() {
        return "needs-scores";
      }

      @Override
      public Set<String> codes() {
        return Set.of("test.scored");
      }

      @Override
      public Set<Capability> requires() {
        return Set.of(Capability.CHECKWORTHINESS_MODEL);
      }

      @Override
      public List<Finding> detect(PreparedArticle article, AnalysisContext context) {
        return List.of();
      }
    };
  }

  @Test
  void anEngineWithoutACheckworthinessModelRefusesADetectorThatNeedsOneNamingBoth() {
    KnowledgeBase kb = KnowledgeBase.of(KnowledgeBaseData.empty());
    assertThatThrownBy(() -> Engine.create(nlp, parser, kb, Optional.empty(),
        List.of(needingTheCheckworthinessModel())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs-scores")
        .hasMessageContaining("CHECKWORTHINESS_MODEL")
        .hasMessageContaining("a check-worthiness scorer");
  }

  @Test
  void theSameDetectorIsAcceptedByAnEngineThatHasTheModel() {
    KnowledgeBase kb = KnowledgeBase.of(KnowledgeBaseData.empty());
    Engine engine = Engine.create(nlp, parser, kb, DefaultModels.checkworthiness(),
        List.of(needingTheCheckworthinessModel()));
    assertThat(engine.detectors()).extracting(Detector::name).contains("needs-scores");
  }
}
