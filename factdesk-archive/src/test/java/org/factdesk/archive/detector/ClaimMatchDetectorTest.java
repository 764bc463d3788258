package org.factdesk.archive.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.AnalyzedArticle;
import org.factdesk.analysis.ClaimInfo;
import org.factdesk.analysis.ClaimType;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Pipeline;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.Span;
import org.factdesk.archive.ClaimEmbedder;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimMatchDetectorTest {
  private static final String TEXT = "A penguin was elected mayor of a coastal town in Norway. The weather was mild.";

  @TempDir Path dir;

  private static AnalyzedArticle article() {
    Article a = new Article("test", TEXT, ArticleFormat.TEXT, List.of(), List.of(), ArticleMetadata.none());
    return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of());
  }

  private static Finding claim(int start, int end) {
    Span span = new Span(start, end);
    return new Finding(FindingCodes.CLAIM, Severity.INFO, span, span.of(TEXT), "check-worthy claim",
        List.of(), Optional.of(new ClaimInfo(ClaimType.EVENT, 0.9)));
  }

  private FactCheckArchive archiveWithPenguinCheck() throws Exception {
    FactCheckArchive archive = FactCheckArchive.open(dir, ClaimEmbedder.none());
    archive.add(FactCheck.of("penguin", "A penguin was elected mayor of a small coastal town in Norway.",
        "False", "Example Checks", "https://checks.example/penguin", LocalDate.of(2019, 3, 11)));
    archive.add(FactCheck.of("bridge", "Cyclists pay a toll on the river bridge.", "True", "Example Checks",
        "https://checks.example/bridge", LocalDate.of(2015, 5, 26)));
    return archive;
  }

  @Test
  void aClaimWithAPriorCheckGetsAnInfoFindingOnItsSpanWithRatingPublisherAndLink() throws Exception {
    try (FactCheckArchive archive = archiveWithPenguinCheck()) {
      ClaimMatchDetector detector = new ClaimMatchDetector(archive, 0.95, 0.9, Period.ofYears(1));
      List<Finding> found = detector.review(article(), AnalysisContext.undated(), List.of(claim(0, 56)));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(FindingCodes.CLAIM_MATCHED);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.span()).isEqualTo(new Span(0, 56));
        assertThat(f.message()).contains("Example Checks", "2019-03-11", "rated False").doesNotContain("out of date");
        assertThat(f.evidence().get(0).source()).isEqualTo("https://checks.example/penguin");
        assertThat(f.evidence().get(0).fact()).contains("shared terms: penguin, elected, mayor");
        assertThat(f.evidence()).hasSizeLessThanOrEqualTo(3);
      });
    }
  }

  @Test
  void aMatchOlderThanTheArticlesTimeFrameIsCalledOut() throws Exception {
    try (FactCheckArchive archive = archiveWithPenguinCheck()) {
      ClaimMatchDetector detector = new ClaimMatchDetector(archive, 0.5, 0.5, Period.ofYears(1));
      AnalysisContext in2025 = new AnalysisContext(Optional.of(LocalDate.of(2025, 6, 1)));
      List<Finding> found = detector.review(article(), in2025, List.of(claim(0, 56)));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("older than this article's time frame (2025-06-01)");
        assertThat(f.evidence().get(0).fact()).endsWith("older than the article's time frame");
      });
    }
  }

  @Test
  void claimsBelowTheThresholdAndOtherFindingsGetNothing() throws Exception {
    try (FactCheckArchive archive = archiveWithPenguinCheck()) {
      ClaimMatchDetector strict = new ClaimMatchDetector(archive, 2.0, 2.0, Period.ofYears(1));
      assertThat(strict.review(article(), AnalysisContext.undated(), List.of(claim(0, 56)))).isEmpty();
      ClaimMatchDetector detector = new ClaimMatchDetector(archive);
      Finding notAClaim = Finding.of(FindingCodes.ATTRIBUTION_VAGUE, Severity.WARNING, new Span(0, 56), TEXT, "x", List.of());
      assertThat(detector.review(article(), AnalysisContext.undated(), List.of(notAClaim))).isEmpty();
      assertThat(detector.review(article(), AnalysisContext.undated(), List.of(claim(57, 78)))).isEmpty();
    }
  }

  @Test
  void thePipelineRefusesItWithoutADetectorThatEmitsClaims() throws Exception {
    try (FactCheckArchive archive = archiveWithPenguinCheck()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Pipeline.build(java.util.Set.of(), List.of(new ClaimMatchDetector(archive))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("'claim-matched' reviews 'claim' findings");
    }
  }

  @Test
  void thePipelineAcceptsItBesideTheClaimDetector() throws Exception {
    try (FactCheckArchive archive = archiveWithPenguinCheck()) {
      Pipeline pipeline = Pipeline.build(java.util.Set.of(org.factdesk.analysis.Capability.values()),
          List.of(new org.factdesk.claims.ClaimDetector(java.util.Optional.empty()), new ClaimMatchDetector(archive)));
      assertThat(pipeline.detectors()).extracting(d -> d.name()).contains("claim-matched");
    }
  }
}
