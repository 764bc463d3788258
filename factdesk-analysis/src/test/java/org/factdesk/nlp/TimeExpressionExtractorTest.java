// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeExpressionExtractorTest {
  private static List<String> values(String text, LocalDate reference) {
    return TimeExpressionExtractor.extract(text, 0, Optional.ofNullable(reference)).stream()
        .map(t -> t.text() + "=" + t.value().describe()).toList();
  }

  @Test
  void yearsDecadesMonthsAndDatesAreNormalised() {
    assertThat(values("Russia invaded in 2008.", null)).containsExactly("2008=2008");
    assertThat(values("In the 1990s reforms stalled.", null)).containsExactly("the 1990s=1990-01-01..1999-12-31");
    assertThat(values("Talks began in February 2025.", null)).containsExactly("February 2025=2025-02");
    assertThat(values("It ended on February 14, 2025 and 16 Feb 2025.", null))
        .containsExactly("February 14, 2025=2025-02-14", "16 Feb 2025=2025-02-16");
    assertThat(values("Filed 2024-11-05.", null)).containsExactly("2024-11-05=2024-11-05");
  }

  @Test
  void relativeExpressionsNeedAReferenceDate() {
    assertThat(values("Prices rose last year.", null)).isEmpty();
    assertThat(values("Prices rose last year.", LocalDate.of(2025, 3, 1))).containsExactly("last year=2024");
    assertThat(values("He left yesterday.", LocalDate.of(2025, 3, 1))).containsExactly("yesterday=2025-02-28");
  }

  @Test
  void numbersThatAreNotYearsAreLeftAlone() {
    assertThat(values("About 2,000 troops and 1950 people, $2024 and 2023.5 units.", null)).isEmpty();
  }
}
