// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimPartsTest {
  private static ClaimParts parts(String text) {
    return ClaimParts.of(text, ClaimEquivalence.ANALYZER);
  }

  @Test
  void numbersCarryTheirScaleAndYearsAreKeptApart() {
    ClaimParts p = parts("The mayor said 2.8 million people voted in 2016, and 800,000 did not.");
    assertThat(p.numbers()).containsKeys(2_800_000.0, 800_000.0).hasSize(2);
    assertThat(p.years()).containsExactly(2016);
    assertThat(p.negated()).isTrue();
  }

  @Test
  void namesSkipTitlesMonthsAndSentenceOpeners() {
    ClaimParts p = parts("In March, President Ana Ortega told the Harbor Council the bridge would close.");
    assertThat(p.names().keySet()).containsExactly("ana", "ortega", "harbor", "council");
    assertThat(p.claimant()).contains("Ana Ortega");
  }

  @Test
  void theClaimantComesFromSaidOrAccordingTo() {
    assertThat(parts("Rates will fall, according to Tomas Lindqvist of the central bank.").claimant())
        .contains("Tomas Lindqvist");
    assertThat(parts("Tomas Lindqvist said rates will fall.").claimant()).contains("Tomas Lindqvist");
    assertThat(parts("Rates will fall.").claimant()).isEmpty();
  }

  @Test
  void thePredicateIsWhatIsLeftOnceNamesAreTakenOut() {
    ClaimParts p = parts("Ortega banned penguins from the Harbor district.");
    assertThat(p.predicateStems()).contains("ban", "penguin", "district").doesNotContain("ortega", "harbor");
  }

  @Test
  void randomTextNeverThrows() {
    java.util.Random r = new java.util.Random(17);
    String alphabet = "aZ9 .,$%'’\"-\n\tÅé1";
    for (int i = 0; i < 500; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(80); k > 0; k--) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      parts(s.toString());
    }
  }
}
