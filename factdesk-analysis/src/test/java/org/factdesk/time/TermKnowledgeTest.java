// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.DatePrecision;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBase;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.factdesk.time.frame.IntervalSet;
import org.factdesk.time.frame.TimeAssertion;
import org.factdesk.time.frame.TimeAssertion.Outcome;
import org.junit.jupiter.api.Test;

/** Freshness and precision: what a small knowledge base can and cannot say about a title on a day. */
class TermKnowledgeTest {
  private static final FactSource MID_2022 = new FactSource("holders.csv", "", Optional.of(d("2022-07-23")));
  private static final FactSource UNDATED = new FactSource("notes", "", Optional.empty());
  private static final Office HOME = new Office("home", "Home Secretary", "GB", List.of("Home Secretary"));
  private static final Office CHANCELLOR = new Office("chancellor", "Federal Chancellor", "DE", List.of("Chancellor"));

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static KnowledgeBase kb(List<Term> terms) {
    return KnowledgeBase.of(new KnowledgeBaseData(
        List.of(new Person("p", "Pat Minister", List.of(), Optional.empty()),
            new Person("q", "Quinn Successor", List.of(), Optional.empty()),
            new Person("r", "Ray Earlier", List.of(), Optional.empty())),
        List.of(HOME, CHANCELLOR), terms, List.of()));
  }

  private static TimeAssertion role(TermKnowledge.Known k) {
    return new TimeAssertion(TimeAssertion.Kind.ROLE, new org.factdesk.article.Span(0, 1), "x", 0, k.held(), "x",
        List.of(), k.heldUncertain(), null);
  }

  private static TimeAssertion former(TermKnowledge.Known k) {
    return new TimeAssertion(TimeAssertion.Kind.FORMER_ROLE, new org.factdesk.article.Span(0, 1), "x", 0, k.former(),
        "x", List.of(), k.formerUncertain(), null);
  }

  private static TimeAssertion.Verdict on(TimeAssertion a, String day) {
    return a.verdict(IntervalSet.between(d(day), d(day).plusDays(1)));
  }

  @Test
  void aTermOpenAtTheSourcesDateIsUnknownAfterItNeverConfirmedNorAnError() {
    Term open = new Term("p", "home", d("2019-07-24"), Optional.empty(), MID_2022);
    KnowledgeBase kb = kb(List.of(open));
    TimeAssertion a = role(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(a, "2021-05-01").outcome()).isEqualTo(Outcome.HOLDS);
    assertThat(on(a, "2022-07-23").outcome()).isEqualTo(Outcome.HOLDS);
    TimeAssertion.Verdict later = on(a, "2025-06-01");
    assertThat(later.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(later.reason().get()).contains("beyond the knowledge base's data (as of 2022-07-23)");
    assertThat(on(a, "2019-01-01").reason().get()).as("before any record of the office")
        .contains("before the knowledge base's records");
    TimeAssertion f = former(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(f, "2025-06-01").outcome()).as("'former' after the data is unknown too").isEqualTo(Outcome.UNKNOWN);
    assertThat(on(f, "2021-01-01").outcome()).isEqualTo(Outcome.FAILS);
  }

  @Test
  void aSuccessorInAnOfficeOnePersonHoldsClosesATermTheSourceLeftOpen() {
    Term earlier = new Term("r", "home", d("2016-07-13"), Optional.of(d("2019-07-24")), UNDATED);
    Term open = new Term("p", "home", d("2019-07-24"), Optional.empty(), MID_2022);
    Term successor = new Term("q", "home", d("2022-09-06"), Optional.of(d("2022-10-19")), UNDATED);
    KnowledgeBase kb = kb(List.of(earlier, open, successor));
    TimeAssertion a = role(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(a, "2022-08-15").outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(on(a, "2025-06-01").outcome()).isEqualTo(Outcome.FAILS);
    TimeAssertion f = former(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(f, "2025-06-01").outcome()).isEqualTo(Outcome.HOLDS);
  }

  @Test
  void aStartKnownOnlyAsAYearIsAnIntervalOfDoubt() {
    Term yearOnly = new Term("p", "chancellor", d("2021-01-01"), Optional.empty(), UNDATED, DatePrecision.YEAR,
        DatePrecision.DAY);
    Term predecessor = new Term("r", "chancellor", d("2005-11-22"), Optional.of(d("2021-12-08")), UNDATED);
    KnowledgeBase kb = kb(List.of(predecessor, yearOnly));
    TimeAssertion a = role(new TermKnowledge(kb).of(kb.terms("p"), List.of("chancellor")));
    TimeAssertion.Verdict june = on(a, "2021-06-01");
    assertThat(june.outcome()).as("a June check inside a year-only start").isEqualTo(Outcome.UNKNOWN);
    assertThat(june.reason().get()).contains("only as 2021");
    assertThat(on(a, "2022-06-01").outcome()).isEqualTo(Outcome.HOLDS);
    assertThat(on(a, "2020-06-01").outcome()).isEqualTo(Outcome.FAILS);
  }

  @Test
  void anEndKnownOnlyAsAMonthIsUnknownInsideThatMonth() {
    Term monthEnd = new Term("p", "home", d("2010-05-12"), Optional.of(d("2016-07-01")), UNDATED, DatePrecision.DAY,
        DatePrecision.MONTH);
    KnowledgeBase kb = kb(List.of(monthEnd));
    TimeAssertion a = role(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(a, "2016-06-30").outcome()).isEqualTo(Outcome.HOLDS);
    assertThat(on(a, "2016-07-20").outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(on(a, "2016-08-01").outcome()).isEqualTo(Outcome.FAILS);
    TimeAssertion f = former(new TermKnowledge(kb).of(kb.terms("p"), List.of("home")));
    assertThat(on(f, "2016-07-20").outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(on(f, "2016-08-01").outcome()).isEqualTo(Outcome.HOLDS);
  }

  @Test
  void electHoldsBetweenTheChoiceAndTakingOffice() {
    Term term = new Term("p", "chancellor", d("2021-12-08"), Optional.empty(), UNDATED);
    KnowledgeBase kb = kb(List.of(term));
    TermKnowledge.Window w = new TermKnowledge(kb).elect(kb.terms("p"), "p");
    TimeAssertion elect = new TimeAssertion(TimeAssertion.Kind.ELECT_ROLE, new org.factdesk.article.Span(0, 1), "x", 0,
        w.when(), "x", List.of(), w.uncertain(), null);
    assertThat(on(elect, "2021-11-30").outcome()).isEqualTo(Outcome.HOLDS);
    assertThat(on(elect, "2022-01-10").outcome()).isEqualTo(Outcome.FAILS);
    assertThat(on(elect, "2021-03-01").outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(on(elect, "2019-03-01").outcome()).isEqualTo(Outcome.FAILS);
  }
}
