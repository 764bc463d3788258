// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents that speak (inverted or on a site), letters and media reports nobody can open, data as
 * evidence, networks' posts as speakers; and what stays spoken: a presentation, an organisation
 * whose name holds a medium's word. Our own sentences.
 */
class UnlinkedSourceSpeechKindsIT {
  private static UnlinkedFindings cases;

  @BeforeAll
  static void load() {
    cases = new UnlinkedFindings(Annotator.load());
  }

  private static List<String> flagged(String markdown) throws Exception {
    return cases.quotes(markdown);
  }

  @Test
  void aDocumentSpeaksAfterItsVerb() throws Exception {
    assertThat(flagged("\"The bridge must close before winter,\" says the memo, drafted by two engineers.")).hasSize(1);
    assertThat(flagged("\"No refunds will be paid,\" reads the complaint filed by the tenants.")).hasSize(1);
    assertThat(flagged("\"Repairs are overdue,\" notes the audit, which ran to forty pages.")).hasSize(1);
    assertThat(flagged("The memo states that the plant will shut in March.")).hasSize(1);
  }

  @Test
  void aNoticeOnASiteSpeaks() throws Exception {
    assertThat(flagged("For now, a notice on the website of the city council says the pool will stay closed.")).hasSize(1);
    assertThat(flagged("A statement on the ministry's website says no visas are being issued.")).hasSize(1);
    // A notice pinned to a door is no page to open.
    assertThat(flagged("A notice on the door says the shop is closed.")).isEmpty();
  }

  @Test
  void aDocumentSaidInOrPointedBackAt() throws Exception {
    assertThat(flagged("The bank said in its document 'Plan for Safer Payments 2025' that fraud had doubled.")).hasSize(1);
    assertThat(flagged("The eight goals listed in the document include better training for clerks.")).hasSize(1);
    // A presentation is spoken, like a speech.
    assertThat(flagged("\"The results are clear,\" he said in his presentation to the board of directors.")).isEmpty();
    // Its slides are a document.
    assertThat(flagged("In an investor slide presentation, Harbourline said it would sell two ferries.")).hasSize(1);
  }

  @Test
  void aLetterToANamedReader() throws Exception {
    assertThat(flagged("Harris wrote a letter to Mayor Lee and the council on Friday asking for a recount.")).hasSize(1);
    assertThat(flagged("The senators sent a joint letter to the Treasury on Monday.")).hasSize(1);
    assertThat(flagged("She wrote a letter to her grandmother every week.")).isEmpty();
  }

  @Test
  void dataAsEvidence() throws Exception {
    assertThat(flagged("Shoppers are spending less, as recent data has shown.")).hasSize(1);
    assertThat(flagged("Weekly data is also not showing much growth in hiring.")).hasSize(1);
    assertThat(flagged("The data is shown in the chart below.")).isEmpty();
  }

  @Test
  void aReleaseDeclares() throws Exception {
    assertThat(flagged("Late Tuesday, a Smith campaign release declared: \"Voters Chose Change.\"")).hasSize(1);
  }

  @Test
  void mediaReportsSomeoneWillNotTalkAbout() throws Exception {
    assertThat(flagged("The minister declined to comment on reports that two envoys had met in secret.")).hasSize(1);
    assertThat(flagged("The company reports that sales rose.")).isEmpty();
    assertThat(flagged("Reporters asked the mayor about the report.")).isEmpty();
  }

  @Test
  void postsOnANetworkSpeak() throws Exception {
    assertThat(flagged("Instagram posts falsely claimed the mayor had resigned.")).hasSize(1);
    assertThat(flagged("Instagram posts are getting shorter every year.")).isEmpty();
  }

  @Test
  void aMediumWordInsideAnOrganisationsName() throws Exception {
    assertThat(flagged("\"The offer is final,\" the Alliance of Bakery and Television Workers said in a statement Monday.")).isEmpty();
    assertThat(flagged("The union of Stage and Radio Performers said the talks had failed.")).isEmpty();
    assertThat(flagged("The state television said it was a coup.")).hasSize(1);
  }
}
