// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Prior fact-checks in the desk (issue 11 item 5, issue 17 item 4), over HTTP against real
 * servers with a real fact-check archive: a published verdict goes into the archive, the next
 * article repeating the claim shows it under that claim with a link and what agrees and
 * differs; an editor's rejection is recorded and shown, and survives re-analysis; a desk with no
 * archive, or without the embedding model, says so and still works. Subclasses run it on H2 and
 * on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PriorFactChecksContract {
  /** Someone else's claim, fact-checked and published by the desk as inaccurate. */
  static final String CHECKED = """
      # A harbour commissioner on freight

      The port of Lisbon handled 9.1 million containers in 2025, more than any port in Europe.
      """;
  /** A later article of our own repeating that claim, beside one nobody checked. */
  static final String REPEATS = """
      # Shipping week

      The port of Lisbon handled 9.1 million containers in 2025, more than any other port in Europe, the minister said.

      The city council approved a new tram line to the airport on Tuesday, the mayor said.
      """;

  DeskEngine analysis;
  RunningDesk desk;
  RunningDesk.ApiClient reporter;
  RunningDesk.ApiClient checker;
  RunningDesk.ApiClient editor;
  RunningDesk.Browser editorPages;
  int counter;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    analysis = DeskEngine.loadDefault();
    desk = new RunningDesk(database(), analysis, Map.of("archive.dir", tempDir("archive")));
    reporter = desk.api("rita@news.test", Role.REPORTER);
    checker = desk.api("carl@news.test", Role.CHECKER);
    editor = desk.api("erin@news.test", Role.EDITOR);
    editorPages = desk.browser().signIn("erin@news.test");
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  @Test
  void a_published_verdict_is_matched_under_the_claim_of_the_next_article_that_repeats_it() {
    long a = publishFactCheck(desk, editor, checker);
    long b = article(reporter, REPEATS, LocalDate.now(ZoneOffset.UTC).toString(), "own");
    JsonNode article = analysed(editor, b);
    assertThat(article.at("/priorChecks/mode").asText()).isEqualTo("same-claim");

    JsonNode repeated = claim(article, "9.1 million containers").get("priorFactChecks");
    // Other tests publish the same fact-check, so this one is found by its address.
    JsonNode m = null;
    for (JsonNode x : repeated) {
      m = x.get("url").asText().equals(own(desk, a)) ? x : m;
    }
    assertThat(m).as(repeated.toString()).isNotNull();
    assertThat(m.get("url").asText()).isEqualTo(own(desk, a));
    assertThat(m.get("rating").asText()).isEqualTo("Inaccurate");
    assertThat(m.get("publisher").asText()).isEqualTo("Factdesk");
    assertThat(m.get("date").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(m.get("timing").asText()).isEqualTo("before");
    assertThat(m.get("judged").asBoolean()).isTrue();
    assertThat(m.get("claim").asText()).contains("9.1 million containers");
    assertThat(m.get("agrees").toString()).contains("9.1 million");
    assertThat(m.get("decision").isNull()).isTrue();
    assertThat(claim(article, "tram line").get("priorFactChecks")).as("a claim nobody checked").isEmpty();

    // The desk's page: the match under the claim, its link, what agrees and differs, the buttons.
    String page = editorPages.get("/articles/" + b).body();
    assertThat(page).contains("id=\"match-" + m.get("id").asLong() + "\"")
        .contains("href=\"" + own(desk, a) + "\"").contains("rated Inaccurate")
        .contains("checked before").contains("Agrees: ").contains("Differs: ")
        .contains("Not this claim: reject").contains("id=\"prior-checks-status\" data-mode=\"same-claim\"");
    // A claim added by hand is matched at once.
    RunningDesk.Response added = checker.post("/api/articles/" + b + "/claims",
        Map.of("words", "The port of Lisbon handled 9.1 million containers in 2025", "type", "statistic"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonNode manual = null;
    for (JsonNode c : analysed(editor, b).get("claims")) {
      manual = c.get("manual").asBoolean() ? c : manual;
    }
    assertThat(manual.get("priorFactChecks").toString()).contains(own(desk, a));
    // The fact-check itself is not matched against its own published verdicts.
    reanalyse(editor, a);
    for (JsonNode c : analysed(editor, a).get("claims")) {
      assertThat(c.get("priorFactChecks")).as("its own verdict").isEmpty();
    }
  }

  @Test
  void rejecting_a_match_is_recorded_with_who_when_and_which_fact_check_shown_and_kept_across_analyses() {
    publishFactCheck(desk, editor, checker);
    long b = article(reporter, REPEATS, LocalDate.now(ZoneOffset.UTC).toString(), "own");
    JsonNode m = claim(analysed(editor, b), "9.1 million containers").get("priorFactChecks").get(0);
    String path = "/api/articles/" + b + "/matches/" + m.get("id").asLong() + "/decision";

    assertThat(reporter.post(path, Map.of("decision", "rejected")).status()).as("reporters do not judge matches").isEqualTo(403);
    assertThat(editor.post(path, Map.of("decision", "maybe")).status()).isEqualTo(400);
    assertThat(editor.post(path, Map.of("decision", "<script>alert(1)</script>")).body()).contains("accepted")
        .doesNotContain("<script>");
    assertThat(editor.post(path, "[1, 2]").status()).isEqualTo(400);
    assertThat(editor.post("/api/articles/" + b + "/matches/999999/decision", Map.of("decision", "rejected")).status())
        .isEqualTo(404);
    RunningDesk.Response hostile = editor.post(path, Map.of("decision", "rejected", "reason", "a\u0000b" + "x".repeat(10_000)));
    assertThat(hostile.status()).as(hostile.body()).isEqualTo(200);
    assertThat(hostile.json().at("/decision/reason").asText()).startsWith("abxxx").hasSizeLessThanOrEqualTo(4000);
    RunningDesk.Response rejected = editor.post(path, Map.of("decision", "rejected",
        "reason", "The minister spoke of 2024 figures."));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().at("/decision/decision").asText()).isEqualTo("rejected");
    assertThat(rejected.json().at("/decision/by").asText()).isEqualTo("erin");
    assertThat(rejected.json().at("/decision/at").isNull()).isFalse();
    assertThat(rejected.json().at("/decision/reason").asText()).isEqualTo("The minister spoke of 2024 figures.");
    String audit = editor.get("/api/articles/" + b + "/audit").body();
    assertThat(audit).contains("match.rejected").contains(m.get("url").asText())
        .contains("The minister spoke of 2024 figures.");
    assertThat(editorPages.get("/articles/" + b).body()).contains("data-decision=\"rejected\"")
        .contains("<strong>rejected</strong> by erin,");

    // A new analysis keeps the decision (same sentence, same fact-check); the page form changes it.
    reanalyse(editor, b);
    JsonNode again = claim(analysed(editor, b), "9.1 million containers").get("priorFactChecks").get(0);
    assertThat(again.at("/decision/decision").asText()).isEqualTo("rejected");
    editorPages.get("/articles/" + b);
    RunningDesk.Response accepted = editorPages.post("/articles/" + b + "/matches/" + again.get("id").asLong()
        + "/decision", Map.of("decision", "accepted", "reason", ""));
    assertThat(accepted.status()).isEqualTo(303);
    JsonNode now = claim(analysed(editor, b), "9.1 million containers").get("priorFactChecks").get(0);
    assertThat(now.at("/decision/decision").asText()).isEqualTo("accepted");
    assertThat(editor.get("/api/articles/" + b + "/audit").body()).contains("accepted (was rejected)");
  }

  @Test
  void without_an_archive_the_desk_says_so_and_works_and_without_the_model_it_shows_unjudged_keyword_candidates() {
    try (RunningDesk bare = new RunningDesk(database(), analysis, Map.of())) {
      RunningDesk.ApiClient who = bare.api("erin@news.test", Role.EDITOR);
      long b = article(who, REPEATS, "2025-06-03", "own");
      JsonNode article = analysed(who, b);
      assertThat(article.at("/priorChecks/mode").asText()).isEqualTo("off");
      assertThat(article.at("/priorChecks/note").asText()).contains("No fact-check archive is configured");
      assertThat(claim(article, "9.1 million").get("priorFactChecks")).isEmpty();
      assertThat(bare.browser().signIn("erin@news.test").get("/articles/" + b).body())
          .contains("No fact-check archive is configured");
    }
    try (RunningDesk keywords = new RunningDesk(database(), analysis,
        Map.of("archive.dir", tempDir("keywords"), "archive.keyword-only", "true"))) {
      RunningDesk.ApiClient ed = keywords.api("erin@news.test", Role.EDITOR);
      RunningDesk.ApiClient ch = keywords.api("carl@news.test", Role.CHECKER);
      long a = publishFactCheck(keywords, ed, ch);
      long b = article(ed, REPEATS, LocalDate.now(ZoneOffset.UTC).toString(), "own");
      JsonNode article = analysed(ed, b);
      assertThat(article.at("/priorChecks/mode").asText()).isEqualTo("keyword");
      assertThat(article.at("/priorChecks/note").asText()).contains("Keyword search only").contains("not judged");
      JsonNode m = claim(article, "9.1 million containers").get("priorFactChecks").get(0);
      assertThat(m.get("judged").asBoolean()).isFalse();
      assertThat(claim(article, "tram line").get("priorFactChecks")).as("nothing in common").isEmpty();
      assertThat(m.get("url").asText()).isEqualTo(own(keywords, a));
      assertThat(keywords.browser().signIn("erin@news.test").get("/articles/" + b).body())
          .contains("keyword candidate, not judged");
    }
  }

  /** An external article's claim rated inaccurate and published as a fact-check; its id. */
  long publishFactCheck(RunningDesk on, RunningDesk.ApiClient ed, RunningDesk.ApiClient ch) {
    long id = article(ed, CHECKED, "2025-06-03", "external");
    assertThat(ed.put("/api/articles/" + id, Map.of("claimant", "Jane Doe, harbour commissioner",
        "publisher", "The Quayside Gazette", "sourceUrl", "https://gazette.example.net/freight")).status()).isEqualTo(200);
    ed.post("/api/articles/" + id + "/state", Map.of("state", "in_review"));
    for (JsonNode c : analysed(ed, id).get("claims")) {
      RunningDesk.Response r = ch.post("/api/articles/" + id + "/claims/" + c.get("id").asLong() + "/verdict",
          Map.of("verdict", "inaccurate", "evidence", List.of("https://port.example.org/annual-report-2025")));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
    RunningDesk.Response checked = ch.post("/api/articles/" + id + "/state", Map.of("state", "checked"));
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    RunningDesk.Response published = ed.post("/api/articles/" + id + "/state", Map.of("state", "published"));
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(ed.get("/api/articles/" + id + "/audit").body()).contains("added to the fact-check archive");
    return id;
  }

  /** The public page of a published article: no site.url is set, so the desk's own address. */
  static String own(RunningDesk on, long id) {
    return "http://127.0.0.1:" + on.server.port() + "/fact-checks/" + id;
  }

  long article(RunningDesk.ApiClient who, String text, String asOf, String kind) {
    RunningDesk.Response r = who.post("/api/articles", Map.of("text", text, "format", "markdown", "asOf", asOf,
        "kind", kind, "title", "Prior checks " + (++counter)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static void reanalyse(RunningDesk.ApiClient who, long id) {
    assertThat(who.post("/api/articles/" + id + "/reanalyse", Map.of()).status()).isEqualTo(200);
  }

  static JsonNode claim(JsonNode article, String containing) {
    List<String> seen = new ArrayList<>();
    for (JsonNode c : article.get("claims")) {
      if (c.get("sentence").asText().contains(containing)) {
        return c;
      }
      seen.add(c.get("sentence").asText());
    }
    throw new AssertionError("no claim with \"" + containing + "\" in " + seen);
  }

  static JsonNode analysed(RunningDesk.ApiClient who, long id) {
    return who.analysed(id);
  }

  static String tempDir(String name) {
    try {
      return Files.createTempDirectory("factdesk-" + name).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
