// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinds of issue 13's second round, one sentence of our own per kind and per look-alike it
 * must leave alone. Loads the part-of-speech tagger.
 */
class UnnamedPeopleIT {
  private static UnnamedFindings findings;

  @BeforeAll
  static void load() {
    findings = new UnnamedFindings(Annotator.load());
  }

  private static List<String> vague(String text) throws Exception {
    return findings.vague(text);
  }

  private static List<String> anonymous(String text) throws Exception {
    return findings.anonymous(text);
  }

  @Test
  void aPlaceOrPartyBeforeThePersonKeepsThemAnonymous() throws Exception {
    assertThat(anonymous("“The mayor has lost the room,” a Nebraska Democrat said.")).containsExactly("a Nebraska Democrat said");
    assertThat(anonymous("“It will pass,” said another Ohio Republican.")).containsExactly("said another Ohio Republican");
    assertThat(anonymous("A GOP insider told us the vote was close.")).containsExactly("A GOP insider told");
  }

  @Test
  void aNameBeforeAPersonalTieKeepsThemAnonymous() throws Exception {
    assertThat(anonymous("Three Harlow donors say the governor promised a rematch.")).containsExactly("Three Harlow donors say");
    assertThat(anonymous("One longtime associate said the governor rarely reads memos."))
        .containsExactly("One longtime associate said");
  }

  @Test
  void aNamedBodyBeforeARoleIsItsVoice() throws Exception {
    assertThat(anonymous("A Northwind executive said sales were flat.")).isEmpty();
    assertThat(anonymous("A company official said the plant would reopen.")).isEmpty();
  }

  @Test
  void aBareRoleInASentenceThatNamesTheOrganisationIsItsOfficial() throws Exception {
    assertThat(anonymous("Northwind Corp still expects sales to recover next year, an executive said on Tuesday.")).isEmpty();
    assertThat(anonymous("The Transport Ministry will not extend the deadline, an official said.")).isEmpty();
    assertThat(anonymous("Sales will recover next year, an executive said on Tuesday.")).containsExactly("an executive said");
    assertThat(anonymous("Northwind Corp will cut jobs, a U.S. official said.")).containsExactly("a U.S. official said");
  }

  @Test
  void severalLowerCaseWordsBeforeTheRole() throws Exception {
    assertThat(anonymous("“We ignore most of them,” said one hospital chief technology officer."))
        .containsExactly("said one hospital chief technology officer");
  }

  @Test
  void insidersAreWithheldPeopleButTheirSurveyCountIsNot() throws Exception {
    assertThat(anonymous("So far, insiders said, the plan has worked.")).containsExactly("insiders said");
    assertThat(vague("So far, insiders said, the plan has worked.")).isEmpty();
    assertThat(anonymous("A 61-percent majority of party insiders said the plan had worked.")).isEmpty();
  }

  @Test
  void thoseCloseToSomeoneAreAnonymous() throws Exception {
    assertThat(anonymous("Those close to the senator say she will not run again."))
        .containsExactly("Those close to the senator say");
  }

  @Test
  void aLaterMentionPointsBackAtTheWithheldPerson() throws Exception {
    String story = "One former aide said the mayor hated long meetings.\n\nThe budget was cut in March.\n\n"
        + "“He walked out twice,” the former aide added.";
    assertThat(anonymous(story)).containsExactly("One former aide said", "the former aide added");
    String interviews = "The paper spoke with five senior nurses at regional hospitals about the rota.\n\n"
        + "Two of the nurses said shifts were cut without notice.";
    assertThat(anonymous(interviews)).containsExactly("Two of the nurses said");
  }

  @Test
  void anotherOfThePeopleJustWithheld() throws Exception {
    String story = "Two senior aides said the scheme was rushed.\n\nOne praised the budget, and another said the timetable slipped.";
    assertThat(anonymous(story)).containsExactly("Two senior aides said", "another said");
    // with no one withheld before, "another said" points at nobody we know of
    assertThat(anonymous("The mayor praised the budget, and another said the timetable slipped.")).isEmpty();
  }

  @Test
  void aLaterMentionOfSomeoneNamedIsNot() throws Exception {
    String story = "Dana Kirsch, an aide to the mayor, spoke at noon.\n\n“He walked out twice,” the aide added.";
    assertThat(anonymous(story)).isEmpty();
  }

  @Test
  void aCountOfDaysOrWeeksCountsNoPeople() throws Exception {
    assertThat(anonymous("The drug was cleared a few weeks after European regulators said it was safe.")).isEmpty();
    assertThat(anonymous("The shares fell two days after officials said the plant would close.")).isEmpty();
    assertThat(anonymous("The vote was close, two Ohio Republicans said.")).containsExactly("two Ohio Republicans said");
  }

  @Test
  void countedMarketVoicesStayACollective() throws Exception {
    assertThat(anonymous("Several analysts said the shares were cheap.")).isEmpty();
    assertThat(vague("Several analysts said the shares were cheap.")).isNotEmpty();
  }

  @Test
  void vagueKindsOfTheSecondRound() throws Exception {
    assertThat(vague("The drug, believed by many to cure colds, sold out.")).containsExactly("believed by many");
    assertThat(vague("The tower was viewed by critics as an eyesore.")).containsExactly("viewed by critics");
    assertThat(vague("The new phone, it’s said to be thinner.")).containsExactly("’s said to");
    assertThat(vague("She will not run, as has been speculated.")).containsExactly("as has been speculated");
    assertThat(vague("The judge, who has long been seen as a moderate, ruled.")).containsExactly("has long been seen as");
    assertThat(vague("Some accounts said the driver fled on foot.")).containsExactly("Some accounts said");
    assertThat(vague("There were many people who thought the advert went too far."))
        .containsExactly("many people who thought");
    assertThat(vague("The reform lifted prices, according to housing experts.")).containsExactly("according to housing experts");
    assertThat(vague("The ban will backfire, followers of the trade talks say.")).isNotEmpty();
    assertThat(vague("The port is promising growth, but most observers will find the figure too high."))
        .containsExactly("most observers will find");
  }

  @Test
  void aCrossheadRunIntoTheParagraphIsNoName() throws Exception {
    assertThat(vague("SLOW SPRING Many economists expect the harvest to shrink.")).containsExactly("Many economists expect");
    // one upper-case word is a name
    assertThat(vague("Prices fell, and IBM analysts expect a rebound.")).isEmpty();
    assertThat(vague("Yields rose to a level widely deemed unsafe.")).containsExactly("widely deemed");
  }

  @Test
  void aGroupsViewAsACircumstanceOrAnEffect() throws Exception {
    assertThat(vague("The plan was met coolly, with some saying it came too late.")).containsExactly("with some saying");
    assertThat(vague("The premium led some analysts to speculate about a rival bid."))
        .containsExactly("led some analysts to speculate");
    // a letter to a group saying something: the letter speaks
    assertThat(vague("The firm sent a letter to investors saying the fund would close.")).isEmpty();
  }

  @Test
  void theOutletsOwnInterviewsAreStillUnnamed() throws Exception {
    assertThat(vague("But according to tax experts interviewed by the Ledger, the firm is not unusual.")).isNotEmpty();
  }

  @Test
  void lookAlikesOfTheSecondRound() throws Exception {
    // hearsay whose teller the sentence names
    assertThat(vague("The coach has reportedly resigned, according to Channel 9.")).isEmpty();
    // a group inside a named outlet's report: the outlet is the source
    assertThat(vague("The Courier reported that fire officials confirmed the cause.")).isEmpty();
    // a pasted address: the reader has the source
    assertThat(vague("The bridge will close in May, officials said https://example.org/bridge")).isEmpty();
    // a survey's respondents counted by a named poll
    assertThat(vague("Most economists surveyed by Ledger Polls expect a cut.")).isEmpty();
    // usage, not a view: figures viewed as a proxy
    assertThat(vague("Lending figures are often viewed as a proxy for short interest.")).isEmpty();
    // an official document is no official
    assertThat(anonymous("Prices rose, according to an official statement.")).isEmpty();
  }

  @Test
  void groupsWithAFieldAnAsideOrAShareOfABody() throws Exception {
    assertThat(vague("Experts on bridge safety told the council that the span was sound.")).hasSize(1);
    assertThat(vague("Most mainstream historians, however, argue that the treaty failed.")).hasSize(1);
    assertThat(vague("Some senators worry that the bill will stall.")).hasSize(1);
    assertThat(vague("Health bosses said that nine staff were sent home.")).hasSize(1);
    assertThat(vague("For decades, geologists have suspected that the lake is shrinking.")).hasSize(1);
    assertThat(vague("Middle East observers say the airfield matters for the whole region.")).hasSize(1);
    assertThat(vague("The rail plan, according to attendees, was shelved.")).hasSize(1);
    assertThat(vague("Shots were fired from the roof, according to eyewitness accounts.")).hasSize(1);
    // A body's own people speak for it; a named field after the group is a body.
    assertThat(vague("Senators voted to pass the bill.")).isEmpty();
    assertThat(vague("Experts at Northgate University said the span was sound.")).isEmpty();
  }

  @Test
  void capitalisedMeansCapitalisedInsideCaseInsensitiveRules() throws Exception {
    // "of ignoring" once read as "of" + a capitalised name, because (?i) lets \p{Lu} match any letter.
    assertThat(vague("The mayor is accused by critics of ignoring the budget.")).containsExactly("accused by critics");
    assertThat(vague("The mayor is accused by critics of Northgate Council of ignoring the budget.")).isEmpty();
    assertThat(anonymous("The deal may fall through, according to a lawyer for the buyer.")).hasSize(1);
    assertThat(anonymous("The deal may fall through, according to a lawyer for trustee Jane Roe.")).isEmpty();
  }

  @Test
  void anUnnamedChiefOrAWishNotToBeNamed() throws Exception {
    assertThat(anonymous("Savings matter most, as one fintech CEO told me.")).hasSize(1);
    assertThat(anonymous("A clerk who did not wish to be named said the files were lost.")).hasSize(1);
  }

  @Test
  void researchFindingsOfAFieldAndTheReportersInterviewees() throws Exception {
    assertThat(vague("Since the 1990s, a small number of biologists have observed that some fungi signal to trees.")).hasSize(1);
    assertThat(vague("Until recently, most linguists held that grammar was innate.")).hasSize(1);
    assertThat(vague("Researchers held a meeting in Oslo.")).isEmpty();
    assertThat(vague("Geneticists identify and compare variants of the gene.")).isEmpty();
    assertThat(anonymous("If a shopper adds a scarf to the cart, the site suggests gloves.")).isEmpty();
    assertThat(vague("The researchers found that the drug worked.")).isEmpty();
    assertThat(anonymous("Several tenants we spoke to say the heating failed for weeks.")).hasSize(1);
    assertThat(anonymous("The deal is off, according to concerned sources.")).hasSize(1);
    assertThat(anonymous("A source at the depot described the plan. The new source claims the plan is stalled.")).hasSize(2);
  }
}
