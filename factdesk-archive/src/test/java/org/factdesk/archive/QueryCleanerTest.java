// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryCleanerTest {
  private final QueryCleaner cleaner = new QueryCleaner();

  @Test
  void tweetsLoseLinksAndHashtagsAreSplitIntoWordsWhileSignaturesStay() {
    assertThat(cleaner.clean("How are butterflies surviving the #AustralianFires? pic.twitter.com/0eJtwJyS1J — Center for Bio Div (@CenterForBioDiv) January 14, 2020"))
        .isEqualTo("How are butterflies surviving the AustralianFires Australian Fires? — Center for Bio Div (@CenterForBioDiv) January 14, 2020");
    assertThat(cleaner.clean("Read this https://t.co/IowxW0Idzl now www.example.com @someone"))
        .isEqualTo("Read this now @someone");
    assertThat(cleaner.clean("#MAGA #flood")).isEqualTo("MAGA flood");
  }

  @Test
  void aTrailingTweetDateIsTheClaimsOwnDate() {
    assertThat(ClaimDate.trailing("text — Name (@handle) January 14, 2020"))
        .contains(java.time.LocalDate.of(2020, 1, 14));
    assertThat(ClaimDate.trailing("\"quoted — X (@x) March 3, 2021\"")).contains(java.time.LocalDate.of(2021, 3, 3));
    assertThat(ClaimDate.trailing("On January 14, 2020 something happened.")).isEmpty();
    assertThat(ClaimDate.trailing("bad — X (@x) February 31, 2021")).isEmpty();
  }

  @Test
  void plainSentencesPassThroughUnchanged() {
    assertThat(cleaner.clean("The Moon is made of cheese.")).isEqualTo("The Moon is made of cheese.");
  }

  @Test
  void aTextThatIsOnlyNoiseIsKeptRatherThanEmptied() {
    assertThat(cleaner.clean("https://t.co/abc")).isEqualTo("https://t.co/abc");
  }
}
