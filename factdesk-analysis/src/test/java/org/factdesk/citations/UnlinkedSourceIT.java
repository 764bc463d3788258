// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.analysis.Finding;
import org.factdesk.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per line: a cited document with nothing to open is flagged, naming it; a link anywhere that points at it clears it. */
class UnlinkedSourceIT {
  private static UnlinkedFindings cases;

  @BeforeAll
  static void load() {
    cases = new UnlinkedFindings(Annotator.load());
  }

  private static List<Finding> findings(String markdown) throws Exception {
    return cases.findings(markdown);
  }

  private static List<String> flagged(String markdown) throws Exception {
    return cases.quotes(markdown);
  }

  @Test
  void citedDocumentsWithoutALinkAreFlagged() throws Exception {
    assertThat(flagged("A newspaper reported on Friday that the mine would close.")).containsExactly("A newspaper reported");
    assertThat(flagged("The firm will shut its plant, the Financial Times reported.")).containsExactly("the Financial Times reported");
    assertThat(flagged("The bank hid losses, according to court papers filed in Texas.")).containsExactly("according to court papers");
    assertThat(flagged("A study published in Nature found the drug worked.")).containsExactly("A study published in Nature");
    assertThat(flagged("A report released this week shows prices rising.")).containsExactly("A report released");
    assertThat(flagged("Sales fell, the company said in a statement posted on its website."))
        .containsExactly("a statement posted");
    assertThat(flagged("Read more here.")).containsExactly("Read more here");
    assertThat(flagged("For details, see the full report.")).containsExactly("see the full report");
    assertThat(flagged("Commerce Department data showed orders fell.")).containsExactly("Commerce Department data showed");
    assertThat(flagged("The chances were even, the Times said, citing two people.")).containsExactly("the Times said");
    assertThat(flagged("The chairman did not back the bid, reported the FT.")).containsExactly("reported the FT");
    assertThat(flagged("The firm has 800 staff, according to its website.")).containsExactly("according to its website");
  }

  @Test
  void documentsCitedInLongerFrames() throws Exception {
    assertThat(flagged("Funds lost $7 billion, data from Acme Flows, a unit of Acme Corp, show.")).hasSize(1);
    assertThat(flagged("An annual survey of 60 lenders released this month, compiled by a bank, showed most plan cuts."))
        .hasSize(1);
    assertThat(flagged("The editorial also urged regulators to act.")).hasSize(1);
    assertThat(flagged("Rates may fall, Acme economists said in note to clients on Monday.")).hasSize(1);
    assertThat(flagged("\"Buy gold,\" one fund manager told the survey.")).hasSize(1);
    assertThat(flagged("The cuts are smaller than planned, a person told the Journal.")).hasSize(1);
    assertThat(flagged("Hundreds of comments posted on a support website said the tablet ran hot.")).hasSize(1);
    assertThat(flagged("The pound fell after weekend newspaper comments by the minister.")).hasSize(1);
    assertThat(findings("The project stalled, according to an internal analysis.").get(0).message()).contains("an analysis");
  }

  @Test
  void webNewsPhrasingsOfCitedDocuments() throws Exception {
    assertThat(flagged("The suspect fled on foot, search warrant documents say.")).containsExactly("search warrant documents say");
    assertThat(flagged("She left the house, a detective wrote in search warrant papers.")).hasSize(1);
    assertThat(flagged("Jobs fell in the state, according to an Acme Analytics report in April.")).hasSize(1);
    assertThat(flagged("A promising new study may offer a way to prevent the allergy.")).hasSize(1);
    assertThat(flagged("In a report accompanying the bill, lawmakers told the agency to spend more.")).hasSize(1);
    assertThat(flagged("The region was hit, the governor was quoted as saying by the Interfax news agency.")).hasSize(1);
    assertThat(flagged("Towels are rarely washed, according to managers who answered an online thread.")).hasSize(1);
    assertThat(flagged("Officials met [Indonesian](https://example.org/indonesia) rescuers.\n\nA pilot told Indonesian newspaper Kompas"
        + " that he saw debris.")).containsExactly("told Indonesian newspaper Kompas");
  }

  @Test
  void ownEstimatesAndFirmsNamedResearchAreNotDocuments() throws Exception {
    assertThat(flagged("About 330,000 more people could apply, according to our estimates.")).isEmpty();
    assertThat(flagged("It sells 100 own brands, according to Acme Research.")).isEmpty();
    assertThat(flagged("Analysts expect a loss, according to Reuters Estimates.")).hasSize(1);
  }

  @Test
  void anArticleKnowsItsOwnOutletByItsAddress() {
    assertThat(UnlinkedSourceDetector.siteName("https://www.telegraph.co.uk/news/1")).isEqualTo("telegraph");
    assertThat(UnlinkedSourceDetector.siteName("http://news.yahoo.com/x")).isEqualTo("yahoo");
    assertThat(UnlinkedSourceDetector.siteName("not an address")).isNull();
  }

  @Test
  void speakingToBroadcastersOrThePressIsNotCitingAPiece() throws Exception {
    assertThat(flagged("\"We are ready,\" the minister told CNBC.")).isEmpty();
    assertThat(flagged("\"We are ready,\" the minister told Austrian radio.")).isEmpty();
    assertThat(flagged("\"We are ready,\" the minister told the press.")).isEmpty();
    assertThat(flagged("\"We are ready,\" the minister told reporters.")).isEmpty();
  }

  @Test
  void aPersonWhoseNameIsAnOutletIsNotOne() throws Exception {
    assertThat(flagged("Bloomberg said the city would add 2,000 officers.")).isEmpty();
    assertThat(flagged("Prices will rise, said Time, the company's finance chief.")).isEmpty();
  }

  @Test
  void theFindingNamesTheDocument() throws Exception {
    assertThat(findings("According to a new study by the Wilson Center, exports fell.").get(0).message())
        .contains("study");
  }

  @Test
  void motionSeeingSpeechAndMentionsAreNotCitations() throws Exception {
    assertThat(flagged("Voters will see Donald Trump in Ohio on Monday.")).isEmpty();
    assertThat(flagged("Go to Yorkshire for the best walks.")).isEmpty();
    assertThat(flagged("He hopes to follow Ronald Reagan's path.")).isEmpty();
    assertThat(flagged("Trump will visit China next week.")).isEmpty();
    assertThat(flagged("\"We are ready,\" she said in an interview.")).isEmpty();
    assertThat(flagged("The company will report earnings on Tuesday.")).isEmpty();
    assertThat(flagged("The company reported a profit of $3 million.")).isEmpty();
    assertThat(flagged("It avoided a bankruptcy filing last year.")).isEmpty();
    assertThat(flagged("\"The report is wrong,\" he told reporters.")).isEmpty();
  }

  @Test
  void aLinkInTheSentenceOrParagraphOrOneNamingTheDocumentClearsIt() throws Exception {
    assertThat(flagged("A [study published in Nature](https://nature.com/x) found the drug worked.")).isEmpty();
    assertThat(flagged("The mine will close, the [Financial Times reported](https://ft.com/a).")).isEmpty();
    assertThat(flagged("Prices rose. The [report](https://example.org/r.pdf) is long.\n\nLater, the report said costs fell too."))
        .isEmpty();
    assertThat(flagged("See the full report [here](https://example.org/r.pdf).")).isEmpty();
    assertThat(flagged("Two [studies](https://example.org/s) looked at it.\n\nIn other words, the study shows it works.")).isEmpty();
  }
  @Test
  void anOutletPublishingAPieceIsCitedWhateverItsName() throws Exception {
    assertThat(flagged("The Chicago Post ran a story about the closures last spring.")).containsExactly("The Chicago Post ran a story");
    assertThat(flagged("The Daily Ledger ran a front-page piece on the mayor's finances.")).hasSize(1);
    assertThat(flagged("The Post's reporting showed the contracts were never signed.")).hasSize(1);
    assertThat(flagged("In a 2004 interview with Rural NewsWatch, the farmer described the drought.")).hasSize(1);
    assertThat(flagged("She explained it all in an interview with Vogue.")).hasSize(1);
  }

  @Test
  void documentsReleasedOrPublishedAnywhere() throws Exception {
    assertThat(flagged("Acme Corp released a separate statement saying it would appeal."))
        .containsExactly("released a separate statement");
    assertThat(flagged("The ministry issued a report on Tuesday showing exports fell.")).hasSize(1);
    assertThat(flagged("The journal Oceanics published the team's findings in a paper titled \"Waves and salt\".")).hasSize(1);
    assertThat(flagged("The results were published in the journal Marine Letters last week.")).hasSize(1);
    assertThat(flagged("Writing in The Lancet, the authors argued the sample was too small.")).containsExactly("Writing in The Lancet");
    assertThat(flagged("In a paper in the Northern Medical Journal last month, the doctor warned of a rise in cases.")).hasSize(1);
    assertThat(flagged("The scheme, as revealed in a series of court judgments, moved money abroad.")).hasSize(1);
    assertThat(flagged("\"The seller was pivotal,\" explained the court in its ruling.")).hasSize(1);
    assertThat(flagged("Prices will rise 7 percent, the fund said in its recently released Global Price Outlook.")).hasSize(1);
    assertThat(flagged("Staff are overworked, says a report by the union.")).hasSize(1);
    assertThat(flagged("The team found, according to a clinical trial of 300 patients, that the drug halved relapses."))
        .hasSize(1);
  }

  @Test
  void postsOnSocialNetworksArePublishedStatements() throws Exception {
    assertThat(flagged("The mayor tweeted that the road would reopen on Monday.")).containsExactly("tweeted");
    assertThat(flagged("\"We are heartbroken,\" the club's owner tweeted.")).containsExactly("tweeted");
    assertThat(flagged("She wrote an angry post about it on Twitter, calling the fine unfair.")).hasSize(1);
    assertThat(flagged("The senator said on Facebook that he would run again.")).containsExactly("said on Facebook");
    assertThat(flagged("On the social media site Reddit, a user posted a story about a haunted bakery.")).hasSize(1);
    assertThat(flagged("In a Facebook post, the bakery said it would close for a week.")).hasSize(1);
    assertThat(flagged("The gallery posted photos of the damage on Instagram late Tuesday.")).hasSize(1);
  }

  @Test
  void estimatesAnalysesAndReferences() throws Exception {
    assertThat(flagged("The government estimates that more than 2 million people could apply."))
        .containsExactly("The government estimates");
    assertThat(flagged("The agency estimated that about 400 homes were flooded.")).hasSize(1);
    assertThat(flagged("The flooding was severe, according to a Brookings analysis.")).hasSize(1);
    assertThat(flagged("Warming will continue for decades (World Weather Council, 2021).")).hasSize(1);
    assertThat(flagged("The effect was small in earlier cohorts (Lindqvist et al., 2019).")).hasSize(1);
    assertThat(flagged("You can read more about the farmer's long campaign here.")).hasSize(1);
  }

  @Test
  void lookAlikesOfTheNewKindsStaySilent() throws Exception {
    assertThat(flagged("According to Break Media, online video ad spending will triple.")).isEmpty();
    assertThat(flagged("The settlement follows a lawsuit filed last year by two tenants.")).isEmpty();
    assertThat(flagged("For one, the processing of health data by AI could speed diagnoses.")).isEmpty();
    assertThat(flagged("If you click this link and make a purchase, we earn a commission.")).isEmpty();
    assertThat(flagged("What did the paper say to the pencil?")).isEmpty();
    assertThat(flagged("Staff on short-term contracts said they felt unable to complain.")).isEmpty();
    assertThat(flagged("The virus shows a ransom note in the app asking for payment.")).isEmpty();
    assertThat(flagged("It was not clear if the figures reported by the companies were comparable.")).isEmpty();
    assertThat(flagged("The company released its earnings on Tuesday.")).isEmpty();
    assertThat(flagged("The band released a new album that topped the charts.")).isEmpty();
    assertThat(flagged("He said in a statement that the firm would cooperate.")).isEmpty();
    assertThat(flagged("Facebook posted record revenue in the third quarter.")).isEmpty();
    assertThat(flagged("Twitter said on Tuesday it would remove the accounts.")).isEmpty();
    assertThat(flagged("He spent hours on Facebook and barely slept.")).isEmpty();
    assertThat(flagged("The senator said he would crack down on social media companies.")).isEmpty();
    assertThat(flagged("He has never tweeted about the case.")).isEmpty();
    assertThat(flagged("A farmer who tweeted about the smoke said the sky went dark.")).isEmpty();
    assertThat(flagged("People complained whenever she posted a new photo on Instagram.")).isEmpty();
    assertThat(flagged("He confided to his journal that he was afraid.")).isEmpty();
    assertThat(flagged("The meeting took place in Science Park, near the station.")).isEmpty();
    assertThat(flagged("The results will be published in May.")).isEmpty();
    assertThat(flagged("The company estimates its sales will grow.")).isEmpty();
    assertThat(flagged("Analysts at Barclays estimated that the deal was worth $2 billion.")).isEmpty();
    assertThat(flagged("The film opened in 2019 (Director's cut, 2020).")).isEmpty();
    assertThat(flagged("In Twitter's case, the company said it had acted quickly.")).isEmpty();
    assertThat(flagged("In the interview with Winfrey, she spoke of her loneliness.")).isEmpty();
  }

  @Test
  void linksThatClearTheNewKindsAndLinksThatDoNot() throws Exception {
    assertThat(flagged("The mayor [tweeted](https://twitter.com/mayor/status/1) that the road would reopen.")).isEmpty();
    assertThat(flagged("The mayor tweeted:\n\n> The road reopens on Monday. [May 1](https://twitter.com/mayor/status/1)")).isEmpty();
    assertThat(flagged("The [journal Oceanics](https://doi.org/10.1/x) covers the sea.\n\nWriting in The Lancet, the authors disagreed."))
        .isEmpty();
    // A site's topic page on a name is not the document that name published.
    assertThat(flagged("The [Brookings Institution](https://topics.example.com/brookings-institution/) is busy.\n\n"
        + "Few people moved, according to a Brookings analysis.")).hasSize(1);
  }

  @Test
  void theSitesOwnNameOrSectionIsItsOwnReporting() {
    assertThat(UnlinkedSourceDetector.isOwn("thenassauguardian", "Guardian Business")).isTrue();
    assertThat(UnlinkedSourceDetector.isOwn("latimes", "the Times")).isTrue();
    assertThat(UnlinkedSourceDetector.isOwn("washingtonpost", "the Washington Examiner")).isFalse();
    assertThat(UnlinkedSourceDetector.isOwn("latimes", "The New York Times")).isFalse();
  }
}
