// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.kb.DatePrecision;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.KnowledgeBaseMerger;
import org.factdesk.kb.Office;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.junit.jupiter.api.Test;

final class AdditionsTest {
  private static final Additions FILE = new Additions(LocalDate.of(2026, 6, 1),
      List.of(new Additions.PersonEntry("newsroom:ada-q", "Ada Q", List.of(), "https://example.org/a", "new")),
      List.of(new Additions.TermEntry("Q1", "O1", "2024-07-05", "2026-03-01", "https://example.org/t", "ended"),
          new Additions.TermEntry("newsroom:ada-q", "O1", "2026-03", null, "https://example.org/a", null)),
      List.of(new Additions.EventEntry("newsroom:event-x", "Summit X", "2026-04-02..2026-04-03", "summit",
          List.of("X summit"), List.of(), null, "https://example.org/e", "n")));

  @Test
  void what_is_written_reads_back_through_the_importer() {
    KnowledgeBaseData data = FILE.toData();
    assertThat(data.persons()).extracting(Person::name).containsExactly("Ada Q");
    assertThat(data.terms()).hasSize(2);
    Term ended = data.terms().get(0);
    assertThat(ended.end()).contains(LocalDate.of(2026, 3, 1));
    assertThat(ended.source().reference()).isEqualTo("https://example.org/t");
    assertThat(data.terms().get(1).startPrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(data.terms().get(1).end()).isEmpty();
    assertThat(data.events().get(0).when().last()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(FILE.toYaml()).doesNotContain("null").contains("reviewed: 2026-06-01");
  }

  @Test
  void a_bad_entry_is_refused_with_the_importers_words() {
    Additions backwards = new Additions(LocalDate.of(2026, 6, 1), List.of(),
        List.of(new Additions.TermEntry("Q1", "O1", "2026-01-01", "2025-01-01", "https://example.org", null)), List.of());
    assertThatThrownBy(backwards::toData).isInstanceOf(KbImportException.class).hasMessageContaining("ends before it starts");
  }

  @Test
  void an_overlay_gives_the_same_terms_as_a_merge_of_the_two_layers() {
    FactSource bundled = new FactSource("bundled", "", Optional.of(LocalDate.of(2026, 6, 19)));
    KnowledgeBaseData base = new KnowledgeBaseData(
        List.of(new Person("Q1", "Keir Example", List.of(), Optional.of("Q1")), new Person("Q2", "Other One", List.of(),
            Optional.of("Q2"))),
        List.of(new Office("O1", "Prime Minister", "GB", List.of("Prime Minister"))),
        List.of(new Term("Q1", "O1", LocalDate.of(2024, 7, 5), Optional.empty(), bundled),
            new Term("Q2", "O1", LocalDate.of(2010, 5, 11), Optional.of(LocalDate.of(2016, 7, 13)), bundled)),
        List.of());
    KnowledgeBaseData top = FILE.toData();
    KnowledgeBaseData overlaid = KnowledgeBaseMerger.overlay(base, top);
    KnowledgeBaseData merged = KnowledgeBaseMerger.merge(List.of(base, top));
    assertThat(overlaid.terms()).containsExactlyInAnyOrderElementsOf(merged.terms());
    assertThat(overlaid.persons()).containsExactlyInAnyOrderElementsOf(merged.persons());
    Term keir = overlaid.terms().stream().filter(t -> t.personId().equals("Q1")).findFirst().orElseThrow();
    assertThat(keir.end()).as("the newsroom's end wins over no end on record").contains(LocalDate.of(2026, 3, 1));
  }
}
