package org.factdesk.archive.detector;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.AnalyzedArticle;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.ReviewingDetector;
import org.factdesk.analysis.Severity;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MatchSettings;
import org.factdesk.kb.Evidence;

/**
 * Reviews the engine's {@code claim} findings: for each claim whose best prior fact-check
 * scores at or above the calibrated threshold, adds an info {@code claim.matched} finding on
 * the same span, with the top three matches as evidence (verdict, publisher, date, link, and
 * why: shared terms and embedding similarity; runners-up only when close to the threshold). A fact-check dated more than {@code staleAfter}
 * before the article's as-of date is called out as older than the claim's time frame.
 */
public final class ClaimMatchDetector implements ReviewingDetector {
  /**
   * Score at or above which the best match is reported when the article is dated (its date
   * adds closeness in time to the score): on the CheckThat! 2022 dev set, 89% of claims with a
   * prior check get it, and 4.5% of claims whose check was removed from the archive get a
   * wrong one (docs/benchmarks.md, "Calibration").
   */
  public static final double DATED_THRESHOLD = 0.95;
  /** The same for undated articles: 78% found, 5% false alarms on the dev set. */
  public static final double UNDATED_THRESHOLD = 0.90;
  static final int SHOWN = 3;
  /** Runners-up are shown only when they come this close to the threshold: no noise under a hit. */
  static final double RUNNER_UP_MARGIN = 0.15;

  private final FactCheckArchive archive;
  private final double datedThreshold;
  private final double undatedThreshold;
  private final Period staleAfter;

  public ClaimMatchDetector(FactCheckArchive archive) {
    this(archive, DATED_THRESHOLD, UNDATED_THRESHOLD, Period.ofYears(1));
  }

  public ClaimMatchDetector(FactCheckArchive archive, double datedThreshold,
      double undatedThreshold, Period staleAfter) {
    this.archive = archive;
    this.datedThreshold = datedThreshold;
    this.undatedThreshold = undatedThreshold;
    this.staleAfter = staleAfter;
  }

  @Override
  public String name() {
    return "claim-matched";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.CLAIM_MATCHED);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of();
  }

  @Override
  public Set<String> requiresFindings() {
    return Set.of(FindingCodes.CLAIM);
  }

  @Override
  public List<Finding> review(AnalyzedArticle article, AnalysisContext context, List<Finding> earlier) {
    List<Finding> out = new ArrayList<>();
    for (Finding claim : earlier) {
      if (!claim.code().equals(FindingCodes.CLAIM)) {
        continue;
      }
      List<ArchiveMatch> matches = archive.match(claim.quote(), SHOWN, context.asOf(), MatchSettings.defaults());
      double threshold = context.asOf().isPresent() ? datedThreshold : undatedThreshold;
      if (matches.isEmpty() || matches.get(0).score() < threshold) {
        continue;
      }
      List<Evidence> evidence = new ArrayList<>();
      for (ArchiveMatch m : matches) {
        if (evidence.isEmpty() || m.score() >= threshold - RUNNER_UP_MARGIN) {
          evidence.add(new Evidence(describe(m, context.asOf()), source(m.factCheck())));
        }
      }
      out.add(new Finding(FindingCodes.CLAIM_MATCHED, Severity.INFO, claim.span(), claim.quote(),
          message(matches.get(0), context.asOf()), evidence, Optional.empty()));
    }
    return List.copyOf(out);
  }

  private String message(ArchiveMatch best, Optional<LocalDate> asOf) {
    FactCheck f = best.factCheck();
    StringBuilder s = new StringBuilder("Fact-checked before");
    if (!f.publisher().isBlank()) {
      s.append(" by ").append(f.publisher());
    }
    f.date().ifPresent(d -> s.append(" on ").append(d));
    s.append(": \"").append(f.headline()).append('"');
    if (!f.rating().isBlank()) {
      s.append(", rated ").append(f.rating());
    }
    s.append('.');
    if (isOlderThanTimeFrame(f, asOf)) {
      s.append(" That check is older than this article's time frame (").append(asOf.orElseThrow())
          .append("); its verdict may be out of date.");
    }
    return s.toString();
  }

  private String describe(ArchiveMatch m, Optional<LocalDate> asOf) {
    FactCheck f = m.factCheck();
    return String.format(Locale.ROOT, "%s%s%s\"%s\" (score %.2f, similarity %.2f, shared terms: %s)%s",
        f.publisher().isBlank() ? "" : f.publisher() + ", ",
        f.date().map(d -> d + ", ").orElse("undated, "),
        f.rating().isBlank() ? "" : "rated " + f.rating() + ": ",
        f.headline(), m.score(), m.similarity(),
        m.sharedTerms().isEmpty() ? "none" : String.join(", ", m.sharedTerms()),
        isOlderThanTimeFrame(f, asOf) ? "; older than the article's time frame" : "");
  }

  private boolean isOlderThanTimeFrame(FactCheck f, Optional<LocalDate> asOf) {
    return asOf.isPresent() && f.date().isPresent()
        && f.date().get().isBefore(asOf.get().minus(staleAfter));
  }

  private static String source(FactCheck f) {
    return f.url().isBlank() ? "fact-check archive, id " + f.id() : f.url();
  }
}
