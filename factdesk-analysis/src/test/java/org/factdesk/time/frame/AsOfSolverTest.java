// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.Span;
import org.factdesk.time.frame.TimeAssertion.Kind;
import org.junit.jupiter.api.Test;

class AsOfSolverTest {
  private final AsOfSolver solver = new AsOfSolver();
  private int position;

  private TimeAssertion assertion(Kind kind, IntervalSet when, String quote) {
    int start = position;
    position += quote.length() + 1;
    return new TimeAssertion(kind, new Span(start, start + quote.length()), quote, 0, when, quote, List.of());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void consistentAssertionsGiveTheWindowTheyShare() {
    var biden = assertion(Kind.ROLE, IntervalSet.between(d("2021-01-20"), d("2025-01-20")), "President Biden");
    var frontrunner = assertion(Kind.EVENT_FUTURE, IntervalSet.before(d("2024-11-05")), "frontrunner for 2024");
    AsOfSolution s = solver.solve(List.of(biden, frontrunner), Optional.empty());
    assertThat(s.isConflict()).isFalse();
    assertThat(s.frame().describe()).isEqualTo("from 2021-01-20 until 2024-11-05");
  }

  @Test
  void pastEventsDecideWhichSideOfAConflictIsStale() {
    var biden = assertion(Kind.ROLE, IntervalSet.between(d("2021-01-20"), d("2025-01-20")), "President Biden");
    var blinken = assertion(Kind.ROLE, IntervalSet.between(d("2021-01-26"), d("2025-01-20")), "Secretary Blinken");
    var frontrunner = assertion(Kind.EVENT_FUTURE, IntervalSet.before(d("2024-11-05")), "frontrunner for 2024");
    var vance = assertion(Kind.ROLE, IntervalSet.onOrAfter(d("2025-01-20")), "Vice President Vance");
    var riyadh = assertion(Kind.EVENT_PAST, IntervalSet.onOrAfter(d("2025-02-18")), "the Riyadh talks");
    AsOfSolution s = solver.solve(List.of(biden, blinken, frontrunner, vance, riyadh), Optional.empty());
    assertThat(s.isConflict()).isTrue();
    assertThat(s.stale()).containsExactly(biden, blinken, frontrunner);
    assertThat(s.holding()).containsExactly(vance, riyadh);
    assertThat(s.frame().describe()).isEqualTo("from 2025-02-18 on");
    assertThat(s.conflicts()).allMatch(c -> !c.stale().when().overlaps(c.current().when()));
  }

  @Test
  void withADateEveryAssertionIsCheckedAgainstIt() {
    var biden = assertion(Kind.ROLE, IntervalSet.between(d("2021-01-20"), d("2025-01-20")), "President Biden");
    var vance = assertion(Kind.ROLE, IntervalSet.onOrAfter(d("2025-01-20")), "Vice President Vance");
    AsOfSolution s = solver.solve(List.of(biden, vance), Optional.of(d("2023-06-01")));
    assertThat(s.stale()).containsExactly(vance);
    assertThat(s.holding()).containsExactly(biden);
  }

  @Test
  void beforeTheKnowledgeBaseKnowsAnyHolderOfTheOfficeATitleIsUnknownNeverConfirmed() {
    var before = new TimeAssertion.Uncertainty(IntervalSet.before(d("1997-10-25")), "before the records");
    var president = new TimeAssertion(Kind.ROLE, new Span(0, 9), "President", 0,
        IntervalSet.onOrAfter(d("1997-10-25")), "x was President", List.of(), List.of(before), null);
    AsOfSolution s1987 = solver.solve(List.of(president), Optional.of(d("1987-03-01")));
    assertThat(s1987.stale()).isEmpty();
    assertThat(s1987.holding()).isEmpty();
    assertThat(s1987.unknown()).extracting(u -> u.reason()).containsExactly("before the records");
    var since2000 = new TimeAssertion(Kind.ROLE, new Span(0, 9), "President", 0,
        IntervalSet.onOrAfter(d("2005-01-01")), "x was President", List.of(),
        List.of(new TimeAssertion.Uncertainty(IntervalSet.before(d("2000-01-01")), "before the records")), null);
    assertThat(solver.solve(List.of(since2000), Optional.of(d("2003-01-01"))).stale()).containsExactly(since2000);
  }

  @Test
  void aMentionAnchoredToItsOwnTimeIsJudgedThereAndNeverPullsTheFrame() {
    var thatcher1979 = new TimeAssertion(Kind.ROLE, new Span(0, 10), "PM Thatcher", 0,
        IntervalSet.between(d("1979-05-04"), d("1990-11-28")), "Thatcher was PM", List.of(), List.of(),
        Anchor.explicit(org.factdesk.kb.DateRange.year(1979), "In 1979"));
    var vance = assertion(Kind.ROLE, IntervalSet.onOrAfter(d("2025-01-20")), "Vice President Vance");
    AsOfSolution s = solver.solve(List.of(thatcher1979, vance), Optional.empty());
    assertThat(s.isConflict()).isFalse();
    assertThat(s.frame().describe()).isEqualTo("from 2025-01-20 on");
    assertThat(s.holding()).contains(thatcher1979, vance);
    var thatcher1975 = new TimeAssertion(Kind.ROLE, new Span(0, 10), "PM Thatcher", 0,
        IntervalSet.between(d("1979-05-04"), d("1990-11-28")), "Thatcher was PM", List.of(), List.of(),
        Anchor.explicit(org.factdesk.kb.DateRange.year(1975), "In 1975"));
    assertThat(solver.solve(List.of(thatcher1975, vance), Optional.of(d("2025-06-01"))).stale())
        .containsExactly(thatcher1975);
  }

  @Test
  void theSameWordsNeverConflictWithThemselves() {
    var future = assertion(Kind.EVENT_FUTURE, IntervalSet.before(d("2020-01-31")), "Brexit");
    var past = assertion(Kind.EVENT_PAST, IntervalSet.onOrAfter(d("2020-01-31")), "Brexit");
    AsOfSolution s = solver.solve(List.of(future, past), Optional.empty());
    assertThat(s.isConflict()).isFalse();
    assertThat(s.stale()).isEmpty();
    assertThat(s.conflicts()).isEmpty();
  }

  @Test
  void daysBeyondASourcesDataAreUnknownNotStaleNorHolding() {
    var beyond = new TimeAssertion.Uncertainty(IntervalSet.onOrAfter(d("2022-07-24")),
        "beyond the knowledge base's data (as of 2022-07-23)");
    var minister = new TimeAssertion(Kind.ROLE, new Span(0, 8), "Minister", 0,
        IntervalSet.between(d("2019-07-24"), d("2022-07-24")), "x was minister", List.of(), List.of(beyond), null);
    AsOfSolution s = solver.solve(List.of(minister), Optional.of(d("2025-03-01")));
    assertThat(s.holding()).isEmpty();
    assertThat(s.stale()).isEmpty();
    assertThat(s.unknown()).singleElement().satisfies(u -> assertThat(u.reason()).contains("as of 2022-07-23"));
  }
}
