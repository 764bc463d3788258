// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Report;
import org.factdesk.analysis.Severity;
import org.factdesk.article.ArticleReaders;
import org.factdesk.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance case: the seed article that prints a "fact-checked" promise and breaks it.
 * Reads ../shared/seeds; skips with a message when it is not there.
 */
class SeedArticleIT {
  private static Path seed;

  @BeforeAll
  static void findSeed() {
    seed = SharedData.require("seeds/000_4eebdac05a43f491.txt");
  }

  private static Report analyze(Optional<LocalDate> date) throws Exception {
    return SharedAnalyzer.get().analyze(new ArticleReaders().read(seed), new AnalysisContext(date));
  }

  private static List<String> quotes(Report r, String... codes) {
    return r.findings().stream().filter(f -> List.of(codes).contains(f.code())).map(Finding::quote).toList();
  }

  @Test
  void undatedSeedIsReportedAsMixingAStaleFrameWithThe2025One() throws Exception {
    Report r = analyze(Optional.empty());
    List<Finding> conflict = r.withCode(FindingCodes.TIME_CONFLICT);
    assertThat(conflict).hasSize(1);
    String message = conflict.get(0).message();
    assertThat(message).contains("President Joe Biden", "Secretary of State Antony Blinken", "if re-elected",
        "frontrunner for 2024", "Vice President JD Vance", "stale");
    assertThat(message).contains("2025-02-18");
    assertThat(quotes(r, FindingCodes.TIME_ROLE, FindingCodes.TIME_STALE_FUTURE)).contains(
        "Former U.S. President Donald Trump", "President Joe Biden", "Secretary of State Antony Blinken",
        "if re-elected");
    assertThat(quotes(r, FindingCodes.TIME_STALE_FUTURE)).anyMatch(q -> q.contains("Republican frontrunner for 2024"));
  }

  @Test
  void undatedSeedConfirmsTheDatedFactsThatAreRight() throws Exception {
    Report r = analyze(Optional.empty());
    List<String> confirmed = quotes(r, FindingCodes.KB_CONFIRMED);
    assertThat(confirmed).anyMatch(q -> q.contains("collapse of the Soviet Union") && q.contains("1991"));
    assertThat(confirmed).anyMatch(q -> q.contains("2008 invasion of Georgia"));
    assertThat(confirmed).anyMatch(q -> q.contains("2014 annexation of Crimea"));
    assertThat(confirmed).anyMatch(q -> q.contains("2009") && q.contains("Reset"));
    assertThat(confirmed).anyMatch(q -> q.contains("Vice President JD Vance"));
    assertThat(confirmed).anyMatch(q -> q.contains("Lindsey Graham"));
    assertThat(confirmed).anyMatch(q -> q.contains("Mitch McConnell"));
  }

  @Test
  void undatedSeedFlagsVagueAuthorityUnlinkedSourcesAndTheSelfCertification() throws Exception {
    Report r = analyze(Optional.empty());
    assertThat(quotes(r, FindingCodes.ATTRIBUTION_VAGUE)).contains(
        "many security analysts, historians, and policymakers warn", "experts predict", "Critics argue", "Experts Warn");
    assertThat(quotes(r, FindingCodes.SOURCE_UNLINKED)).anyMatch(q -> q.contains("visit the U.S. Department of State"))
        .anyMatch(q -> q.contains("visit Foreign Policy")).anyMatch(q -> q.contains("visit The Brookings Institution"))
        .contains("Source: SCMP");
    List<Finding> promise = r.withCode(FindingCodes.INTEGRITY_SELF_CERTIFIED);
    assertThat(promise).hasSize(1);
    assertThat(promise.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(promise.get(0).quote()).startsWith("This article has been carefully fact-checked by our editorial team");
  }

  @Test
  void everyErrorSitsOnAStatementThatIsWrong() throws Exception {
    Report r = analyze(Optional.empty());
    List<String> errorCodes = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code)
        .distinct().toList();
    assertThat(errorCodes).doesNotContain(FindingCodes.KB_EVENT_DATE, FindingCodes.TIME_ANACHRONISM);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .noneMatch(f -> f.quote().contains("Vance") && !f.code().equals(FindingCodes.TIME_CONFLICT));
  }

  @Test
  void datedBeforeTheElectionTheOldFrameHoldsAndThe2025StatementsAreFlagged() throws Exception {
    Report r = analyze(Optional.of(LocalDate.parse("2023-06-01")));
    List<String> flagged = quotes(r, FindingCodes.TIME_ROLE, FindingCodes.TIME_STALE_FUTURE, FindingCodes.TIME_ANACHRONISM);
    assertThat(flagged).noneMatch(q -> q.contains("Biden") || q.contains("Blinken") || q.contains("Former U.S. President")
        || q.contains("frontrunner") || q.contains("re-elected"));
    assertThat(flagged).contains("Vice President JD Vance");
    assertThat(flagged).anyMatch(q -> q.contains("Munich Security Conference"));
    assertThat(flagged).anyMatch(q -> q.contains("Riyadh"));
    assertThat(r.withCode(FindingCodes.TIME_CONFLICT)).isEmpty();
  }

  @Test
  void everySpanQuotesTheTextItPointsAt() throws Exception {
    Report r = analyze(Optional.empty());
    String text = r.article().text();
    for (Finding f : r.findings()) {
      assertThat(f.span().of(text)).isEqualTo(f.quote());
    }
  }
}
