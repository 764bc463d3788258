// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.Severity;
import org.junit.jupiter.api.Test;

/** The label rule, one condition per case: each is shown to refuse, and the whole to pass. */
final class LabelPolicyTest {
  private static final Instant NOW = Instant.parse("2025-06-03T10:00:00Z");
  private final LabelPolicy policy = new LabelPolicy();

  @Test
  void an_own_article_meeting_every_condition_earns_the_label() {
    LabelDecision d = policy.decide(article(ArticleKind.OWN, LocalDate.of(2025, 6, 3), null, null),
        List.of(claim(Verdict.ACCURATE), claim(Verdict.NOT_A_CLAIM)), List.of(finding(FindingStatus.DISMISSED)));
    assertThat(d.reasons()).isEmpty();
  }

  @Test
  void an_own_article_with_a_sentence_rated_inaccurate_or_misleading_still_in_it_does_not() {
    for (Verdict wrong : List.of(Verdict.INACCURATE, Verdict.MISLEADING)) {
      LabelDecision d = policy.decide(article(ArticleKind.OWN, LocalDate.of(2025, 6, 3), null, null),
          List.of(claim(wrong), claim(Verdict.ACCURATE)), List.of());
      assertThat(d.earned()).as(wrong.label()).isFalse();
      assertThat(d.reasons()).singleElement().asString().contains("is rated " + wrong.label() + " and is still in the text");
    }
  }

  @Test
  void a_fact_check_publishes_inaccurate_verdicts_but_must_name_claimant_and_publisher() {
    List<ClaimRecord> claims = List.of(claim(Verdict.INACCURATE), claim(Verdict.MISLEADING));
    assertThat(policy.decide(article(ArticleKind.EXTERNAL, LocalDate.of(2025, 6, 3), "A. Speaker", "The Daily"), claims,
        List.of()).reasons()).isEmpty();
    assertThat(policy.decide(article(ArticleKind.EXTERNAL, LocalDate.of(2025, 6, 3), null, " "), claims, List.of()).reasons())
        .hasSize(2).anySatisfy(r -> assertThat(r).contains("claimant")).anySatisfy(r -> assertThat(r).contains("publisher"));
  }

  @Test
  void no_date_a_missing_verdict_or_an_open_error_each_refuse() {
    ArticleRecord dated = article(ArticleKind.OWN, LocalDate.of(2025, 6, 3), null, null);
    assertThat(policy.decide(article(ArticleKind.OWN, null, null, null), List.of(claim(Verdict.ACCURATE)), List.of())
        .reasons()).singleElement().asString().contains("has no date");
    assertThat(policy.decide(dated, List.of(claim(null)), List.of()).reasons()).singleElement().asString()
        .contains("waiting for a verdict");
    assertThat(policy.decide(dated, List.of(), List.of(finding(FindingStatus.OPEN))).reasons()).singleElement().asString()
        .contains("error finding is still open");
    assertThat(policy.decide(dated, List.of(), List.of(finding(FindingStatus.FIXED))).earned()).isTrue();
  }

  @Test
  void the_label_shows_only_on_checked_or_published_articles_not_under_review() {
    LabelDecision earned = new LabelDecision(List.of());
    ArticleRecord a = article(ArticleKind.OWN, LocalDate.of(2025, 6, 3), null, null);
    assertThat(policy.shows(a, earned)).as("in review").isFalse();
    assertThat(policy.shows(with(a, ArticleState.PUBLISHED, null), earned)).isTrue();
    assertThat(policy.shows(with(a, ArticleState.PUBLISHED, NOW), earned)).as("under review").isFalse();
    assertThat(policy.shows(with(a, ArticleState.CHECKED, null), new LabelDecision(List.of("x")))).isFalse();
  }

  private static ArticleRecord article(ArticleKind kind, LocalDate asOf, String claimant, String publisher) {
    return new ArticleRecord(1, "T", kind, ArticleState.IN_REVIEW, "MARKDOWN", null, "text", "text", asOf, 1,
        AnalysisStatus.DONE, null, null, 1, 1, "a", null, null, NOW, NOW, null, null, null, null, null, null,
        claimant, publisher, null);
  }

  private static ArticleRecord with(ArticleRecord a, ArticleState state, Instant underReview) {
    return new ArticleRecord(a.id(), a.title(), a.kind(), state, a.sourceFormat(), a.sourceUrl(), a.sourceText(),
        a.analysedText(), a.asOf(), a.revision(), a.analysisStatus(), null, null, a.analysedRevision(), 1, "a", null,
        null, NOW, NOW, NOW, underReview, underReview == null ? null : "why", 0, null, null, null, null, null);
  }

  private static ClaimRecord claim(Verdict v) {
    return new ClaimRecord(1, 1, "statistic", 1, 0, 4, "text", v, List.of(), null, null, null, null, null, false, null, null, 1);
  }

  private static FindingRecord finding(FindingStatus status) {
    return new FindingRecord(1, 1, "time.role", Severity.ERROR, 0, 4, "text", "m", List.of(), status, null, null, null, null);
  }
}
