// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Finding;
import org.factdesk.analysis.PreparedArticle;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.nlp.Annotator;
import org.factdesk.time.frame.AsOfSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One case per line: a cited document with nothing to open is flagged, naming it; a link anywhere that points at it clears it. */
class UnlinkedSourceIT {
  private static Annotator nlp;
  private final UnlinkedSourceDetector detector = new UnlinkedSourceDetector();

  @BeforeAll
  static void load() {
    nlp = Annotator.load();
  }

  private List<Finding> findings(String markdown) throws Exception {
    // A title first: a lone line would be read as the headline, where capitals say nothing.
    Article a = new ArticleReaders().read(("# A story\n\n" + markdown).getBytes(StandardCharsets.UTF_8), "case.md", Optional.of(ArticleFormat.MARKDOWN));
    PreparedArticle analyzed = new PreparedArticle(a, nlp.analyze(a, Optional.empty()), List.of(), List.of(), List.of(),
        new AsOfSolver().solve(List.of(), Optional.empty()));
    return detector.detect(analyzed, AnalysisContext.undated());
  }

  private List<String> flagged(String markdown) throws Exception {
    return findings(markdown).stream().map(Finding::quote).toList();
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
}
