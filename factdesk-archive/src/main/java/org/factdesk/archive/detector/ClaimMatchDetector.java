// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.detector;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Capability;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.analysis.ReviewingDetector;
import org.factdesk.analysis.Severity;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.equivalence.ClaimComparison;
import org.factdesk.archive.matching.ArticleTime;
import org.factdesk.archive.matching.ClaimMatcher;
import org.factdesk.archive.matching.JudgedMatch;
import org.factdesk.archive.matching.Timing;
import org.factdesk.kb.Evidence;
import org.factdesk.time.frame.IntervalSet;

/**
 * Reviews the engine's {@code claim} findings against the archive. A fact-check that the
 * equivalence model judges the same claim becomes an info finding on the claim's span:
 * {@code claim.matched} ("fact-checked before") when it was published on or before the
 * article's date (for an undated article: before the end of the frame its text fits; when the
 * fact-check or the article has no date, the finding says whether-before is unknown), and
 * {@code claim.checked-since} when it came later. Each names what agrees and what differs.
 * A prior check more than {@code staleAfter} older than the article is called out.
 */
public final class ClaimMatchDetector implements ReviewingDetector {
  static final int SHOWN = 3;

  private final ClaimMatcher matcher;
  private final Period staleAfter;

  public ClaimMatchDetector(FactCheckArchive archive) {
    this(new ClaimMatcher(archive), Period.ofYears(1));
  }

  public ClaimMatchDetector(ClaimMatcher matcher, Period staleAfter) {
    this.matcher = matcher;
    this.staleAfter = staleAfter;
  }

  @Override
  public String name() {
    return "claim-matched";
  }

  @Override
  public Set<String> codes() {
    return Set.of(FindingCodes.CLAIM_MATCHED, FindingCodes.CLAIM_CHECKED_SINCE);
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TIME_FRAME);
  }

  @Override
  public Set<String> requiresFindings() {
    return Set.of(FindingCodes.CLAIM);
  }

  @Override
  public List<Finding> review(PreparedArticle article, AnalysisContext context, List<Finding> earlier) {
    ArticleTime time = articleTime(article, context);
    List<Finding> out = new ArrayList<>();
    for (Finding claim : earlier) {
      if (!claim.code().equals(FindingCodes.CLAIM)) {
        continue;
      }
      List<JudgedMatch> same = matcher.sameClaim(claim.quote(), time);
      List<JudgedMatch> earlierChecks = same.stream().filter(j -> j.timing() != Timing.SINCE).toList();
      List<JudgedMatch> laterChecks = same.stream().filter(j -> j.timing() == Timing.SINCE).toList();
      if (!earlierChecks.isEmpty()) {
        out.add(finding(FindingCodes.CLAIM_MATCHED, claim, earlierChecks, time));
      }
      if (!laterChecks.isEmpty()) {
        out.add(finding(FindingCodes.CLAIM_CHECKED_SINCE, claim, laterChecks, time));
      }
    }
    return List.copyOf(out);
  }

  /** The article's date; else the frame its dated statements fit, as the time summary reports it. */
  ArticleTime articleTime(PreparedArticle article, AnalysisContext context) {
    if (context.asOf().isPresent()) {
      return ArticleTime.dated(context.asOf().get());
    }
    if (article.assertions().isEmpty()) {
      return ArticleTime.unknown();
    }
    IntervalSet frame = article.solvedTime().frame();
    if (frame.isEmpty()) {
      return ArticleTime.unknown();
    }
    return ArticleTime.framed(frame.earliest(), frame.endExclusive());
  }

  private Finding finding(String code, Finding claim, List<JudgedMatch> matches, ArticleTime time) {
    List<Evidence> evidence = new ArrayList<>();
    for (JudgedMatch m : matches.subList(0, Math.min(SHOWN, matches.size()))) {
      evidence.add(new Evidence(describe(m), source(m.match().factCheck())));
    }
    return new Finding(code, Severity.INFO, claim.span(), claim.quote(),
        message(matches.get(0), time), evidence, Optional.empty());
  }

  private String message(JudgedMatch best, ArticleTime time) {
    FactCheck f = best.match().factCheck();
    StringBuilder s = new StringBuilder(switch (best.timing()) {
      case BEFORE -> "Fact-checked before";
      case SINCE -> "Fact-checked since this article (" + time.describe() + ")";
      case CHECK_UNDATED -> "Fact-checked, at a date the fact-check does not give (it may be later than this article)";
      case ARTICLE_UNDATED -> "Fact-checked (this article is undated, so whether before it is unknown)";
    });
    if (!f.publisher().isBlank()) {
      s.append(" by ").append(f.publisher());
    }
    f.date().ifPresent(d -> s.append(" on ").append(d));
    s.append(": \"").append(f.headline()).append('"');
    if (!f.rating().isBlank()) {
      s.append(", rated ").append(f.rating());
    }
    s.append('.');
    s.append(explanation(best.comparison()));
    if (best.timing() == Timing.BEFORE && isOlderThanTimeFrame(f, time)) {
      s.append(" That check is older than this article's time frame (").append(time.describe())
          .append("); its verdict may be out of date.");
    }
    return s.toString();
  }

  /** " Agrees: names: Obama; numbers: 700 billion. Differs: years: 2008 here, 2009 in the fact-check." */
  static String explanation(ClaimComparison c) {
    StringBuilder s = new StringBuilder();
    if (!c.agrees().isEmpty()) {
      s.append(" Agrees: ").append(String.join("; ", c.agrees())).append('.');
    }
    s.append(" Differs: ").append(c.differs().isEmpty() ? "nothing found" : String.join("; ", c.differs())).append('.');
    return s.toString();
  }

  private static String describe(JudgedMatch m) {
    FactCheck f = m.match().factCheck();
    return String.format(Locale.ROOT, "%s%s%s\"%s\" (same claim %.2f, similarity %.2f)%s",
        f.publisher().isBlank() ? "" : f.publisher() + ", ",
        f.date().map(d -> d + ", ").orElse("undated, "),
        f.rating().isBlank() ? "" : "rated " + f.rating() + ": ",
        f.headline(), m.comparison().score(), m.match().similarity(), explanation(m.comparison()));
  }

  private boolean isOlderThanTimeFrame(FactCheck f, ArticleTime time) {
    Optional<LocalDate> reference = time.date().or(time::frameStart);
    return reference.isPresent() && f.date().isPresent()
        && f.date().get().isBefore(reference.get().minus(staleAfter));
  }

  private static String source(FactCheck f) {
    return f.url().isBlank() ? "fact-check archive, id " + f.id() : f.url();
  }
}
