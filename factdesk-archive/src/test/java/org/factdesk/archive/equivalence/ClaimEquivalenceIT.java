// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.archive.ArchiveMatch;
import org.factdesk.archive.FactCheck;
import org.factdesk.archive.FactCheckArchive;
import org.factdesk.archive.MiniLmEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled model on the kinds of pair the issue named: same claim in other words is the same;
 * same names with another claim, or other numbers, is not. Real MiniLM, a small archive of
 * fact-checks written for this test (so rarity comes from a real index).
 */
class ClaimEquivalenceIT {
  @TempDir static Path dir;
  static FactCheckArchive archive;
  static final ClaimEquivalence MODEL = ClaimEquivalence.bundled();

  @BeforeAll
  static void fill() throws Exception {
    archive = FactCheckArchive.open(dir, new MiniLmEmbedder());
    String[][] checks = {
        {"hoax", "Donald Trump has called global warming a hoax."},
        {"votes", "Hillary Clinton received 800,000 votes from non-citizens in the 2016 election."},
        {"abedin", "Huma Abedin has ties to terrorist organizations."},
        {"ryan", "Paul Ryan is going to be replaced as Speaker of the House."},
        {"bridge", "The river bridge in Northport will close to cars in 2019."},
        {"penguin", "A penguin was elected mayor of a coastal town."},
        {"vaccine", "A vaccine contains microchips that track people."},
        {"tax", "The new law raises the sales tax to 9 percent."},
        {"moon", "The moon landing was staged in a studio."},
        {"water", "Drinking cold water after meals causes cancer."},
    };
    for (String[] c : checks) {
      archive.add(FactCheck.of(c[0], c[1], "False", "Example Checks", "", LocalDate.of(2016, 11, 1)));
    }
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }

  private static ClaimComparison compare(String sentence, String id) {
    ArchiveMatch m = archive.compareWith(sentence, id).orElseThrow();
    return MODEL.compare(sentence, m, archive.termRarity());
  }

  @Test
  void aRestatementOfTheCheckedClaimIsTheSameClaimAndSaysWhatAgrees() {
    ClaimComparison c = compare("Donald Trump has called global warming a hoax, the senator said.", "hoax");
    assertThat(MODEL.isSameClaim(c)).as("score %s", c.score()).isTrue();
    assertThat(c.agrees()).anySatisfy(a -> assertThat(a).contains("Trump"));
  }

  /**
   * A looser paraphrase ("climate change" for "global warming") may fall either side of the
   * news-calibrated report threshold, but it must score far above claims that only share the names.
   */
  @Test
  void aParaphraseOutranksClaimsThatOnlyShareTheNames() {
    double paraphrase = compare("Trump once called climate change a hoax, the senator said.", "hoax").score();
    assertThat(paraphrase).isGreaterThan(compare("Clinton won 2.8 million more votes than Trump in 2016.", "votes").score())
        .isGreaterThan(compare("Anthony Weiner is the estranged husband of Huma Abedin.", "abedin").score())
        .isGreaterThan(compare("House Speaker Paul D. Ryan (R-Wis.) spoke to reporters on Tuesday.", "ryan").score());
  }

  @Test
  void sameNamesWithAnotherClaimOrOtherNumbersIsNot() {
    ClaimComparison votes = compare("Clinton won 2.8 million more votes than Trump in 2016.", "votes");
    assertThat(MODEL.isSameClaim(votes)).as("score %s", votes.score()).isFalse();
    assertThat(votes.differs()).anySatisfy(d -> assertThat(d).startsWith("numbers: 2.8 million here, 800,000"));
    ClaimComparison abedin = compare("Anthony Weiner is the estranged husband of Huma Abedin.", "abedin");
    assertThat(MODEL.isSameClaim(abedin)).as("score %s", abedin.score()).isFalse();
    ClaimComparison ryan = compare("House Speaker Paul D. Ryan (R-Wis.) spoke to reporters on Tuesday.", "ryan");
    assertThat(MODEL.isSameClaim(ryan)).as("score %s", ryan.score()).isFalse();
    assertThat(ryan.score()).isLessThan(compare("Paul Ryan will be replaced as House Speaker, his allies say.", "ryan").score());
  }
}
