// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.FindingCodes;
import org.factdesk.analysis.Severity;
import org.factdesk.article.Span;

/**
 * Re-analysis after an edit: verdicts and finding decisions follow sentences whose text did not
 * change; a verdict whose sentence changed is dropped, and the new claim at that place says so.
 */
final class CarryOver {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy")
      .withZone(ZoneOffset.UTC);

  /** A claim to store: the new finding plus whatever it inherits. */
  record ClaimDraft(Finding finding, Optional<ClaimRecord> inherited, String carryNote) {
    /** Added by a checker, so it stays only while its words are in the text. */
    boolean manual() {
      return inherited.map(ClaimRecord::manual).orElse(false);
    }
  }

  /** A finding to store plus the decision it inherits, if any. */
  record FindingDraft(Finding finding, Optional<FindingRecord> inherited) {}

  /** What was dropped, for the audit log. */
  record Dropped(ClaimRecord claim) {}

  /**
   * What to store, the verdicts dropped, and the findings the new analysis no longer raises
   * (the text fixed them).
   */
  record Result(List<ClaimDraft> claims, List<FindingDraft> findings, List<Dropped> dropped,
      List<FindingRecord> noLongerRaised) {}

  private CarryOver() {}

  static Result apply(List<ClaimRecord> oldClaims, List<FindingRecord> oldFindings,
      List<Finding> newClaims, List<Finding> newFindings, String newText) {
    Set<Long> used = new HashSet<>();
    List<ClaimDraft> claims = new ArrayList<>();
    for (ClaimRecord manual : oldClaims) {
      if (!manual.manual()) {
        continue;
      }
      int at = newText == null ? -1 : newText.indexOf(manual.sentence());
      if (at >= 0) {
        used.add(manual.id());
        claims.add(new ClaimDraft(new Finding(FindingCodes.CLAIM, Severity.INFO,
            new Span(at, at + manual.sentence().length()), manual.sentence(), "Added by a checker.",
            List.of(), Optional.empty()), Optional.of(manual), null));
      }
    }
    List<Finding> unmatched = new ArrayList<>();
    for (Finding f : newClaims) {
      Optional<ClaimRecord> same = oldClaims.stream()
          .filter(c -> !used.contains(c.id()) && normalise(c.sentence()).equals(normalise(f.quote())))
          .findFirst();
      same.ifPresent(c -> used.add(c.id()));
      if (same.isPresent()) {
        claims.add(new ClaimDraft(f, same, null));
      } else {
        unmatched.add(f);
      }
    }
    List<Dropped> dropped = new ArrayList<>();
    List<ClaimRecord> lost = oldClaims.stream()
        .filter(c -> !used.contains(c.id()) && c.verdict() != null).toList();
    for (Finding f : unmatched) {
      // The edited sentence usually sits where the old one did; overlapping spans find it.
      Optional<ClaimRecord> before = lost.stream()
          .filter(c -> !used.contains(c.id()) && c.start() < f.span().end() && f.span().start() < c.end())
          .findFirst();
      before.ifPresent(c -> used.add(c.id()));
      claims.add(new ClaimDraft(f, Optional.empty(), before.map(CarryOver::note).orElse(null)));
    }
    for (ClaimRecord c : lost) {
      dropped.add(new Dropped(c));
    }
    claims.sort((a, b) -> a.finding().span().compareTo(b.finding().span()));

    Set<Long> usedFindings = new HashSet<>();
    List<FindingDraft> findings = new ArrayList<>();
    for (Finding f : newFindings) {
      Optional<FindingRecord> same = oldFindings.stream()
          .filter(o -> !usedFindings.contains(o.id()) && o.code().equals(f.code())
              && normalise(o.quote()).equals(normalise(f.quote())))
          .findFirst();
      same.ifPresent(o -> usedFindings.add(o.id()));
      findings.add(new FindingDraft(f, same));
    }
    List<FindingRecord> gone = oldFindings.stream().filter(o -> !usedFindings.contains(o.id())).toList();
    return new Result(claims, findings, dropped, gone);
  }

  private static String note(ClaimRecord old) {
    return "This sentence changed after it was rated " + old.verdict().label().replace('_', ' ')
        + (old.decidedByName() == null ? "" : " by " + old.decidedByName())
        + (old.decidedAt() == null ? "" : " on " + DAY.format(old.decidedAt()))
        + "; that verdict was dropped. Earlier text: \"" + old.sentence() + "\"";
  }

  static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
