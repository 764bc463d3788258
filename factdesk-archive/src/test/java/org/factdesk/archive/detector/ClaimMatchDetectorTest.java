// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Pipeline;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.Severity;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.equivalence.ClaimEquivalence;
import org.factdesk.archive.equivalence.EquivalenceWeights;
import org.factdesk.archive.matching.ClaimMatcher;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.Span;
import org.factdesk.time.frame.AsOfSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimMatchDetectorTest {
  private static final String TEXT = "A penguin was elected mayor of a coastal town in Norway. The weather was mild.";

  @TempDir Path dir;

  /**
   * Keyword archive (no embedding model), so the judgement rests on how much of the checked
   * claim the sentence says: a model that weighs only that, same claim from 0.5.
   */
  private static ClaimMatcher matcher(FactCheckArchive archive) {
    double[] w = new double[org.factdesk.archive.equivalence.EquivalenceTraining.featureNames().size()];
    w[1] = 10; // coverage_of_check
    return new ClaimMatcher(archive, new ClaimEquivalence(new EquivalenceWeights(w, -6, 0.5, "test")));
  }

  private static PreparedArticle article() {
    Article a = new Article("test", TEXT, ArticleFormat.TEXT, List.of(), List.of(), ArticleMetadata.none());
    return new PreparedArticle(a, List.of(), List.of(), List.of(), List.of(),
        new AsOfSolver().solve(List.of(), Optional.empty()));
  }

  private static Finding claim(int start, int end) {
    Span span = new Span(start, end);
    return new Finding(FindingCodes.CLAIM, Severity.INFO, span, span.of(TEXT), "check-worthy claim",
        List.of(), Optional.of(new ClaimInfo(ClaimType.EVENT, 0.9)));
  }

  private static AnalysisContext on(int year, int month, int day) {
    return new AnalysisContext(Optional.of(LocalDate.of(year, month, day)));
  }

  private FactCheckArchive archive(LocalDate penguinChecked) throws Exception {
    FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none());
    archive.add(FactCheck.of("penguin", "A penguin was elected mayor of a small coastal town in Norway.",
        "False", "Example Checks", "https://checks.example/penguin", penguinChecked));
    archive.add(FactCheck.of("penguin-zoo", "A penguin escaped from the zoo of a coastal town in Norway and walked to the harbour.",
        "True", "Example Checks", "https://checks.example/penguin-zoo", LocalDate.of(2018, 1, 3)));
    archive.add(FactCheck.of("bridge", "Cyclists pay a toll on the river bridge.", "True", "Example Checks",
        "https://checks.example/bridge", LocalDate.of(2015, 5, 26)));
    return archive;
  }

  @Test
  void aSameClaimCheckedBeforeTheArticleIsFactCheckedBeforeAndSaysWhatAgrees() throws Exception {
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      List<Finding> found = detector.review(article(), on(2019, 6, 1), List.of(claim(0, 56)));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(FindingCodes.CLAIM_MATCHED);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.span()).isEqualTo(new Span(0, 56));
        assertThat(f.message()).startsWith("Fact-checked before by Example Checks on 2019-03-11")
            .contains("rated False", "Agrees: names: Norway; wording: penguin, elected, mayor", "Differs:")
            .doesNotContain("out of date");
        assertThat(f.evidence().get(0).source()).isEqualTo("https://checks.example/penguin");
        assertThat(f.evidence()).extracting(e -> e.source()).doesNotContain("https://checks.example/penguin-zoo");
      });
    }
  }

  @Test
  void theSameCheckPublishedAfterTheArticleIsFactCheckedSinceNeverBefore() throws Exception {
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      List<Finding> found = detector.review(article(), on(2017, 2, 1), List.of(claim(0, 56)));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(FindingCodes.CLAIM_CHECKED_SINCE);
        assertThat(f.message()).startsWith("Fact-checked since this article (2017-02-01) by Example Checks on 2019-03-11");
      });
    }
  }

  @Test
  void aCheckWithoutADateAndAnUndatedArticleSaySoInsteadOfClaimingBefore() throws Exception {
    try (FactCheckArchive archive = archive(null)) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      assertThat(detector.review(article(), on(2019, 6, 1), List.of(claim(0, 56)))).singleElement()
          .satisfies(f -> assertThat(f.message()).startsWith("Fact-checked, at a date the fact-check does not give"));
    }
  }

  @Test
  void anUndatedArticleWithNoTimeFrameLeavesBeforeOpen() throws Exception {
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      assertThat(detector.review(article(), AnalysisContext.undated(), List.of(claim(0, 56)))).singleElement()
          .satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCodes.CLAIM_MATCHED);
            assertThat(f.message()).startsWith("Fact-checked (this article is undated, so whether before it is unknown)");
          });
    }
  }

  @Test
  void aMatchOlderThanTheArticlesTimeFrameIsCalledOut() throws Exception {
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      List<Finding> found = detector.review(article(), on(2025, 6, 1), List.of(claim(0, 56)));
      assertThat(found).singleElement().satisfies(f ->
          assertThat(f.message()).contains("older than this article's time frame (2025-06-01)"));
    }
  }

  @Test
  void claimsWithoutASameClaimCheckAndOtherFindingsGetNothing() throws Exception {
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      ClaimMatchDetector detector = new ClaimMatchDetector(matcher(archive), Period.ofYears(1));
      Finding notAClaim = Finding.of(FindingCodes.ATTRIBUTION_VAGUE, Severity.WARNING, new Span(0, 56), TEXT, "x", List.of());
      assertThat(detector.review(article(), on(2019, 6, 1), List.of(notAClaim))).isEmpty();
      assertThat(detector.review(article(), on(2019, 6, 1), List.of(claim(57, 78)))).isEmpty();
    }
  }

  @Test
  void thePipelineTakesItAfterAClaimDetectorAndRefusesItWithoutOne() throws Exception {
    org.factdesk.analysis.Detector claims = new org.factdesk.analysis.Detector() {
      @Override
      public String name() {
        return "claims";
      }

      @Override
      public java.util.Set<String> codes() {
        return java.util.Set.of(FindingCodes.CLAIM);
      }

      @Override
      public java.util.Set<org.factdesk.analysis.Capability> requires() {
        return java.util.Set.of();
      }

      @Override
      public List<Finding> detect(PreparedArticle a, AnalysisContext c) {
        return List.of();
      }
    };
    try (FactCheckArchive archive = archive(LocalDate.of(2019, 3, 11))) {
      java.util.Set<org.factdesk.analysis.Capability> frame = java.util.Set.of(org.factdesk.analysis.Capability.TIME_FRAME);
      Pipeline pipeline = Pipeline.build(frame, List.of(claims, new ClaimMatchDetector(archive)));
      assertThat(pipeline.detectors()).extracting(d -> d.name()).containsExactly("claims", "claim-matched");
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Pipeline.build(frame, List.of(new ClaimMatchDetector(archive))))
          .hasMessageContaining("reviews 'claim' findings");
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Pipeline.build(java.util.Set.of(), List.of(claims, new ClaimMatchDetector(archive))))
          .hasMessageContaining("requires TIME_FRAME");
    }
  }
}
