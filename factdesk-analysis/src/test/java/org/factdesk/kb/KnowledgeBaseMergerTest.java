// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class KnowledgeBaseMergerTest {
  private static final FactSource OLD = new FactSource("old", "", Optional.of(LocalDate.of(2022, 8, 1)));
  private static final FactSource NEW = new FactSource("new", "", Optional.of(LocalDate.of(2026, 1, 1)));

  private static Term term(String person, String start, String end, FactSource s) {
    return new Term(person, "Q14213", LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse), s);
  }

  private static KnowledgeBaseData layer(List<Person> persons, List<Term> terms) {
    return new KnowledgeBaseData(persons, List.of(new Office("Q14213", "Secretary of State", "US", List.of())), terms,
        List.of());
  }

  @Test
  void aKnownEndIsNeverReplacedByAnUnknownOne() {
    Person p = new Person("Q1", "Ann Example", List.of(), Optional.of("Q1"));
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        layer(List.of(p), List.of(term("Q1", "2021-01-26", "2025-01-20", NEW))),
        layer(List.of(p), List.of(term("Q1", "2021-01-26", null, OLD)))));
    assertThat(merged.terms()).singleElement().satisfies(t -> {
      assertThat(t.end()).contains(LocalDate.of(2025, 1, 20));
      assertThat(t.source()).isEqualTo(NEW);
    });
  }

  @Test
  void aLaterLayerClosesAnOpenTermStartingWithinThreeDays() {
    Person p = new Person("Q1", "Ann Example", List.of(), Optional.of("Q1"));
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        layer(List.of(p), List.of(term("Q1", "2021-01-26", null, OLD), term("Q1", "2012-01-01", "2013-01-01", OLD))),
        layer(List.of(p), List.of(term("Q1", "2021-01-25", "2025-01-20", NEW)))));
    assertThat(merged.terms()).hasSize(2).anyMatch(t -> t.end().equals(Optional.of(LocalDate.of(2025, 1, 20))));
  }

  @Test
  void aDayDateFromAWeakerSourceBeatsAYearFromABetterOneAndEverySourceIsKept() {
    Person p = new Person("Q61053", "Olaf Scholz", List.of(), Optional.of("Q61053"));
    Term year = new Term("Q61053", "Q14213", LocalDate.of(2021, 1, 1), Optional.empty(), NEW, DatePrecision.YEAR,
        DatePrecision.DAY);
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        layer(List.of(p), List.of(term("Q61053", "2021-12-08", null, OLD))),
        layer(List.of(p), List.of(year))));
    assertThat(merged.terms()).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2021-12-08");
      assertThat(t.startPrecision()).isEqualTo(DatePrecision.DAY);
      assertThat(t.sources()).containsExactlyInAnyOrder(OLD, NEW);
      assertThat(t.disagreements()).isEmpty();
    });
  }

  @Test
  void sourcesThatDisagreeByMoreThanThreeDaysAreRecordedAndTheBetterSourceWins() {
    Person p = new Person("Q1", "Ann Example", List.of(), Optional.of("Q1"));
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        layer(List.of(p), List.of(term("Q1", "2005-11-28", "2009-10-28", OLD))),
        layer(List.of(p), List.of(term("Q1", "2005-11-22", "2009-10-28", NEW)))));
    assertThat(merged.terms()).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2005-11-22");
      assertThat(t.alsoIn()).containsExactly(OLD);
      assertThat(t.disagreements()).containsExactly("start 2005-11-28 in old");
    });
  }

  @Test
  void cabinetsOfOneHolderInOneSourceJoinIntoOneTerm() {
    Person p = new Person("Q1", "Ann Example", List.of(), Optional.of("Q1"));
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(layer(List.of(p), List.of(
        term("Q1", "2012-12-26", "2014-12-24", OLD), term("Q1", "2014-12-24", "2017-11-01", OLD),
        term("Q1", "2017-11-01", "2020-09-16", OLD), term("Q1", "2026-01-01", null, OLD)))));
    assertThat(merged.terms()).hasSize(2).first().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2012-12-26");
      assertThat(t.end()).contains(LocalDate.of(2020, 9, 16));
    });
  }

  @Test
  void aPersonWithoutQidHoldingTheSameOfficeFromTheSameDayBecomesTheWikidataPerson() {
    Person wikidata = new Person("Q10853588", "Kamala Harris", List.of(), Optional.of("Q10853588"));
    Person bioguide = new Person("bioguide:H001075", "Kamala Harris", List.of("Kamala D. Harris"), Optional.empty());
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        layer(List.of(wikidata), List.of(term("Q10853588", "2021-01-20", null, OLD))),
        layer(List.of(bioguide), List.of(term("bioguide:H001075", "2021-01-20", "2025-01-20", NEW)))));
    assertThat(merged.persons()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("Q10853588");
      assertThat(p.aliases()).contains("Kamala D. Harris");
    });
    assertThat(merged.terms()).singleElement().satisfies(t -> assertThat(t.end()).isPresent());
  }

  @Test
  void eventsWithTheSameIdGainAliasesAndCues() {
    Event imported = new Event("eu-exit-GB", "United Kingdom left the European Union", List.of("uk left the eu"),
        List.of(), DateRange.day(LocalDate.of(2020, 1, 31)), "accession", List.of(), Optional.empty(), OLD);
    Event added = new Event("eu-exit-GB", "United Kingdom left the European Union", List.of("brexit"),
        List.of(List.of("brexit")), DateRange.day(LocalDate.of(2020, 1, 31)), "accession", List.of(), Optional.empty(), NEW);
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(
        new KnowledgeBaseData(List.of(), List.of(), List.of(), List.of(imported)),
        new KnowledgeBaseData(List.of(), List.of(), List.of(), List.of(added))));
    assertThat(merged.events()).singleElement().satisfies(e -> {
      assertThat(e.aliases()).containsExactly("uk left the eu", "brexit");
      assertThat(e.cues()).containsExactly(List.of("brexit"));
    });
  }

  @Test
  void mergingIsDeterministicWhateverTheInputOrderWithinALayer() {
    Person a = new Person("Q2", "Bo Example", List.of(), Optional.of("Q2"));
    Person b = new Person("Q1", "Ann Example", List.of(), Optional.of("Q1"));
    KnowledgeBaseData one = KnowledgeBaseMerger.merge(List.of(layer(List.of(a, b),
        List.of(term("Q2", "2001-01-01", null, OLD), term("Q1", "2001-01-01", null, OLD)))));
    KnowledgeBaseData two = KnowledgeBaseMerger.merge(List.of(layer(List.of(b, a),
        List.of(term("Q1", "2001-01-01", null, OLD), term("Q2", "2001-01-01", null, OLD)))));
    assertThat(one).isEqualTo(two);
  }
}
