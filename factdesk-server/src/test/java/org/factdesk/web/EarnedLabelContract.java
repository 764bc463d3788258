// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The label is earned: every rule asserted from every route that could bypass it (the JSON API,
 * the desk's pages, the public page), over HTTP against a real server. Subclasses run it on H2
 * and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EarnedLabelContract {
  /** The issue's first scenario: an own article, dated 2025-06-03, calls Biden "President". */
  static final String STALE = """
      # Leaders talk about shipping

      President Joe Biden said on Monday that freight costs had fallen by 12 percent since January.

      The port of Lisbon handled 2.3 million containers in 2024, according to its annual report.
      """;
  static final String CORRECTED = STALE.replace("President Joe Biden said", "President Donald Trump said");

  RunningDesk desk;
  RunningDesk.ApiClient reporter;
  RunningDesk.ApiClient checker;
  RunningDesk.ApiClient editor;
  RunningDesk.Browser checkerPages;
  RunningDesk.Browser editorPages;
  long editorId;
  long checkerId;
  int counter;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    desk = new RunningDesk(database(), DeskEngine.loadDefault(), Map.of());
    reporter = desk.api("rita@news.test", Role.REPORTER);
    checker = desk.api("carl@news.test", Role.CHECKER);
    editor = desk.api("erin@news.test", Role.EDITOR);
    checkerPages = desk.browser().signIn("carl@news.test");
    editorPages = desk.browser().signIn("erin@news.test");
    editorId = editor.get("/api/me").json().get("id").asLong();
    checkerId = checker.get("/api/me").json().get("id").asLong();
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  @Test
  void the_issue_scenario_no_label_over_a_wrong_sentence_until_it_is_corrected_and_checked_again() {
    long id = article(reporter, STALE, "2025-06-03", "own");
    JsonNode a = analysed(id);
    JsonNode stale = findings(a, "time.role").get(0);
    JsonNode biden = claim(a, "Joe Biden");
    assertThat(reporter.post("/api/articles/" + id + "/state", Map.of("state", "in_review")).status()).isEqualTo(200);

    // "Fixed" without changing a word: refused by the API and by the page, with the reason.
    RunningDesk.Response fixed = checker.post(finding(id, stale), Map.of("status", "fixed"));
    assertThat(fixed.status()).isEqualTo(409);
    assertThat(fixed.json().get("reasons").toString()).contains("still raises time.role").contains("President Joe Biden");
    RunningDesk.Response fixedPage = checkerPages.post(pagePath(finding(id, stale)), Map.of("status", "fixed"));
    assertThat(fixedPage.status()).isEqualTo(409);
    assertThat(fixedPage.body()).contains("still raises time.role");
    assertThat(findings(analysed(id), "time.role").get(0).get("status").asText()).isEqualTo("open");

    // One claim inaccurate, the rest accurate: still no label, and the refusal says why.
    verdict(checker, id, biden, "inaccurate", "https://www.whitehouse.gov/administration/");
    for (JsonNode c : analysed(id).get("claims")) {
      if (c.get("verdict").isNull()) {
        verdict(checker, id, c, "accurate", "https://port.example.org/annual-report-2024");
      }
    }
    RunningDesk.Response checked = checker.post("/api/articles/" + id + "/state", Map.of("state", "checked"));
    assertThat(checked.status()).isEqualTo(409);
    assertThat(checked.json().get("reasons").toString()).contains("is rated inaccurate and is still in the text")
        .contains("error finding is still open");
    RunningDesk.Response checkedPage = checkerPages.post("/articles/" + id + "/state", Map.of("state", "checked"));
    assertThat(checkedPage.status()).isEqualTo(409);
    assertThat(checkedPage.body()).contains("is rated inaccurate and is still in the text");
    assertThat(editor.post("/api/articles/" + id + "/state", Map.of("state", "published")).status()).isEqualTo(409);
    assertThat(editorPages.post("/articles/" + id + "/state", Map.of("state", "published")).status()).isEqualTo(409);
    JsonNode refused = analysed(id);
    assertThat(refused.get("state").asText()).isEqualTo("in_review");
    assertThat(refused.at("/label/factChecked").asBoolean()).isFalse();
    assertThat(refused.at("/label/earned").asBoolean()).isFalse();
    assertThat(desk.browser().get("/news/" + id).status()).as("not published").isEqualTo(404);
    assertThat(editorPages.get("/articles/" + id).body()).doesNotContain("id=\"label\"");
    assertThat(editorPages.get("/articles/" + id + "/preview").body()).contains("id=\"preview-banner\"")
        .doesNotContain("id=\"fact-checked\"");

    // The sentence is corrected: the analysis no longer raises the error, the new sentence needs a verdict.
    assertThat(reporter.put("/api/articles/" + id, Map.of("text", CORRECTED)).status()).isEqualTo(200);
    JsonNode after = analysed(id);
    assertThat(findings(after, "time.role")).isEmpty();
    JsonNode trump = claim(after, "Donald Trump");
    assertThat(trump.get("verdict").isNull()).isTrue();
    assertThat(trump.get("carryNote").asText()).contains("inaccurate").contains("President Joe Biden");
    assertThat(reporter.get("/api/articles/" + id + "/audit").body()).contains("no longer raises it");
    assertThat(checker.post("/api/articles/" + id + "/state", Map.of("state", "checked")).status()).isEqualTo(409);
    verdict(checker, id, trump, "accurate", "https://www.whitehouse.gov/administration/president-trump/");

    assertThat(checkerPages.post("/articles/" + id + "/state", Map.of("state", "checked")).status()).isEqualTo(303);
    RunningDesk.Response published = editor.post("/api/articles/" + id + "/state", Map.of("state", "published"));
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.json().at("/label/factChecked").asBoolean()).isTrue();
    String page = desk.browser().get("/news/" + id).body();
    assertThat(page).contains("id=\"fact-checked\"").contains("President Donald Trump said").doesNotContain("Joe Biden");
  }

  @Test
  void a_fact_check_of_someone_else_publishes_inaccurate_verdicts_once_it_names_the_claimant_and_publisher() {
    long id = article(editor, STALE, "2025-06-03", "external");
    JsonNode a = analysed(id);
    editor.post("/api/articles/" + id + "/state", Map.of("state", "in_review"));
    verdict(checker, id, claim(a, "Joe Biden"), "inaccurate", "https://www.whitehouse.gov/administration/");
    for (JsonNode c : analysed(id).get("claims")) {
      if (c.get("verdict").isNull()) {
        verdict(checker, id, c, "unverifiable", "Asked the port authority; no answer by deadline.");
      }
    }
    for (JsonNode f : findings(analysed(id), "time.role")) {
      checker.post(finding(id, f), Map.of("status", "dismissed", "reason", "Rated inaccurate in the report."));
    }
    RunningDesk.Response early = checker.post("/api/articles/" + id + "/state", Map.of("state", "checked"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("reasons").toString()).contains("claimant").contains("publisher")
        .doesNotContain("still in the text");
    assertThat(editor.put("/api/articles/" + id, Map.of("claimant", "Jane Doe, harbour commissioner",
        "publisher", "The Quayside Gazette", "sourceUrl", "https://gazette.example.net/shipping")).status()).isEqualTo(200);
    assertThat(checker.post("/api/articles/" + id + "/state", Map.of("state", "checked")).status()).isEqualTo(200);
    assertThat(editor.post("/api/articles/" + id + "/state", Map.of("state", "published")).json()
        .at("/label/factChecked").asBoolean()).isTrue();
    assertThat(desk.browser().get("/fact-checks/" + id).body()).contains("claims by Jane Doe, harbour commissioner")
        .contains("\"name\":\"The Quayside Gazette\"").doesNotContain("Unknown publisher");
  }

  @Test
  void a_published_article_whose_verdict_changes_loses_its_label_publicly_and_regains_it_only_with_a_correction() {
    long id = publishClean();
    JsonNode a = analysed(id);
    JsonNode port = claim(a, "2.3 million containers");

    verdict(checker, id, port, "unverifiable", "The annual report was withdrawn from the port's site.");
    JsonNode off = analysed(id);
    assertThat(off.at("/label/factChecked").asBoolean()).isFalse();
    assertThat(off.at("/label/earned").asBoolean()).as("the rule holds; the label waits for a correction").isTrue();
    assertThat(off.at("/underReview/reason").asText()).contains("changed from accurate to unverifiable");
    String publicPage = desk.browser().get("/news/" + id).body();
    assertThat(publicPage).contains("id=\"under-review\"").contains("Under review since").doesNotContain("id=\"fact-checked\"");
    assertThat(editorPages.get("/articles/" + id).body()).contains("id=\"under-review\"");
    JsonNode inbox = editor.get("/api/inbox").json();
    assertThat(inbox.get("notices").toString()).contains("lost its fact-checked label");
    assertThat(reporter.get("/api/inbox").json().get("notices").toString()).as("the author is told too")
        .contains("lost its fact-checked label");
    assertThat(reporter.get("/api/articles/" + id + "/audit").body()).contains("label.withdrawn");

    // Setting it back does not restore the label: only a correction does.
    verdict(checker, id, port, "accurate", "https://port.example.org/annual-report-2024");
    assertThat(analysed(id).at("/label/factChecked").asBoolean()).isFalse();
    RunningDesk.Response correction = editorPages.post("/articles/" + id + "/corrections", Map.of(
        "whatWasWrong", "We briefly rated the container figure unverifiable.", "whatChanged", "The annual report is back online; the figure stands."));
    assertThat(correction.status()).isEqualTo(303);
    JsonNode back = analysed(id);
    assertThat(back.at("/label/factChecked").asBoolean()).isTrue();
    assertThat(back.get("underReview").isNull()).isTrue();
    assertThat(desk.browser().get("/news/" + id).body()).contains("id=\"fact-checked\"").doesNotContain("id=\"under-review\"");
    assertThat(desk.browser().get("/corrections").body()).contains("We briefly rated the container figure unverifiable.");
    assertThat(editor.get("/api/inbox").json().get("notices").toString()).contains("has its fact-checked label back");
  }

  @Test
  void a_published_sentence_rated_wrong_keeps_the_label_off_until_a_correction_changes_it_and_it_is_rated_again() {
    long id = publishClean();
    JsonNode port = claim(analysed(id), "2.3 million containers");
    verdict(editor, id, port, "inaccurate", "https://port.example.org/annual-report-2024#corrected");
    assertThat(editor.post("/api/articles/" + id + "/corrections", Map.of("whatWasWrong", "The figure is wrong.",
        "whatChanged", "Nothing yet.")).status()).isEqualTo(201);
    JsonNode still = analysed(id);
    assertThat(still.at("/label/factChecked").asBoolean()).as("a correction that leaves the sentence").isFalse();
    assertThat(still.at("/label/reasons").toString()).contains("is rated inaccurate and is still in the text");

    RunningDesk.Response fix = editor.post("/api/articles/" + id + "/corrections", Map.of(
        "whatWasWrong", "The port handled 2.1 million containers in 2024, not 2.3 million.",
        "whatChanged", "The figure is corrected.", "text", STALE.replace("President Joe Biden said", "President Donald Trump said")
            .replace("2.3 million", "2.1 million")));
    assertThat(fix.status()).isEqualTo(201);
    JsonNode corrected = analysed(id);
    assertThat(corrected.at("/label/factChecked").asBoolean()).as("the new sentence has no verdict yet").isFalse();
    assertThat(desk.browser().get("/news/" + id).body()).contains("Under review since").contains("2.1 million");
    verdict(checker, id, claim(corrected, "2.1 million containers"), "accurate", "https://port.example.org/annual-report-2024#p3");
    assertThat(analysed(id).at("/label/factChecked").asBoolean()).isTrue();
    assertThat(desk.browser().get("/news/" + id).body()).contains("id=\"fact-checked\"");
    assertThat(desk.browser().get("/corrections").body()).contains("not 2.3 million");
  }

  @Test
  void a_re_analysis_that_raises_a_new_error_on_a_published_article_keeps_the_label_off_until_it_is_resolved() {
    long id = publishClean();
    // The corrected text brings back the stale title: its analysis raises time.role again.
    assertThat(editor.post("/api/articles/" + id + "/corrections", Map.of("whatWasWrong", "The quote was misattributed.",
        "whatChanged", "The speaker is named.", "text", STALE)).status()).isEqualTo(201);
    JsonNode after = analysed(id);
    assertThat(findings(after, "time.role")).isNotEmpty();
    verdict(checker, id, claim(after, "Joe Biden"), "accurate", "https://www.whitehouse.gov/briefing-room/");
    JsonNode off = analysed(id);
    assertThat(off.at("/label/factChecked").asBoolean()).isFalse();
    assertThat(off.at("/label/reasons").toString()).contains("error finding is still open");
    assertThat(off.at("/underReview/since").isNull()).isFalse();
    assertThat(desk.browser().get("/news/" + id).body()).contains("Under review since").doesNotContain("id=\"fact-checked\"");
    assertThat(editorPages.post(pagePath(finding(id, findings(off, "time.role").get(0))), Map.of("status", "fixed"))
        .status()).as("the text still says it").isEqualTo(409);
  }

  @Test
  void reopening_an_error_on_a_published_article_takes_the_label_off() {
    long id = article(reporter, STALE, "2025-06-03", "own");
    reporter.post("/api/articles/" + id + "/state", Map.of("state", "in_review"));
    rateAll(id, "accurate");
    JsonNode stale = findings(analysed(id), "time.role").get(0);
    checker.post(finding(id, stale), Map.of("status", "dismissed", "reason", "The quote is from 2024."));
    checker.post("/api/articles/" + id + "/state", Map.of("state", "checked"));
    assertThat(editor.post("/api/articles/" + id + "/state", Map.of("state", "published")).status()).isEqualTo(200);
    assertThat(checkerPages.post(pagePath(finding(id, stale)), Map.of("status", "open")).status()).isEqualTo(303);
    JsonNode off = analysed(id);
    assertThat(off.at("/label/factChecked").asBoolean()).isFalse();
    assertThat(off.at("/underReview/reason").asText()).contains("reopened");
    assertThat(desk.browser().get("/news/" + id).body()).contains("Under review since").doesNotContain("id=\"fact-checked\"");
  }

  @Test
  void without_a_date_the_desk_asks_for_one_and_the_analysis_runs_as_of_the_date_given() {
    RunningDesk.Response created = reporter.post("/api/articles", Map.of("text", STALE, "format", "markdown",
        "title", "Undated " + (++counter)));
    long id = created.json().get("id").asLong();
    JsonNode a = analysed(id);
    assertThat(a.get("needsDate").asBoolean()).isTrue();
    assertThat(a.at("/label/reasons").toString()).contains("has no date");
    assertThat(findings(a, "time.role")).as("no date, no guess").isEmpty();
    assertThat(desk.browser().signIn("rita@news.test").get("/articles/" + id).body()).contains("id=\"needs-date\"")
        .contains("When is this article from?").contains("name=\"asOf\"");

    RunningDesk.Browser rita = desk.browser().signIn("rita@news.test");
    rita.get("/articles/" + id);
    assertThat(rita.post("/articles/" + id + "/edit", Map.of("asOf", "2025-06-03")).status()).isEqualTo(303);
    JsonNode dated = analysed(id);
    assertThat(dated.get("asOf").asText()).isEqualTo("2025-06-03");
    assertThat(dated.get("revision").asInt()).isEqualTo(a.get("revision").asInt() + 1);
    assertThat(findings(dated, "time.role")).as("analysed as of the date").isNotEmpty();
    assertThat(rita.get("/articles/" + id).body()).contains("Dated 2025-06-03").doesNotContain("id=\"needs-date\"");
  }

  @Test
  void a_dateline_without_a_year_is_offered_as_the_date_but_not_used_until_a_person_saves_it() {
    String text = "# Fed holds rates\n\nWASHINGTON, May 12 (Reuters) - Prime Minister Boris Johnson said on Tuesday that"
        + " the talks would resume in June.\n";
    long id = reporter.post("/api/articles", Map.of("text", text, "format", "markdown")).json().get("id").asLong();
    JsonNode undated = analysed(id);
    assertThat(undated.get("needsDate").asBoolean()).as("a day without a year is no date").isTrue();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    java.time.LocalDate may12 = java.time.LocalDate.of(today.getYear(), 5, 12);
    java.time.LocalDate expected = may12.isAfter(today) ? may12.minusYears(1) : may12;
    assertThat(desk.browser().signIn("rita@news.test").get("/articles/" + id).body()).contains("id=\"dateline-suggestion\"")
        .contains("WASHINGTON, May 12 (Reuters) -").contains("value=\"" + expected + "\"");
  }

  @Test
  void an_undated_article_confirms_nothing_and_its_date_once_given_catches_the_stale_title() {
    String text = "# Talks resume\n\nPrime Minister Boris Johnson said on Tuesday that the talks would resume in June.\n";
    long id = reporter.post("/api/articles", Map.of("text", text, "format", "markdown")).json().get("id").asLong();
    JsonNode undated = analysed(id);
    assertThat(undated.get("needsDate").asBoolean()).isTrue();
    assertThat(findings(undated, "kb.confirmed")).as("no confirmation against a guessed date").isEmpty();
    assertThat(reporter.put("/api/articles/" + id, Map.of("asOf", "2024-05-01")).status()).isEqualTo(200);
    JsonNode dated = analysed(id);
    assertThat(findings(dated, "time.role")).singleElement().satisfies(f ->
        assertThat(f.get("message").asText()).contains("2024-05-01"));
    assertThat(dated.get("asOfSource").asText()).isEqualTo("desk");
  }

  @Test
  void a_date_in_the_pages_metadata_is_read_shown_and_used() {
    String html = "<html><head><title>Ministers meet</title>"
        + "<meta property=\"article:published_time\" content=\"2025-06-03T08:00:00Z\"></head><body><article>"
        + "<h1>Ministers meet</h1><p>President Joe Biden said on Monday that freight costs had fallen by 12 percent.</p>"
        + "</article></body></html>";
    long id = reporter.post("/api/articles", Map.of("text", html, "format", "html")).json().get("id").asLong();
    JsonNode a = analysed(id);
    assertThat(a.get("asOf").asText()).isEqualTo("2025-06-03");
    assertThat(a.get("asOfSource").asText()).isEqualTo("text");
    assertThat(findings(a, "time.role")).isNotEmpty();
  }

  @Test
  void the_date_and_the_checklist_are_editable_until_publishing_and_not_after_by_api_or_page() {
    long id = publishClean();
    RunningDesk.Response late = editor.put("/api/articles/" + id, Map.of("asOf", "2025-07-01"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("message").asText()).contains("correction");
    editorPages.get("/articles/" + id);
    assertThat(editorPages.post("/articles/" + id + "/edit", Map.of("asOf", "2025-07-01")).status()).isEqualTo(409);
    assertThat(editorPages.get("/articles/" + id + "/edit").status()).isEqualTo(409);
    assertThat(checker.post("/api/articles/" + id + "/claims", Map.of("words", "freight costs had fallen")).status())
        .as("a published checklist changes only with a correction").isEqualTo(409);
    assertThat(checkerPages.post("/articles/" + id + "/claims", Map.of("words", "freight costs had fallen")).status())
        .isEqualTo(409);
    assertThat(analysed(id).get("asOf").asText()).isEqualTo("2025-06-03");
  }

  @Test
  void every_verdict_but_not_a_claim_needs_evidence_and_none_is_preselected() {
    long id = article(reporter, CORRECTED, "2025-06-03", "own");
    JsonNode a = analysed(id);
    JsonNode c = a.get("claims").get(0);
    for (String v : List.of("accurate", "inaccurate", "misleading", "unverifiable")) {
      RunningDesk.Response r = checker.post(claimPath(id, c) + "/verdict", Map.of("verdict", v, "evidence", List.of()));
      assertThat(r.status()).as(v).isEqualTo(400);
      assertThat(r.json().get("message").asText()).contains("evidence");
      assertThat(checkerPages.post("/articles/" + id + "/claims/" + c.get("id").asLong() + "/verdict",
          Map.of("verdict", v, "evidence", "")).status()).as("page " + v).isEqualTo(400);
    }
    assertThat(checkerPages.post("/articles/" + id + "/claims/" + c.get("id").asLong() + "/verdict",
        Map.of("verdict", "", "evidence", "x")).status()).as("no verdict chosen").isEqualTo(400);
    assertThat(checker.post(claimPath(id, c) + "/verdict", Map.of("verdict", "not_a_claim")).status()).isEqualTo(200);
    String page = checkerPages.get("/articles/" + id).body();
    assertThat(page).contains("<option value=\"\" selected disabled>Choose a verdict…</option>")
        .doesNotContain("<option value=\"accurate\" selected>")
        .contains("id=\"legend\"").contains("mark class=\"claim-open\"").contains("mark class=\"claim-checked\"");
    assertThat(page).containsPattern("<mark class=\"claim-open\" title=\"claim: awaiting verdict\">");
    assertThat(page).containsPattern("<mark class=\"claim-checked\" title=\"claim: not a claim\">");
  }

  @Test
  void a_checker_adds_a_claim_from_the_text_retypes_splits_merges_and_discusses_it() {
    long id = article(reporter, CORRECTED, "2025-06-03", "own");
    JsonNode a = analysed(id);
    int before = a.get("claims").size();
    assertThat(checker.post("/api/articles/" + id + "/claims", Map.of("words", "words that are not there")).status()).isEqualTo(400);
    RunningDesk.Response added = checker.post("/api/articles/" + id + "/claims",
        Map.of("words", "freight costs had fallen by 12 percent since January", "type", "statistic"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("manual").asBoolean()).isTrue();
    assertThat(reporter.post("/api/articles/" + id + "/claims", Map.of("words", "Lisbon handled")).status())
        .as("reporters do not work claims").isEqualTo(403);
    JsonNode port = claim(analysed(id), "2.3 million containers");
    assertThat(checker.post(claimPath(id, port) + "/type", Map.of("type", "event")).json().get("claimType").asText()).isEqualTo("event");
    assertThat(checker.post(claimPath(id, port) + "/type", Map.of("type", "gossip")).status()).isEqualTo(400);
    RunningDesk.Response split = checker.post(claimPath(id, port) + "/split", Map.of("secondStartsWith", "according to"));
    assertThat(split.status()).as(split.body()).isEqualTo(201);
    assertThat(split.json().size()).isEqualTo(2);
    JsonNode afterSplit = analysed(id);
    assertThat(claim(afterSplit, "2.3 million containers in 2024, according").get("verdict").asText()).isEqualTo("not_a_claim");
    assertThat(afterSplit.get("claims").size()).isEqualTo(before + 3);
    List<Long> parts = new ArrayList<>();
    split.json().forEach(c -> parts.add(c.get("id").asLong()));
    RunningDesk.Response merged = checker.post("/api/articles/" + id + "/claims/merge", Map.of("claims", parts));
    assertThat(merged.status()).as(merged.body()).isEqualTo(201);
    RunningDesk.Response talk = reporter.post(claimPath(id, port) + "/comments", Map.of("text", "The report's table 3 has the figure."));
    assertThat(talk.status()).isEqualTo(201);

    // Manual claims and the discussion survive re-analysis while their words stay in the text.
    reporter.put("/api/articles/" + id, Map.of("text", CORRECTED + "\nA new closing line.\n"));
    JsonNode again = analysed(id);
    assertThat(again.get("claims").toString()).contains("freight costs had fallen by 12 percent since January\",")
        .contains("The report's table 3 has the figure.");
    assertThat(claim(again, "2.3 million containers in 2024, according").get("claimType").asText()).isEqualTo("event");
  }

  @Test
  void assignments_reach_the_assignees_inbox_and_desk_lists_filter_search_and_paginate() {
    long id = article(reporter, CORRECTED, "2025-06-03", "own");
    JsonNode a = analysed(id);
    assertThat(checker.post("/api/articles/" + id + "/assign", Map.of("assignee", checkerId)).status())
        .as("checkers do not assign articles").isEqualTo(403);
    assertThat(editor.post("/api/articles/" + id + "/assign", Map.of("assignee", checkerId)).json().get("assignee").asText())
        .isEqualTo("carl");
    checker.post(claimPath(id, a.get("claims").get(0)) + "/assign", Map.of("assignee", checkerId));
    JsonNode inbox = checker.get("/api/inbox").json();
    assertThat(inbox.get("articles").findValuesAsText("id")).contains(String.valueOf(id));
    assertThat(inbox.get("claims").findValuesAsText("articleId")).contains(String.valueOf(id));
    assertThat(inbox.get("notices").toString()).contains("assigned");
    assertThat(checkerPages.get("/inbox").body()).contains("Articles assigned to you").contains("/articles/" + id);
    reporter.post("/api/articles/" + id + "/state", Map.of("state", "in_review"));
    assertThat(checker.get("/api/inbox").json().get("notices").toString()).as("what changed on my article")
        .contains("rita moved it from draft to in review.");

    String title = analysed(id).get("title").asText();
    RunningDesk.Response mine = checker.get("/api/articles?assignee=" + checkerId + "&state=in_review&q=" + title.replace(" ", "+"));
    assertThat(mine.json().findValuesAsText("id")).containsExactly(String.valueOf(id));
    for (int i = 0; i < 3; i++) {
      article(reporter, CORRECTED, "2025-06-03", "own");
    }
    RunningDesk.Response page1 = checker.get("/api/articles?size=2&page=1");
    RunningDesk.Response page2 = checker.get("/api/articles?size=2&page=2");
    assertThat(page1.json().size()).isEqualTo(2);
    assertThat(Long.parseLong(page1.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(4);
    assertThat(page2.json().get(0).get("id").asLong()).isNotIn(page1.json().findValuesAsText("id").stream().map(Long::parseLong).toList());
    assertThat(checker.get("/api/articles?severity=error").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
    assertThat(checker.get("/api/articles?size=1000").status()).isEqualTo(400);
    String list = checkerPages.get("/articles?size=2&q=" + title.replace(" ", "+")).body();
    assertThat(list).contains("id=\"article-list\"").contains(title).contains("1 article(s)");
  }

  @Test
  void every_saved_text_is_a_revision_and_the_desk_shows_the_difference() {
    long id = article(reporter, STALE, "2025-06-03", "own");
    analysed(id);
    reporter.put("/api/articles/" + id, Map.of("text", CORRECTED));
    analysed(id);
    JsonNode revisions = reporter.get("/api/articles/" + id + "/revisions").json();
    assertThat(revisions.findValuesAsText("revision")).containsExactly("1", "2");
    JsonNode diff = reporter.get("/api/articles/" + id + "/diff?from=1&to=2").json();
    assertThat(diff.get("pieces").toString()).contains("{\"kind\":\"removed\",\"text\":\"Joe Biden \"}")
        .contains("{\"kind\":\"added\",\"text\":\"Donald Trump \"}");
    assertThat(reporter.get("/api/articles/" + id + "/diff?from=1&to=9").status()).isEqualTo(404);
    String page = desk.browser().signIn("rita@news.test").get("/articles/" + id + "/revisions?from=1&to=2").body();
    assertThat(page).contains("<del>Joe Biden </del>").contains("<ins>Donald Trump </ins>");
  }

  @Test
  void hostile_input_to_every_new_form_is_refused_in_words_and_never_breaks_the_desk() {
    long id = article(reporter, CORRECTED, "2025-06-03", "own");
    JsonNode c = analysed(id).get("claims").get(0);
    List<String> nasty = List.of("", " ", "\u0000\u0001", "<script>alert(1)</script>", "'; DROP TABLE claims; --",
        "x".repeat(5000), "\uD83D\uDE00", "%_\\", "2025-02-30", "-1", "99999999999999999999");
    for (String s : nasty) {
      List<RunningDesk.Response> responses = List.of(
          checker.post("/api/articles/" + id + "/claims", Map.of("words", s, "type", s)),
          checker.post(claimPath(id, c) + "/split", Map.of("secondStartsWith", s)),
          checker.post(claimPath(id, c) + "/type", Map.of("type", s)),
          editor.post(claimPath(id, c) + "/comments", Map.of("text", s)),
          editor.put("/api/articles/" + id, Map.of("asOf", s)),
          editor.put("/api/articles/" + id, Map.of("sourceUrl", s)),
          editor.get("/api/articles?q=" + java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
              + "&page=" + java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)),
          editor.get("/api/articles/" + id + "/diff?from=" + java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8) + "&to=1"));
      for (RunningDesk.Response r : responses) {
        assertThat(r.status()).as(s.substring(0, Math.min(20, s.length())) + ": " + r.body()).isLessThan(500);
      }
    }
    assertThat(checker.post("/api/articles/" + id + "/claims/merge", "{\"claims\": [\"x\"]}").status()).isEqualTo(400);
    String page = editorPages.get("/articles/" + id).body();
    assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    assertThat(analysed(id).get("sourceText").asText()).isEqualTo(CORRECTED);
  }

  // ---- helpers

  long article(RunningDesk.ApiClient who, String text, String asOf, String kind) {
    RunningDesk.Response r = who.post("/api/articles", Map.of("text", text, "format", "markdown", "asOf", asOf,
        "kind", kind, "title", "Label test " + (++counter)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** The corrected text, every claim accurate, published with its label. */
  long publishClean() {
    long id = article(reporter, CORRECTED, "2025-06-03", "own");
    reporter.post("/api/articles/" + id + "/state", Map.of("state", "in_review"));
    rateAll(id, "accurate");
    assertThat(checker.post("/api/articles/" + id + "/state", Map.of("state", "checked")).status()).isEqualTo(200);
    RunningDesk.Response p = editor.post("/api/articles/" + id + "/state", Map.of("state", "published"));
    assertThat(p.status()).as(p.body()).isEqualTo(200);
    assertThat(p.json().at("/label/factChecked").asBoolean()).isTrue();
    return id;
  }

  void rateAll(long id, String verdict) {
    for (JsonNode c : analysed(id).get("claims")) {
      verdict(checker, id, c, verdict, "https://port.example.org/annual-report-2024");
    }
  }

  void verdict(RunningDesk.ApiClient who, long id, JsonNode claim, String verdict, String evidence) {
    RunningDesk.Response r = who.post(claimPath(id, claim) + "/verdict",
        Map.of("verdict", verdict, "evidence", List.of(evidence), "note", "Checked."));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  static String claimPath(long id, JsonNode claim) {
    return "/api/articles/" + id + "/claims/" + claim.get("id").asLong();
  }

  static String finding(long id, JsonNode f) {
    return "/api/articles/" + id + "/findings/" + f.get("id").asLong() + "/status";
  }

  static String pagePath(String apiPath) {
    return apiPath.replaceFirst("^/api", "");
  }

  static JsonNode claim(JsonNode article, String containing) {
    for (JsonNode c : article.get("claims")) {
      if (c.get("sentence").asText().contains(containing)) {
        return c;
      }
    }
    throw new AssertionError("no claim with \"" + containing + "\" in " + article.get("claims"));
  }

  static List<JsonNode> findings(JsonNode article, String code) {
    List<JsonNode> out = new ArrayList<>();
    article.get("findings").forEach(f -> {
      if (f.get("code").asText().equals(code)) {
        out.add(f);
      }
    });
    return out;
  }

  JsonNode analysed(long id) {
    return editor.analysed(id);
  }
}
