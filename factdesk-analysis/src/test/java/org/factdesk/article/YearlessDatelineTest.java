// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearlessDatelineTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aWireDatelineWithoutAYearIsSuggestedInTheLatestYearUpToToday() {
    var s = YearlessDateline.suggest("Fed holds rates\n\nWASHINGTON, May 12 (Reuters) - The Federal Reserve held rates.", TODAY);
    assertThat(s).isPresent();
    assertThat(s.get().date()).isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(s.get().words()).isEqualTo("WASHINGTON, May 12 (Reuters) -");
    assertThat(YearlessDateline.suggest("LONDON, Dec 24 (Reuters) - Shops closed early.", TODAY).get().date())
        .as("a day still to come this year is last year's").isEqualTo(LocalDate.of(2025, 12, 24));
    assertThat(YearlessDateline.suggest("NEW YORK, Feb. 29 - Markets fell.", TODAY).get().date())
        .as("29 February only in a leap year").isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void noDatelineNoSuggestion() {
    assertThat(YearlessDateline.suggest("The minister said on May 12 that talks would resume.", TODAY)).isEmpty();
    assertThat(YearlessDateline.suggest("WASHINGTON, May 41 (Reuters) - Nothing.", TODAY)).isEmpty();
  }
}
