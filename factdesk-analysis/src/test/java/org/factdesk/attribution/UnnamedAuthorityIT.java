// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per line: the words that trigger, or nothing at all. Loads the part-of-speech tagger. */
class UnnamedAuthorityIT {
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
  void collectiveAuthorityIsVagueAndQuotesItsTriggerWords() throws Exception {
    assertThat(vague("Experts warn that the plan could backfire.")).containsExactly("Experts warn");
    assertThat(vague("Critics argue the reform came too late.")).containsExactly("Critics argue");
    assertThat(vague("It is widely believed that the minister will resign.")).containsExactly("It is widely believed");
    assertThat(vague("The minister reportedly plans to resign.")).containsExactly("reportedly");
    assertThat(vague("The company is believed to be preparing a bid.")).containsExactly("is believed to");
    assertThat(vague("Observers say the vote was close.")).containsExactly("Observers say");
    assertThat(vague("The merger was widely expected by the market.")).containsExactly("was widely expected");
    assertThat(vague("Prices will rise next year, analysts said.")).containsExactly("analysts said");
    assertThat(vague("Banks buy cover, although experts said the market is immature.")).containsExactly("experts said");
    assertThat(vague("Public officials seem to agree.")).containsExactly("Public officials seem to agree");
    assertThat(vague("He is not believed to own much.")).containsExactly("is not believed to");
  }

  @Test
  void anIndividualSourceWithheldIsAnonymous() throws Exception {
    assertThat(anonymous("The bank will cut 500 jobs, a person familiar with the matter said."))
        .containsExactly("a person familiar with the matter");
    assertThat(anonymous("One senior MP told me the whip was furious.")).containsExactly("One senior MP told");
    assertThat(anonymous("A source close to the talks said a deal was near.")).containsExactly("A source close to the talks");
    assertThat(anonymous("A witness, who asked not to be identified, saw the car.")).containsExactly("asked not to be identified");
    assertThat(anonymous("The deal is off, sources said.")).containsExactly("sources said");
    assertThat(anonymous("An insider said the board was split.")).containsExactly("An insider said");
    assertThat(anonymous("An eyewitness told the station the van was speeding.")).hasSize(1);
  }

  @Test
  void namedPeopleBodiesAndTheirOfficialsAreNotUnnamed() throws Exception {
    assertThat(vague("The Institute for Fiscal Studies says the plan adds up.")).isEmpty();
    assertThat(vague("Sheriff's officials said the road was closed.")).isEmpty();
    assertThat(vague("Pentagon officials said the test had failed.")).isEmpty();
    assertThat(vague("Senior Treasury officials said the rule would change.")).isEmpty();
    assertThat(vague("JP Morgan analysts said on Tuesday that sales would fall.")).isEmpty();
    assertThat(vague("Analysts at Barclays said the deal was cheap.")).isEmpty();
    assertThat(vague("Profit was worse than analysts expected.")).isEmpty();
    assertThat(anonymous("A White House spokesman said the talks would go on.")).isEmpty();
  }

  @Test
  void wordsInsideADirectQuotationBelongToTheSpeaker() throws Exception {
    assertThat(vague("“Experts say this cannot last,” Smith said.")).isEmpty();
    assertThat(vague("\"Critics argue we went too far,\" the minister said.")).isEmpty();
  }

  @Test
  void expertsCountedByANamedSourceAreAStatistic() throws Exception {
    assertThat(vague("97 % of climate scientists agree, according to NASA.")).isEmpty();
    assertThat(vague("Economists polled by Reuters expect a rise of 0.2 percent.")).isEmpty();
  }

  @Test
  void webNewsPhrasingsOfUnnamedAuthority() throws Exception {
    assertThat(vague("Pension experts regard the scheme as the safest in Europe.")).containsExactly("experts regard");
    assertThat(vague("Health officials are deeply concerned by the outbreak.")).hasSize(1);
    assertThat(vague("Obama administration officials said the talks went well.")).containsExactly("administration officials said");
    assertThat(vague("Officials disclosed Monday that the border had been closed.")).containsExactly("Officials disclosed");
    assertThat(vague("Analysts have mixed feelings about the new rules.")).containsExactly("Analysts have mixed feelings");
    assertThat(vague("According to authorities, the driver fled.")).containsExactly("According to authorities");
    assertThat(vague("One team of scientists found traces of lead in the water.")).hasSize(1);
    assertThat(anonymous("We're told the singer has cancelled the tour.")).containsExactly("We're told");
    assertThat(anonymous("A palace insider told a magazine the couple had split.")).containsExactly("A palace insider told");
    assertThat(anonymous("The bug lets anyone crash a server, according to a security researcher who found it."))
        .containsExactly("according to a security researcher");
    assertThat(anonymous("The source, who declined to be named, added that talks would resume.")).hasSize(1);
    assertThat(anonymous("An Acme pilot, who flew the route for years, told me the approach is hard.")).hasSize(1);
  }

  @Test
  void namedBodiesStayNamedAtTheStartOfASentence() throws Exception {
    assertThat(vague("UBS analysts say margins will shrink.")).isEmpty();
    assertThat(vague("Pentagon officials said the strike was lawful.")).isEmpty();
    assertThat(anonymous("A company official said the plant would close.")).isEmpty();
    assertThat(vague("Many of the estimated 50 million batteries could still work, researchers at IBM say.")).isEmpty();
  }

  @Test
  void anyPluralPeopleNounOrQuantifierWithAVerbOfSayingOrThinkingIsVague() throws Exception {
    assertThat(vague("Some retailers claim that shoppers can opt out of the tracking.")).containsExactly("Some retailers claim");
    assertThat(vague("A number of economists have questioned the idea that the tax pays for itself."))
        .containsExactly("A number of economists have questioned");
    assertThat(vague("Analysts offered several theories about the fall.")).containsExactly("Analysts offered");
    assertThat(vague("While many point out that the target is too low, engineers meet next week.")).containsExactly("many point out");
    assertThat(vague("Bond analysts don't think the rate will move this year.")).containsExactly("analysts don't think");
    assertThat(vague("A handful of geologists have even speculated that the lake was once a sea."))
        .containsExactly("A handful of geologists have even speculated");
    assertThat(vague("09.15 Safety experts believe the bridge failed under the load.")).containsExactly("experts believe");
    assertThat(vague("Plenty of tax advisers recommend filing early.")).containsExactly("Plenty of tax advisers recommend");
    assertThat(vague("Several transport planners warned this week that the plan would fail."))
        .containsExactly("Several transport planners warned");
    assertThat(vague("Residents said the water had been brown for weeks.")).containsExactly("Residents said");
    assertThat(vague("It is what some analysts warn is a dangerous calm.")).containsExactly("some analysts warn");
  }

  @Test
  void lookAlikesOfTheOpenGroupsStayQuiet() throws Exception {
    assertThat(vague("Regulators are expected to publish a rule by June.")).isEmpty();
    assertThat(vague("Acme Corp and others said they did not lobby the council.")).isEmpty();
    assertThat(vague("The rise stirs up some worry among parents and teachers.")).isEmpty();
    assertThat(vague("It shapes how people view their neighbours.")).isEmpty();
    assertThat(vague("Early founders were not as bold as later writers think.")).isEmpty();
    assertThat(vague("The Acme Group of science advisers said the rules were too loose.")).isEmpty();
    assertThat(vague("One-third of rural voters believe the roads are worse.")).isEmpty();
    assertThat(vague("She and some colleagues worried that the deal would collapse.")).isEmpty();
    assertThat(vague("Higher numbers suggest the drug works.")).isEmpty();
    assertThat(vague("The new managers said the shop would reopen.")).isEmpty();
    assertThat(vague("The charity helped workers claim their benefits.")).isEmpty();
    assertThat(vague("Many of them said they heard the news on the radio.")).isEmpty();
    assertThat(vague("Most people would think twice.")).isEmpty();
    assertThat(vague("Gardeners can acknowledge the frost without despair.")).isEmpty();
    assertThat(vague("Many people report vivid dreams after the drug.")).isEmpty();
  }

  @Test
  void singleCurlyQuotationsAndMixedMarksAreTheSpeakers() throws Exception {
    assertThat(vague("‘We are a tiny shop, and some believe us to be hobbyists. We don’t mind,’ she wrote.")).isEmpty();
    assertThat(vague("‘Critics argue we went too far,’ Jones’ aide said.")).isEmpty();
    assertThat(vague("He called them \"vital signs,” and critics argue the signs are weak.")).containsExactly("critics argue");
    assertThat(vague("Jones’ friends don’t mind, but critics argue the plan failed.")).containsExactly("critics argue");
  }

  @Test
  void aBeliefReportedByANamedSpeakerOrABackReferenceToNamedOfficialsIsNotUnnamed() throws Exception {
    assertThat(vague("Dorset police said the pills were believed to contain a banned drug.")).isEmpty();
    assertThat(vague("The pills were believed to contain a banned drug, and police are testing them.")).containsExactly("were believed to");
    assertThat(anonymous("Officials at Northgate Water said the pipes were old. To cut the risk, the officials said, the utility replaced the valves."))
        .isEmpty();
    assertThat(anonymous("Two officials familiar with the plan spoke. The officials said the valves were replaced."))
        .contains("The officials said");
    assertThat(anonymous("The study found that people are happier in spring.")).isEmpty();
    assertThat(anonymous("The source could not provide details of the talks.")).containsExactly("The source could");
    assertThat(anonymous("The bank will sell the unit, this person said.")).hasSize(1);
  }

  @Test
  void hearsayClosedByANamedTellerIsTheTellers() throws Exception {
    assertThat(vague("Deputies reportedly found two rifles in the trunk, Sheriff Okafor said.")).isEmpty();
    assertThat(vague("A daily nap is not thought to harm adults, the authors said.")).isEmpty();
    assertThat(vague("Deputies reportedly found two rifles in the trunk.")).containsExactly("reportedly");
    assertThat(vague("Deputies reportedly found two rifles in the trunk, some residents said.")).contains("reportedly");
  }

  @Test
  void anOfficialOfABodyTheSentenceNamesByItsKind() throws Exception {
    assertThat(anonymous("The plane landed at the Riverton airport at noon, an airport official said.")).isEmpty();
    assertThat(anonymous("The inmates were moved from Eastfield prison overnight, a prison official said.")).isEmpty();
    assertThat(anonymous("The plane landed at noon, an airport official said.")).hasSize(1);
  }

  @Test
  void aBareRoleBelongsToTheBodyTheSentenceIsAboutNotToOneNamedInPassing() throws Exception {
    assertThat(anonymous("Nordbank AG still expects a recovery next year, an executive said.")).isEmpty();
    assertThat(anonymous("BERLIN (Wire) - Nordbank AG still expects a recovery, an executive said.")).isEmpty();
    assertThat(anonymous("Claims rose last week, Transport Department data showed, but an official said it was seasonal.")).isEmpty();
    assertThat(anonymous("Half the pupils flew home on flights booked with the Transport Department, an official said."))
        .containsExactly("an official said");
  }

  @Test
  void aGroupWhoseViewARelativeClauseGivesIsVague() throws Exception {
    assertThat(vague("The reform was attacked by critics who say it favours landlords.")).containsExactly("critics who say");
    assertThat(vague("Tenants will lobby lawmakers who argue the cap is too low.")).containsExactly("lawmakers who argue");
    // What the group did or had expected describes it; it voices nothing.
    assertThat(vague("The slump dismayed investors who had expected a rally.")).isEmpty();
    assertThat(vague("The slump dismayed investors who bought in May.")).isEmpty();
  }

  @Test
  void toldToDoSomethingIsAnInstructionNotASource() throws Exception {
    assertThat(anonymous("The console was slower than the speed we were told to expect.")).isEmpty();
    assertThat(anonymous("We were told the console would ship in March.")).hasSize(1);
  }
  @Test
  void officialsWithNoBodyAreVagueHoweverTheyAreIntroduced() throws Exception {
    assertThat(vague("According to port officials, more than 300 cars crossed on the first day."))
        .containsExactly("According to port officials");
    assertThat(vague("Transport officials in Nova Scotia said the crossing would reopen in May."))
        .containsExactly("officials in Nova Scotia said");
    assertThat(vague("Officials are warning drivers about black ice on the bridge.")).containsExactly("Officials are warning");
    // Officials of a named body, or the ones just met, are not.
    assertThat(vague("According to officials at Harbourline Ferries, the crossing will reopen in May.")).isEmpty();
    assertThat(vague("The cuts would save $2 billion, according to the officials, who asked not to be identified.")).isEmpty();
  }

  @Test
  void groupsThatVoiceDemandOrArgueFromAStance() throws Exception {
    assertThat(vague("Some councillors and officials have continued to voice optimism that a deal can be reached."))
        .containsExactly("officials have continued to voice optimism");
    assertThat(vague("Those favouring a cheaper ferry further argue that the fares are already too high."))
        .containsExactly("Those favouring a cheaper ferry further argue");
    assertThat(vague("Many dock workers waiting for the ruling say the yard will close."))
        .containsExactly("Many dock workers waiting for the ruling say");
    assertThat(vague("Many moderates have continued to demand a vote on the budget.")).hasSize(1);
    // Hope and demand as nouns are no view.
    assertThat(vague("Higher prices could trigger some demand destruction, the trader said.")).isEmpty();
    assertThat(vague("The premium that investors demand to hold the bonds rose again.")).isEmpty();
    assertThat(vague("Analysts had been calling for a profit of $1.10 a share.")).isEmpty();
    assertThat(vague("The trial results gave health officials hope they may soon have a second vaccine.")).isEmpty();
  }

  @Test
  void aNameKeptBackOrAKinsmanUnnamedIsAnonymous() throws Exception {
    assertThat(anonymous("The ferry was late again, said the stationmaster's neighbour, who did not give his name."))
        .contains("did not give his name");
    assertThat(anonymous("A woman who gave only her first name, Mary, said the queue had been there since dawn."))
        .contains("gave only her first name");
    assertThat(anonymous("\"We were all stunned,\" one of the skipper's cousins said on Friday."))
        .containsExactly("one of the skipper's cousins said");
    assertThat(anonymous("One lecturer told the researchers she had been given no training at all."))
        .containsExactly("One lecturer told");
    assertThat(anonymous("The skipper gave his name to the coastguard.")).isEmpty();
  }

  /** Subjects with words after their noun, read from the dependency parse (ParsedSources). Our own sentences. */
  @Test
  void aSubjectWithWordsAfterItsNounIsReadFromTheParse() throws Exception {
    assertThat(vague("Engineers who have studied the old bridge say the repairs could take years."))
        .containsExactly("Engineers who have studied the old bridge say");
    assertThat(vague("Nurses and groups representing care homes said the rota was unworkable."))
        .containsExactly("Nurses and groups representing care homes said");
    assertThat(vague("Tenants on short leases in the north of the city complained that rents had doubled."))
        .containsExactly("Tenants on short leases in the north of the city complained");
    assertThat(anonymous("Kowalski's grandfather, who was at the house on Monday, said everyone was shaken."))
        .containsExactly("Kowalski's grandfather, who was at the house on Monday, said");
    assertThat(anonymous("A passenger who saw the crash from the bus stop said the van never slowed."))
        .containsExactly("A passenger who saw the crash from the bus stop said");
    // A name in a relative clause says what they did, not who they are.
    assertThat(vague("Traders who worked with Novak at the bank say he was careful."))
        .containsExactly("Traders who worked with Novak at the bank say");
  }

  /** Each guard of the parse-read subjects, shown firing on a sentence that would otherwise be flagged. */
  @Test
  void aParsedSubjectThatIsNamedOrTiedToABodyOrQuotedStaysSilent() throws Exception {
    // named inside the subject
    assertThat(vague("Analysts at Redwater Capital, who follow the bank closely, said the loss was a surprise.")).isEmpty();
    assertThat(vague("Critics of the plan, including Jane Roe, have argued that it costs too much.")).isEmpty();
    assertThat(vague("Large grocers including Freshco and Valumart warned that prices would rise.")).isEmpty();
    // one person tied to a body, which speaks through them
    assertThat(anonymous("A lawyer for a national association of port operators said the fees were legal.")).isEmpty();
    // the subject's noun inside a quotation belongs to the quoted speaker
    assertThat(anonymous("\"Make that a real person,\" the clerk, who runs the registry office, said last month.")).isEmpty();
    // two clauses the parse joined: the study speaks, not the mothers
    assertThat(vague("In 2007, mothers of children under 18 comprised just 14 percent of managers and 17 percent of nominees, "
        + "the study said.")).isEmpty();
    // a capitalised plural is a family name, not a group
    assertThat(vague("Vermeers, whose last holiday was spent sailing, has said he will stay on.")).isEmpty();
    // the kin of someone unnamed, pointed at with "the", may be named already
    assertThat(anonymous("The nephew, who was at the meeting, said everyone was upset.")).isEmpty();
    // a question about a group's views names no source
    assertThat(vague("Find out what shoppers like you think of the new stores.")).isEmpty();
    // a group pointed at with "these" or "the" is one the story has introduced
    assertThat(vague("These engineers, who built the dam in 1990, said it was safe.")).isEmpty();
  }
}
