// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The desk's behaviour over HTTP against a real server, no mocks. Subclasses run it on H2 and on
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeskContract {
  static final String ARTICLE = """
      # Ministers meet in Lisbon

      President Joe Biden spoke to transport ministers in Lisbon on 12 May 2025 about shipping costs.

      Freight rates rose by 14 percent in April 2025, the port authority said.

      The harbour handled 2.3 million containers in 2024, according to its annual report.
      """;

  RunningDesk desk;
  RunningDesk.ApiClient reporter;
  RunningDesk.ApiClient checker;
  RunningDesk.ApiClient editor;
  RunningDesk.ApiClient admin;
  int counter;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    desk = new RunningDesk(database(), DeskEngine.loadDefault(),
        Map.of("login.attempts-per-account", "3"));
    reporter = desk.api("rita@news.test", Role.REPORTER);
    checker = desk.api("carl@news.test", Role.CHECKER);
    editor = desk.api("erin@news.test", Role.EDITOR);
    admin = desk.api("ada@news.test", Role.ADMIN);
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  @Test
  void the_checklist_comes_in_the_engines_order_with_the_lead_first() {
    // Text order would put the mayor's colour before the authority's figures; the checklist does not.
    String text = "# Port costs\n\nThe port reopened on Monday after repairs.\n\n"
        + "The mayor said the new terminal was a wonderful sight for the city.\n\n"
        + "The port authority said fees would rise by 14 percent next year, costing shippers 3.2 billion euros.\n";
    long id = newArticle(reporter, text);
    JsonNode claims = analysed(id).get("claims");
    assertThat(claims.size()).as("claims found").isGreaterThanOrEqualTo(2);
    List<Integer> ranks = new ArrayList<>();
    claims.forEach(c -> ranks.add(c.get("claimRank").asInt()));
    assertThat(ranks).as("ranks in the order the desk lists them").isSorted().doesNotContain(0);
    assertThat(ranks.get(0)).isEqualTo(1);
    assertThat(claims.get(0).get("sentence").asText()).as("the lead paragraph first").contains("reopened on Monday");
    assertThat(claims.get(1).get("sentence").asText()).as("figures above colour").contains("14 percent");
  }

  @Test
  void a_verdicts_evidence_comes_back_item_for_item_even_an_item_with_a_line_break() {
    // Stored one item a line, the note below came back as two items; stored as JSON it stays one.
    long id = newArticle(reporter, ARTICLE);
    JsonNode claim = analysed(id).get("claims").get(0);
    List<String> evidence = List.of("https://example.org/report", "Port authority, by phone:\n\"14 percent\"");
    RunningDesk.Response r = checker.post("/api/articles/" + id + "/claims/" + claim.get("id").asLong() + "/verdict",
        Map.of("verdict", "accurate", "evidence", evidence, "note", "checked"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> back = new ArrayList<>();
    analysed(id).get("claims").get(0).get("evidence").forEach(e -> back.add(e.asText()));
    assertThat(back).isEqualTo(evidence);
  }

  @Test
  void marking_checked_is_refused_with_the_reasons_until_every_claim_has_a_verdict_and_no_error_is_open() {
    long id = newArticle(reporter, ARTICLE);
    JsonNode a = analysed(id);
    assertThat(a.get("claims").size()).as("claims found").isPositive();
    assertThat(errors(a)).as("error findings (the stale title)").isNotEmpty();
    assertThat(state(reporter, id, "in_review").status()).isEqualTo(200);

    RunningDesk.Response early = state(checker, id, "checked");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("message").asText()).contains("cannot be marked checked");
    assertThat(early.json().get("reasons").toString()).contains("waiting for a verdict").contains("error finding");

    rateEveryClaim(id, "accurate");
    RunningDesk.Response stillError = state(checker, id, "checked");
    assertThat(stillError.status()).isEqualTo(409);
    assertThat(stillError.json().get("reasons").toString()).doesNotContain("verdict").contains("error finding");

    for (JsonNode f : errors(analysed(id))) {
      assertThat(checker.post("/api/articles/" + id + "/findings/" + f.get("id").asLong() + "/status",
          Map.of("status", "dismissed")).status()).as("dismissing needs a reason").isEqualTo(400);
      RunningDesk.Response fixed = checker.post("/api/articles/" + id + "/findings/" + f.get("id").asLong() + "/status",
          Map.of("status", "fixed"));
      assertThat(fixed.status()).as("fixed without changing a word").isEqualTo(409);
      assertThat(fixed.json().get("reasons").toString()).contains("still raises");
      fixFinding(id, f);
    }
    assertThat(state(editor, id, "published").status()).as("publishing skips checked").isEqualTo(409);
    assertThat(state(checker, id, "checked").status()).isEqualTo(200);
    RunningDesk.Response published = state(editor, id, "published");
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.json().at("/label/factChecked").asBoolean()).isTrue();
  }

  @Test
  void a_published_article_changes_only_through_corrections_which_are_kept_in_order() {
    long id = publish(newArticle(reporter, ARTICLE));
    assertThat(editor.put("/api/articles/" + id, Map.of("text", ARTICLE + "\nMore.\n")).status()).isEqualTo(409);
    assertThat(state(editor, id, "in_review").status()).isEqualTo(409);
    assertThat(editor.post("/api/articles/" + id + "/corrections",
        Map.of("whatWasWrong", "", "whatChanged", "x")).status()).isEqualTo(400);
    assertThat(checker.post("/api/articles/" + id + "/corrections",
        Map.of("whatWasWrong", "a", "whatChanged", "b")).status()).as("checkers do not correct").isEqualTo(403);
    assertThat(editor.post("/api/articles/" + id + "/corrections",
        Map.of("whatWasWrong", "The rise was 14 percent in April, not March.", "whatChanged", "Nothing in the text.")).status())
        .isEqualTo(201);
    String corrected = ARTICLE.replace("2.3 million", "2.4 million");
    RunningDesk.Response second = editor.post("/api/articles/" + id + "/corrections",
        Map.of("whatWasWrong", "The harbour handled 2.4 million containers.", "whatChanged", "Figure corrected.",
            "text", corrected));
    assertThat(second.status()).isEqualTo(201);
    JsonNode a = analysed(id);
    assertThat(a.get("state").asText()).isEqualTo("published");
    assertThat(a.get("sourceText").asText()).contains("2.4 million");
    assertThat(a.get("corrections").findValuesAsText("seq")).containsExactly("1", "2");
    assertThat(a.get("corrections").get(1).get("whatWasWrong").asText()).contains("2.4 million");
  }

  @Test
  void editing_keeps_verdicts_on_unchanged_sentences_and_drops_them_on_changed_ones() {
    long id = newArticle(reporter, ARTICLE);
    rateEveryClaim(id, "accurate");
    List<String> rated = new ArrayList<>(analysed(id).get("claims").findValuesAsText("sentence"));
    assertThat(rated).anyMatch(s -> s.contains("containers"));
    String edited = ARTICLE.replace("2.3 million containers in 2024", "2.9 million containers in 2023");
    assertThat(reporter.put("/api/articles/" + id, Map.of("text", edited)).status()).isEqualTo(200);
    JsonNode after = analysed(id);
    for (JsonNode c : after.get("claims")) {
      String sentence = c.get("sentence").asText();
      if (rated.contains(sentence)) {
        assertThat(c.get("verdict").asText()).as("kept on unchanged: " + sentence).isEqualTo("accurate");
      }
      if (sentence.contains("containers") && !rated.contains(sentence)) {
        assertThat(c.get("verdict").isNull()).as("dropped on changed: " + sentence).isTrue();
        assertThat(c.get("carryNote").asText()).contains("changed").contains("containers in 2024");
      }
    }
    assertThat(reporter.get("/api/articles/" + id + "/audit").body()).contains("verdict.dropped");
  }

  @Test
  void reopening_an_error_or_editing_the_text_sends_a_checked_article_back_to_review() {
    long id = newArticle(reporter, ARTICLE);
    state(reporter, id, "in_review");
    rateEveryClaim(id, "accurate");
    List<JsonNode> errs = errors(analysed(id));
    errs.forEach(f -> fixFinding(id, f));
    assertThat(state(checker, id, "checked").status()).isEqualTo(200);
    long first = errs.get(0).get("id").asLong();
    checker.post("/api/articles/" + id + "/findings/" + first + "/status", Map.of("status", "open"));
    JsonNode reopened = analysed(id);
    assertThat(reopened.get("state").asText()).isEqualTo("in_review");
    assertThat(reopened.at("/label/factChecked").asBoolean()).isFalse();

    fixFinding(id, errs.get(0));
    assertThat(state(checker, id, "checked").status()).isEqualTo(200);
    assertThat(reporter.put("/api/articles/" + id, Map.of("text", ARTICLE + "\nA new paragraph.\n")).status()).isEqualTo(200);
    assertThat(analysed(id).get("state").asText()).isEqualTo("in_review");
  }

  @Test
  void the_audit_log_records_verdicts_state_changes_corrections_and_role_changes() {
    long id = publish(newArticle(reporter, ARTICLE));
    editor.post("/api/articles/" + id + "/corrections", Map.of("whatWasWrong", "w", "whatChanged", "c"));
    JsonNode log = reporter.get("/api/articles/" + id + "/audit").json();
    assertThat(log.findValuesAsText("action")).contains("article.created", "verdict.recorded",
        "state.changed", "correction.added");
    long person = admin.post("/api/users", Map.of("email", "new" + (++counter) + "@news.test", "role", "reporter",
        "password", "long enough password")).json().get("id").asLong();
    assertThat(admin.post("/api/users/" + person + "/role", Map.of("role", "checker")).status()).isEqualTo(200);
    JsonNode personLog = reporter.get("/api/people/" + person + "/audit").json();
    assertThat(personLog.toString()).contains("role.changed").contains("reporter → checker");
    long checkerId = checker.get("/api/me").json().get("id").asLong();
    assertThat(reporter.get("/api/people/" + checkerId + "/audit").json().findValuesAsText("action"))
        .contains("verdict.recorded");
  }

  @Test
  void sessions_are_http_only_lax_cookies_renewed_at_sign_in_and_ended_at_sign_out() {
    RunningDesk.Browser b = desk.browser();
    b.get("/login");
    RunningDesk.Response r = b.post("/login", Map.of("email", "rita@news.test", "password", RunningDesk.PASSWORD));
    assertThat(r.status()).isEqualTo(303);
    String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fd_session=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(b.get("/desk").status()).isEqualTo(200);
    String again = b.post("/login", Map.of("email", "rita@news.test", "password", RunningDesk.PASSWORD))
        .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fd_session=")).findFirst().orElseThrow();
    assertThat(again).isNotEqualTo(cookie);
    b.get("/desk");
    assertThat(b.post("/logout", Map.of()).status()).isEqualTo(303);
    assertThat(b.get("/desk").status()).as("signed out").isEqualTo(303);
  }

  @Test
  void a_form_without_the_right_csrf_token_is_refused() {
    RunningDesk.Browser b = desk.browser().signIn("erin@news.test");
    RunningDesk.Response r = b.post("/articles", Map.of("_csrf", "forged", "text", ARTICLE));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("form has expired");
  }

  @Test
  void sign_in_is_rate_limited_per_account() {
    RunningDesk.Browser b = desk.browser();
    b.get("/login");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(b.post("/login", Map.of("email", "ada@news.test", "password", "wrong password")).status());
    }
    assertThat(statuses).startsWith(401, 401, 401).endsWith(429);
  }

  @Test
  void the_api_takes_only_live_bearer_tokens_and_explains_refusals_in_json() {
    assertThat(new RunningDesk.ApiClient(desk.base, null).get("/api/articles").status()).isEqualTo(401);
    JsonNode issued = reporter.post("/api/tokens", Map.of("label", "script")).json();
    RunningDesk.ApiClient script = new RunningDesk.ApiClient(desk.base, issued.get("secret").asText());
    assertThat(script.get("/api/me").json().get("email").asText()).isEqualTo("rita@news.test");
    reporter.post("/api/tokens/" + issued.at("/token/id").asLong() + "/revoke", Map.of());
    RunningDesk.Response revoked = script.get("/api/me");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.json().get("message").asText()).contains("Bearer");
    RunningDesk.Response unknownKey = reporter.post("/api/articles", Map.of("txt", "typo"));
    assertThat(unknownKey.status()).isEqualTo(400);
    assertThat(reporter.post("/api/articles", "{not json").status()).isEqualTo(400);
    assertThat(reporter.get("/api/articles/99999999").status()).isEqualTo(404);
  }

  @Test
  void hostile_and_random_input_is_refused_in_words_and_never_breaks_the_desk() {
    List<String> nasty = List.of("", " ", "\u0000\u0001", "<script>alert(1)</script>", "'; DROP TABLE articles; --",
        "x".repeat(5000), "\uD83D\uDE00 emoji only", "# \n\n#\n", "https://", "ftp://example.org/x");
    for (String s : nasty) {
      for (String field : List.of("text", "url", "format", "kind", "asOf")) {
        Map<String, String> body = new HashMap<>();
        body.put(field, s);
        RunningDesk.Response r = editor.post("/api/articles", body);
        assertThat(r.status()).as(field + "=" + s.substring(0, Math.min(20, s.length()))).isLessThan(500);
      }
    }
    RunningDesk.Response created = editor.post("/api/articles", Map.of("title", "<script>alert(1)</script> & \"x\"",
        "text", "# <b>Bold</b> & \"quoted\"\n\nThe <script>alert(1)</script> council met 3 times in 2024.\n"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    RunningDesk.Browser b = desk.browser().signIn("erin@news.test");
    String page = b.get("/articles/" + id).body();
    assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    assertThat(editor.get("/api/articles").status()).isEqualTo(200);
  }

  long newArticle(RunningDesk.ApiClient who, String text) {
    RunningDesk.Response r = who.post("/api/articles", Map.of("text", text, "format", "markdown",
        "asOf", "2025-05-13", "title", "Test article " + (++counter)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  JsonNode analysed(long id) {
    return reporter.analysed(id);
  }

  static List<JsonNode> errors(JsonNode article) {
    List<JsonNode> out = new ArrayList<>();
    article.get("findings").forEach(f -> {
      if (f.get("severity").asText().equals("error") && f.get("status").asText().equals("open")) {
        out.add(f);
      }
    });
    return out;
  }

  RunningDesk.Response state(RunningDesk.ApiClient who, long id, String target) {
    return who.post("/api/articles/" + id + "/state", Map.of("state", target));
  }

  void rateEveryClaim(long id, String verdict) {
    for (JsonNode c : analysed(id).get("claims")) {
      RunningDesk.Response r = checker.post("/api/articles/" + id + "/claims/" + c.get("id").asLong() + "/verdict",
          Map.of("verdict", verdict, "evidence", List.of("https://example.org/source"), "note", "checked by phone"));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
  }

  /** Resolves an error finding the only way that leaves the text as it is: dismissed, with a reason. */
  void fixFinding(long id, JsonNode f) {
    assertThat(checker.post("/api/articles/" + id + "/findings/" + f.get("id").asLong() + "/status",
        Map.of("status", "dismissed", "reason", "Quoted from a 2024 statement; see the note.")).status()).isEqualTo(200);
  }

  long publish(long id) {
    state(reporter, id, "in_review");
    rateEveryClaim(id, "accurate");
    errors(analysed(id)).forEach(f -> fixFinding(id, f));
    assertThat(state(checker, id, "checked").status()).isEqualTo(200);
    assertThat(state(editor, id, "published").status()).isEqualTo(200);
    return id;
  }
}
