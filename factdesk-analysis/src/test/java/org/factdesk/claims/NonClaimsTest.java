// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonClaimsTest {
  @Test
  void aFanSayingSomeoneIsARockStarIsAQuoteOfNoFactualWeight() {
    assertThat(NonClaims.weightlessQuote("\"He's a rock star,\" says a 19-year-old fan.", false)).isTrue();
    assertThat(NonClaims.weightlessQuote("\"We are disappointed and angry,\" the company said.", false)).isTrue();
    assertThat(NonClaims.weightlessQuote("\"It is very important that we give the talks a chance,\" he said.", false)).isTrue();
  }

  @Test
  void quotesWithAFigureANameOrACauseKeepTheirWeight() {
    assertThat(NonClaims.weightlessQuote("\"We sold 40,000 tickets in a day,\" the promoter said.", false)).isFalse();
    assertThat(NonClaims.weightlessQuote("\"The mayor knew about the payments for months,\" she said.", false)).isFalse();
    assertThat(NonClaims.weightlessQuote("\"The outage was caused by a faulty transformer,\" a spokesman said.", false)).isFalse();
  }

  @Test
  void aShortQuotedPhraseInsideAReportedFactDoesNotMakeItWeightless() {
    assertThat(NonClaims.weightlessQuote("The council suspended the contractor after the audit found \"serious gaps\" in "
        + "its safety records for the bridge works on the river.", false)).isFalse();
  }

  @Test
  void aSentenceInsideAQuoteOpenedEarlierIsJudgedAsAQuote() {
    assertThat(NonClaims.weightlessQuote("We sincerely regret this error.", true)).isTrue();
    assertThat(NonClaims.weightlessQuote("We sincerely regret this error.", false)).isFalse();
  }

  @Test
  void creditsInstructionsAndNoCommentAreNeverClaims() {
    SentenceFeatures none = SentenceFeatures.ofText("");
    assertThat(NonClaims.of("(Reporting by Jo Smith; Editing by Sam Lee)", none, false)).contains(NonClaims.Reason.CREDIT_LINE);
    assertThat(NonClaims.of("For background on the council, visit its website.", none, false)).contains(NonClaims.Reason.INSTRUCTION);
    assertThat(NonClaims.of("The company declined to comment on the report.", none, false)).contains(NonClaims.Reason.NO_COMMENT);
    assertThat(NonClaims.of("The sale is subject to approval by the directors.", none, false)).contains(NonClaims.Reason.PROCEDURAL);
    assertThat(NonClaims.of("The council voted to close the library in March.", none, false)).isEmpty();
  }
}
