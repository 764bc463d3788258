// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the time solver and the seed article depend on, checked in the knowledge base that ships. */
final class BundledKnowledgeBaseTest {
  private static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.of(KnowledgeBaseFiles.readBundled());
  }

  private static List<Term> terms(String person, String office) {
    return kb.terms(person, office);
  }

  private static Optional<LocalDate> date(String d) {
    return Optional.of(LocalDate.parse(d));
  }

  private static boolean covers(Term t, String day) {
    LocalDate d = LocalDate.parse(day);
    return !t.start().isAfter(d) && t.end().map(e -> !e.isBefore(d)).orElse(true);
  }

  @Test
  void bidensPresidencyEndedOn20January2025() {
    assertThat(terms("Q6279", "Q11696")).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2021-01-20");
      assertThat(t.end()).isEqualTo(date("2025-01-20"));
    });
    assertThat(kb.person("Q6279").orElseThrow().name()).isEqualTo("Joe Biden");
  }

  @Test
  void trumpHasTwoPresidentialTermsAndTheSecondIsOpen() {
    List<Term> t = terms("Q22686", "Q11696");
    assertThat(t).hasSize(2);
    assertThat(t.get(0).start()).isEqualTo("2017-01-20");
    assertThat(t.get(0).end()).isEqualTo(date("2021-01-20"));
    assertThat(t.get(1).start()).isEqualTo("2025-01-20");
    assertThat(t.get(1).end()).isEmpty();
    assertThat(kb.person("Q22686").orElseThrow().name()).isEqualTo("Donald Trump");
  }

  @Test
  void vanceIsVicePresidentFrom2025AfterHisSenateTerm() {
    Person vance = kb.person("Q28935729").orElseThrow();
    assertThat(vance.name()).isEqualTo("JD Vance");
    assertThat(vance.aliases()).contains("J.D. Vance");
    assertThat(terms("Q28935729", "Q11699")).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2025-01-20");
      assertThat(t.end()).isEmpty();
    });
    assertThat(terms("Q28935729", "Q4416090")).singleElement()
        .satisfies(t -> assertThat(t.end()).isEqualTo(date("2025-01-10")));
  }

  @Test
  void blinkenWasSecretaryOfStateUntilRubioTookOver() {
    assertThat(terms("Q7821917", "Q14213")).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2021-01-26");
      assertThat(t.end()).isEqualTo(date("2025-01-20"));
      assertThat(t.source().reference()).startsWith("https://");
    });
    assertThat(terms("Q324546", "Q14213")).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2025-01-21");
      assertThat(t.end()).isEmpty();
    });
    assertThat(terms("Q324546", "Q4416090")).singleElement()
        .satisfies(t -> assertThat(t.end()).isEqualTo(date("2025-01-20")));
    assertThat(kb.office("Q14213").orElseThrow().titles()).contains("Secretary of State");
  }

  @Test
  void grahamAndMcConnellAreSenatorsIn2025() {
    for (String name : List.of("Lindsey Graham", "Mitch McConnell")) {
      Person p = kb.persons().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      assertThat(kb.terms(p.id(), "Q4416090")).as(name).anyMatch(t -> covers(t, "2025-06-01"));
    }
    assertThat(kb.office("Q4416090").orElseThrow().titles()).contains("Senator", "Sen.", "Senators");
  }

  @Test
  void putinWasPresidentUntil2008AndAgainFrom2012() {
    assertThat(kb.person("Q7747").orElseThrow().name()).isEqualTo("Vladimir Putin");
    List<Term> t = terms("Q7747", "Q218295");
    assertThat(t).hasSize(2);
    assertThat(t.get(0).start()).isEqualTo("2000-05-07");
    assertThat(t.get(0).end()).isEqualTo(date("2008-05-07"));
    assertThat(t.get(1).start()).isEqualTo("2012-05-07");
    assertThat(t.get(1).end()).isEmpty();
    assertThat(kb.office("Q218295").orElseThrow().jurisdiction()).isEqualTo("RU");
  }

  @Test
  void ukPrimeMinistersAfterThe2022SnapshotAreThere() {
    assertThat(kb.terms("Q180589", "Q14211")).anyMatch(t -> t.end().equals(date("2022-09-06")));
    assertThat(kb.terms("Q272201", "Q14211")).singleElement().satisfies(t -> assertThat(t.end()).isEqualTo(date("2022-10-25")));
    assertThat(kb.terms("Q20055561", "Q14211")).singleElement().satisfies(t -> assertThat(t.end()).isEqualTo(date("2024-07-05")));
    assertThat(kb.terms("wikipedia:Keir_Starmer", "Q14211")).singleElement().satisfies(t -> assertThat(t.start()).isEqualTo("2024-07-05"));
    assertThat(kb.office("Q14211").orElseThrow().titles()).contains("Prime Minister", "PM");
  }

  @Test
  void theEventsArticlesNameHaveTheirDates() {
    assertEvent("dissolution-of-the-soviet-union", "1991-12-26", "1991-12-26", "collapse of the soviet union");
    assertEvent("russo-georgian-war", "2008-08-07", "2008-08-16", "invasion of georgia");
    assertEvent("us-russia-reset", "2009-01-01", "2009-12-31", "reset policy");
    assertEvent("annexation-of-crimea", "2014-02-20", "2014-03-18", "annexation of crimea");
    assertEvent("russian-invasion-of-ukraine-2022", "2022-02-24", "2022-02-24", "full-scale invasion of ukraine");
    assertEvent("us-presidential-election-2024", "2024-11-05", "2024-11-05", "2024 presidential election");
    assertEvent("us-presidential-election-2020", "2020-11-03", "2020-11-03", "2020 presidential election");
    assertEvent("munich-security-conference-2025", "2025-02-14", "2025-02-16", "munich security conference 2025");
    assertEvent("us-russia-talks-riyadh-2025", "2025-02-18", "2025-02-18", "riyadh talks");
    assertEvent("brexit-referendum", "2016-06-23", "2016-06-23", "brexit referendum");
    assertEvent("eu-exit-GB", "2020-01-31", "2020-01-31", "brexit");
    assertEvent("september-11-attacks", "2001-09-11", "2001-09-11", "9/11");
    assertEvent("iraq-invasion-2003", "2003-03-20", "2003-03-20", "invasion of iraq");
    assertEvent("minsk-protocol", "2014-09-05", "2014-09-05", "minsk protocol");
    assertEvent("minsk-ii", "2015-02-12", "2015-02-12", "minsk ii");
    assertEvent("finland-joins-nato", "2023-04-04", "2023-04-04", "finland joined nato");
    assertEvent("sweden-joins-nato", "2024-03-07", "2024-03-07", "sweden joined nato");
    assertEvent("helsinki-summit-2018", "2018-07-16", "2018-07-16", "helsinki summit");
    assertEvent("capitol-attack", "2021-01-06", "2021-01-06", "january 6 attack");
    assertEvent("israel-hamas-war", "2023-10-07", "2023-10-07", "october 7 attack");
    assertEvent("covid-19-pandemic", "2020-03-11", "2020-03-11", "covid-19 pandemic");
    assertEvent("fall-of-kabul-2021", "2021-08-15", "2021-08-15", "fall of kabul");
    assertThat(kb.event("us-presidential-election-2024").orElseThrow().participants()).containsExactly("Q22686");
    assertThat(kb.event("us-presidential-election-2020").orElseThrow().participants()).containsExactly("Q6279");
    assertThat(kb.event("us-russia-reset").orElseThrow().aliases()).doesNotContain("reset");
    assertThat(kb.event("munich-security-conference-2025").orElseThrow().cues())
        .contains(List.of("munich security conference", "munich conference", "munich speech"), List.of("vance"));
  }

  private static void assertEvent(String id, String first, String last, String alias) {
    Event e = kb.event(id).orElseThrow(() -> new AssertionError("no event " + id));
    assertThat(e.when()).as(id).isEqualTo(new DateRange(LocalDate.parse(first), LocalDate.parse(last)));
    assertThat(e.aliases()).as(id).contains(alias);
  }

  @Test
  void everyTermAndEventNamesItsSourceAndNoPersonIsAMereSurname() {
    assertThat(kb.data().terms()).allSatisfy(t -> assertThat(t.source().name()).isNotBlank());
    assertThat(kb.data().events()).allSatisfy(e -> assertThat(e.source().name()).isNotBlank());
    assertThat(kb.persons()).allSatisfy(p -> assertThat(p.aliases()).allMatch(a -> a.strip().contains(" ")));
    assertThat(kb.persons()).allSatisfy(p -> assertThat(kb.terms(p.id()).isEmpty()
        && kb.events().stream().noneMatch(e -> e.participants().contains(p.id()))).as(p.id()).isFalse());
  }
}
