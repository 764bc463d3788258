// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cue kinds of issue 13's fresh web round, each with the look-alikes it must leave alone, and the
 * ways a link elsewhere does or does not point at the cited source. Our own sentences.
 */
class UnlinkedSourceKindsIT {
  private static UnlinkedFindings cases;

  @BeforeAll
  static void load() {
    cases = new UnlinkedFindings(Annotator.load());
  }

  private static List<String> flagged(String markdown) throws Exception {
    return cases.quotes(markdown);
  }

  @Test
  void aDocumentAsTheGroundOfAClaim() throws Exception {
    assertThat(flagged("The coach will stay for the final, per the announcement's press release.")).hasSize(1);
    assertThat(flagged("The striker will miss two games, as per the league's ruling.")).hasSize(1);
    assertThat(flagged("Malta holds $9 billion of the bonds, based on data compiled by the central bank.")).hasSize(1);
    assertThat(flagged("Based on a new audit by the comptroller, the city overpaid its vendors.")).hasSize(1);
  }

  @Test
  void groundLookAlikesStaySilent() throws Exception {
    assertThat(flagged("Rents rose 4 per cent in the year.")).isEmpty();
    assertThat(flagged("The film is based on a true story from the war.")).isEmpty();
    assertThat(flagged("The jobless rate is based on a smaller household survey.")).isEmpty();
    assertThat(flagged("The loss was wider than expected, based on the average of nine analyst forecasts.")).isEmpty();
    assertThat(flagged("Profit beat the consensus, based on a survey of four analysts by a data firm.")).isEmpty();
    assertThat(flagged("The app is priced based on the hours from total minutes watched.")).isEmpty();
  }

  @Test
  void aDocumentFramingTheClauseOrWrittenIn() throws Exception {
    assertThat(flagged("In its latest estimates, the fund cut its outlook for growth.")).hasSize(1);
    assertThat(flagged("In their new projections, the planners expect fewer buses.")).hasSize(1);
    assertThat(flagged("Writing in her weekly Market Notes newsletter, Jones says the rally is tired.")).hasSize(1);
    // A statement handed to the press is spoken: still none.
    assertThat(flagged("In a statement, the company said sales fell.")).isEmpty();
  }

  @Test
  void aDocumentNamedInQuotesOrDoingSomethingInAParticiple() throws Exception {
    assertThat(flagged("Rates will rise twice, according to the latest “heat map” of staff projections.")).hasSize(1);
    assertThat(flagged("The sheriff released a statement praising the deputies who made the arrest.")).hasSize(1);
    assertThat(flagged("The county published a request for bids to “run and maintain” the new arena.")).hasSize(1);
    // A release is news when nothing is read from it.
    assertThat(flagged("The band released a statement during the tour.")).isEmpty();
  }

  @Test
  void respondentsAndUsersAreQuotedFromWhatTheyWrote() throws Exception {
    assertThat(flagged("\"It will pass,\" said a county chair who, like the others, completed the survey anonymously.")).hasSize(1);
    assertThat(flagged("Most of those who answered the poll wanted a vote.")).hasSize(1);
    assertThat(flagged("One user wrote: \"This is not fair to the players.\"")).hasSize(1);
    assertThat(flagged("Another commenter joked that the mascot looked tired.")).hasSize(1);
    // Users as a subject of news, not quoted from a post.
    assertThat(flagged("One user said he would cancel his plan.")).isEmpty();
    assertThat(flagged("Users complained about the outage.")).isEmpty();
  }

  @Test
  void mastheadsLedByAForeignArticle() throws Exception {
    assertThat(flagged("Shares jumped after La Gazzetta Nuova reported a merger was near.")).hasSize(1);
    assertThat(flagged("El Heraldo Centro reported on Tuesday that the port would close.")).hasSize(1);
    // A surname with a particle, not a masthead; and no reporting verb.
    assertThat(flagged("Le Blanc said the port would close.")).isEmpty();
  }

  @Test
  void aDocumentByItsPublisherWithNoLinkStaysFlagged() throws Exception {
    assertThat(flagged("The share that Acme pays on Zeta's network of sites will rise from 88 percent to 90 percent in the second five years"
        + " of the deal, according to regulatory filings by Zeta on Tuesday.")).hasSize(1);
  }

  @Test
  void sendingSomeoneToADocumentIsNotCitingIt() throws Exception {
    assertThat(flagged("A spokesman referred reporters to the company's annual statements filed with regulators.")).isEmpty();
    assertThat(flagged("The company's annual statements filed with regulators show the loss.")).hasSize(1);
  }

  @Test
  void aPossessorsLinkDoesNotClearTheDocument() throws Exception {
    assertThat(flagged("Growth in [Freedonia](https://example.org/freedonia-economy) is slow.\n\n"
        + "Data from Freedonia's statistics bureau shows output fell.")).hasSize(1);
    assertThat(flagged("Rain fell on [Smith](https://example.org/people/smith-profile).\n\nSmith's report found floods.")).hasSize(1);
    // The owner's own site is the document's home.
    assertThat(flagged("Prices rose, [it says](https://www.acmestats.org/q3).\n\nAcmestats's survey shows the rise.")).isEmpty();
  }

  /** Research in general is no one document: a link elsewhere to some study does not link "studies have shown". */
  @Test
  void aGeneralMentionOfResearchIsNotClearedByALinkElsewhere() throws Exception {
    String linkedStudy = "A [2021 study](https://example.org/studies/sleep-2021) followed 300 night nurses.\n\n";
    assertThat(flagged(linkedStudy + "Studies have shown that shift work raises blood pressure.")).hasSize(1);
    assertThat(flagged(linkedStudy + "Nurses sleep less, as recent research has shown.")).hasSize(1);
    assertThat(flagged(linkedStudy + "Many studies have found the effect fades within a year.")).hasSize(1);
    // The same study pointed back at, or one named by its owner, is the linked one: linked once is linked.
    assertThat(flagged(linkedStudy + "The study found that most of them slept under six hours.")).isEmpty();
    assertThat(flagged(linkedStudy + "Its studies show that most of them slept under six hours.")).isEmpty();
    // Research with an owner is the owner's document, which a link to the owner's site opens.
    assertThat(flagged("Prices are listed on [Homefix](https://homefix.example/prices).\n\n"
        + "Repairs cost more this year, according to data from Homefix.")).isEmpty();
    // A noun before another is a modifier, not research: "according to data firm X" names a firm.
    assertThat(flagged("The [firm's page](https://example.org/data-firm) lists its clients.\n\n"
        + "Sales doubled, according to data analysis firm Numera.")).isEmpty();
  }

  @Test
  void aLinkToThePublisherOrToTheOutletAnAnaphorPointsAtClearsIt() throws Exception {
    assertThat(flagged("\"We won,\" she said in a statement released by her campaign site, Vantagely.\n\n"
        + "Sources: [Vantagely](https://vantagely.example/post)")).isEmpty();
    assertThat(flagged("\"We won,\" she said in a statement released by her campaign site, Vantagely.")).hasSize(1);
    assertThat(flagged("The Boston Globe [reported](https://www.bostonglobe.com/a) that the bridge shook.\n\n"
        + "According to the newspaper, engineers closed it.")).isEmpty();
    assertThat(flagged("The Boston Globe said the bridge shook.\n\nAccording to the newspaper, engineers closed it.")).hasSize(2);
  }

  @Test
  void creditsAndWebOutletsByTheirKind() throws Exception {
    assertThat(flagged("The band will split after the tour (via the Daily Planet).")).hasSize(1);
    assertThat(flagged("The band will split after the tour, via Rolling Stone.")).hasSize(1);
    assertThat(flagged("The singer left the band in March, the outlet reported.")).hasSize(1);
    assertThat(flagged("According to a Facebook post by the club, the match is off.")).hasSize(1);
    // Travel and photo routes are no credits; an outlet named and linked before is what "the outlet" means.
    assertThat(flagged("The team flew to Lima via Miami.")).isEmpty();
    assertThat(flagged("[Rolling Stone](https://www.rollingstone.com/x) broke the news.\n\nThe singer left in March, the outlet reported."))
        .isEmpty();
  }

  @Test
  void stationsWritersInOutletsAndRecordsAsGround() throws Exception {
    assertThat(flagged("WXYZ-TV reported that the plant would close in May.")).hasSize(1);
    assertThat(flagged("The fire spread overnight, NBC 5 Lakeside reported.")).hasSize(1);
    assertThat(flagged("Writing in the Atlantic, the historian argued the vote was lost.")).hasSize(1);
    assertThat(flagged("The driver had two prior arrests, per court records.")).hasSize(1);
    // Acronyms of bodies, spoken interviews to stations, the article's own outlet: no story to link.
    assertThat(flagged("The WHO reported 40 new cases.")).isEmpty();
    assertThat(flagged("\"We are safe,\" she told WXYZ-TV.")).isEmpty();
    assertThat(flagged("He was writing in the margins of the book.")).isEmpty();
  }

  @Test
  void thePaperToldIsTheOutletLinkedBeforeAndTheSitesWholeNameIsItsOwn() throws Exception {
    assertThat(flagged("The [Lakeside Courier](https://www.lakesidecourier.example/a) named the diver.\n\n"
        + "A friend told the paper that the boat had drifted.")).isEmpty();
    assertThat(flagged("The Lakeside Courier named the diver.\n\nA friend told the paper that the boat had drifted.")).hasSize(1);
    assertThat(UnlinkedSourceDetector.isOwn("thedailyplanet", "The Daily Planet")).isTrue();
    assertThat(UnlinkedSourceDetector.isOwn("thedailyplanet", "The Daily Bugle")).isFalse();
    assertThat(UnlinkedSourceDetector.isOwn("thedailyplanet", "Daily Planet")).isTrue();
  }

  @Test
  void issuedStatementsPressTitlesAndDocumentsNotCommentedOnAreNoSources() throws Exception {
    assertThat(flagged("After the vote, the mayor issued a statement saying she would appeal.")).isEmpty();
    assertThat(flagged("The regulator issued a statement warning that \"savers deserve better.\"")).isEmpty();
    assertThat(flagged("The club released a statement saying the coach had resigned.")).hasSize(1);
    assertThat(flagged("\"The talks went well,\" City Hall Press Secretary Mia Lund said after the meeting.")).isEmpty();
    assertThat(flagged("The warden said she could not comment on the inquiry and a review by the state's auditor.")).isEmpty();
    assertThat(flagged("The warden resigned after a review by the state's auditor found lapses.")).hasSize(1);
  }

  @Test
  void theReportBackAtAReportCitedInALinkedParagraphIsLinkedOnce() throws Exception {
    assertThat(flagged("According to a report in the Valley Ledger, [the council approved the dam](https://valleyledger.example/dam)"
        + " on Monday.\n\nThe mayor spoke at length.\n\nThe report says the dam will cost $9 million.")).isEmpty();
    assertThat(flagged("According to a report in the Valley Ledger, the council approved the dam on Monday.\n\n"
        + "The report says the dam will cost $9 million.")).hasSize(2);
    assertThat(flagged("The council [approved the dam](https://valleyledger.example/dam) on Monday.\n\n"
        + "The report says the dam will cost $9 million.")).hasSize(1);
  }

  @Test
  void peopleWhoMadeOrReadADocumentSpeakNotIt() throws Exception {
    assertThat(flagged("Farm economists who have run the calculations say the target is out of reach.")).isEmpty();
    assertThat(flagged("Engineers who read the report said the bridge was safe.")).isEmpty();
    assertThat(flagged("The calculations by the farm bureau show the target is out of reach.")).hasSize(1);
  }

  @Test
  void datedLettersAnnouncementsSitesAndGeneralStudies() throws Exception {
    assertThat(flagged("In a Feb. 3 letter to the board, the tenants asked for repairs.")).hasSize(1);
    assertThat(flagged("Crime is falling, the sheriff said in the county's public service announcement.")).hasSize(1);
    assertThat(flagged("The agency paid $40,000 for the posters, according to the city's spending website.")).hasSize(1);
    assertThat(flagged("Studies have shown that quiet streets are safer.")).hasSize(1);
  }

  @Test
  void aDocumentLinkedOnceIsLinkedWhenItComesBack() throws Exception {
    assertThat(flagged("The mayor [announced](https://city.example/news/pr/budget) the cuts on Monday.\n\n"
        + "The cuts start in May, according to the release.")).isEmpty();
    assertThat(flagged("The mayor announced the cuts on Monday.\n\nThe cuts start in May, according to the release.")).hasSize(1);
    assertThat(flagged("The tenants sent a letter to the board, [read it](https://tenants.example/letter).\n\n"
        + "\"We need heat,\" they wrote in their letter.")).isEmpty();
    assertThat(flagged("The tenants sent a letter to the board.\n\n\"We need heat,\" they wrote in their letter.")).hasSize(1);
  }

  @Test
  void surveySharesSitesAndDocumentsTheReporterObtained() throws Exception {
    assertThat(flagged("Nearly 40% of riders said the buses were late.")).hasSize(1);
    assertThat(flagged("Rents rose 40% in the year, the landlord said.")).isEmpty();
    assertThat(flagged("The club [published a survey](https://club.example/survey) in May.\n\nNearly 40% of members said the fees were too high."))
        .isEmpty();
    assertThat(flagged("The council's website says the pool opens in June.")).hasSize(1);
    assertThat(flagged("We obtained a 2024 zoning filing showing the plot was sold.")).hasSize(1);
    assertThat(flagged("In a notice seen by this paper, the firm said costs rose.")).hasSize(1);
  }

  @Test
  void pluralDocumentsThatSuggestAndPostsNamedByWhereTheyWent() throws Exception {
    assertThat(flagged("Several surveys suggest renters are leaving the city.")).containsExactly("Several surveys suggest");
    assertThat(flagged("The leaked cables reveal how the talks broke down.")).hasSize(1);
    assertThat(flagged("The complaint, filed on Friday, claims the landlord ignored the mould.")).hasSize(1);
    assertThat(flagged("In a notice viewed by the paper, the pool said it would close in May.")).hasSize(1);
    assertThat(flagged("The mayor took to Facebook on Sunday to defend the budget.")).containsExactly("took to Facebook");
    assertThat(flagged("The club shared a photo of its new kit from its Instagram account.")).hasSize(1);
    assertThat(flagged("The mayor wrote in an op-ed for the Gazette that rates must rise.")).containsExactly("in an op-ed");
    assertThat(flagged("Recent polling shows the mayor trailing.")).hasSize(1);
    // A modal or "to" before the verb, a noun that looks like a verb, streets and hobbies are no sources.
    assertThat(flagged("The number of firms selling paper in the bond market next week will reveal the mood.")).isEmpty();
    assertThat(flagged("The auditors expect the review to conclude in March.")).isEmpty();
    assertThat(flagged("The firm cut its forecast for 2027 to 2 percent from a previous estimate.")).isEmpty();
    assertThat(flagged("Thousands took to the streets to protest.")).isEmpty();
    assertThat(flagged("She took to running after the surgery.")).isEmpty();
  }

  @Test
  void studiesInGeneralThatShowSomething() throws Exception {
    assertThat(flagged("Studies indicate that walkers live longer, says the coach.")).hasSize(1);
    assertThat(flagged("Studies using satellite images have demonstrated how the ice is thinning.")).hasSize(1);
    // A paper's own results, and records obtained by someone the story is about.
    assertThat(flagged("These findings demonstrate that the method scales.")).isEmpty();
    assertThat(flagged("The results of this study show that the method scales.")).isEmpty();
    assertThat(flagged("Senators feared the agency had obtained the phone records of staff.")).isEmpty();
    assertThat(flagged("Up to 85 percent of the agreed volumes will be supplied.")).isEmpty();
  }
}
