// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates a reader sees at the top of an article, one shape per line. */
class TextDatesTest {
  private static Optional<TextDates.Found> find(String... blocks) {
    return TextDates.find(List.of(blocks));
  }

  @Test
  void bylinesPublicationLinesAndDatelinesGiveTheDateAndSayWhich() {
    assertThat(find("By Ann Lee | 12 May 2025")).contains(new TextDates.Found(LocalDate.of(2025, 5, 12), "byline in the text"));
    assertThat(find("By Ann Lee, May 12, 2025")).map(TextDates.Found::date).contains(LocalDate.of(2025, 5, 12));
    assertThat(find("Published 3 June 2025")).contains(new TextDates.Found(LocalDate.of(2025, 6, 3), "publication line in the text"));
    assertThat(find("Updated: Sept. 4, 2024")).map(TextDates.Found::date).contains(LocalDate.of(2024, 9, 4));
    assertThat(find("Posted on Tuesday, March 4th, 2025")).map(TextDates.Found::date).contains(LocalDate.of(2025, 3, 4));
    assertThat(find("Headline", "WASHINGTON, May 12, 2025 (Reuters) - The Senate voted."))
        .contains(new TextDates.Found(LocalDate.of(2025, 5, 12), "dateline in the text"));
  }

  @Test
  void aDatelineWithoutAYearOrProseWithADateGivesNothing() {
    assertThat(find("WASHINGTON, May 12 (Reuters) - The Senate voted.")).isEmpty();
    assertThat(find("The Senate voted on May 12, 2025 to pass the bill.")).isEmpty();
    assertThat(find("By the end of May 2025 the plan had failed.")).isEmpty();
  }
}
