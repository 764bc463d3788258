// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Term;
import org.factdesk.kb.importers.KbFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom's own facts and the links editors add to unlinked sources, over HTTP against a
 * real server with the real engine and bundled knowledge base. Subclasses run it on H2 and on
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NewsroomFactsContract {
  /** Keir Starmer is Prime Minister from 2024-07-05 with no end in the bundled knowledge base. */
  static final String ARTICLE = """
      # Leeds visit

      Prime Minister Keir Starmer visited Leeds on Monday to open a hospital wing.

      The wing cost 40 million pounds, according to a report published by the trust.

      Experts say the wing is already too small.
      """;

  RunningDesk desk;
  RunningDesk.ApiClient reporter;
  RunningDesk.ApiClient checker;
  RunningDesk.ApiClient editor;
  int counter;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    desk = new RunningDesk(database(), DeskEngine.loadDefault(), Map.of());
    reporter = desk.api("rita@news.test", Role.REPORTER);
    checker = desk.api("carl@news.test", Role.CHECKER);
    editor = desk.api("erin@news.test", Role.EDITOR);
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  @Test
  void ending_a_term_makes_the_next_analysis_flag_the_title_and_correcting_it_back_clears_it(@TempDir Path dir)
      throws Exception {
    long id = newArticle(editor, ARTICLE);
    assertThat(codes(analysed(id))).as("before any newsroom fact").doesNotContain("time.role").contains("kb.confirmed");

    Map<String, Object> end = new HashMap<>(Map.of("person", "Keir Starmer",
        "office", "Prime Minister of the United Kingdom", "end", "2026-03-01"));
    assertThat(reporter.post("/api/kb/terms/end", withSource(end, "https://example.org/starmer")).status())
        .as("reporters do not edit the knowledge base").isEqualTo(403);
    assertThat(editor.post("/api/kb/terms/end", end).status()).as("no source").isEqualTo(400);
    for (String bad : List.of("example.org/starmer", "ftp://example.org/x", "javascript:alert(1)", "https://",
        "https://exa mple.org")) {
      RunningDesk.Response r = editor.post("/api/kb/terms/end", withSource(end, bad));
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().get("message").asText()).as(bad).contains("web address");
    }
    assertThat(editor.post("/api/kb/terms/end", withSource(Map.of("person", "Keir Starmer", "end", "2023-01-01"),
        "https://example.org/x")).json().get("message").asText()).as("no term open then").contains("no term");

    RunningDesk.Response ended = editor.post("/api/kb/terms/end",
        withSource(end, "https://www.gov.uk/government/news/starmer-steps-down"));
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    JsonNode fact = ended.json();
    assertThat(fact.get("start").asText()).as("the open term's start, found").isEqualTo("2024-07-05");
    assertThat(fact.get("end").asText()).isEqualTo("2026-03-01");

    assertThat(editor.post("/api/articles/" + id + "/reanalyse", Map.of()).status()).isEqualTo(200);
    JsonNode after = analysed(id);
    assertThat(codes(after)).as("the next analysis uses the fact").contains("time.role");
    assertThat(after.get("findings").toString()).contains("2026-03-01");

    long factId = fact.get("id").asLong();
    assertThat(editor.put("/api/kb/facts/" + factId, Map.of("end", "")).status()).as("a correction needs a source")
        .isEqualTo(400);
    RunningDesk.Response corrected = editor.put("/api/kb/facts/" + factId,
        Map.of("end", "", "sourceUrl", "https://example.org/correction", "note", "He did not step down"));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().get("end").isNull()).isTrue();
    assertThat(editor.post("/api/articles/" + id + "/reanalyse", Map.of()).status()).isEqualTo(200);
    assertThat(codes(analysed(id))).as("corrected back").doesNotContain("time.role").contains("kb.confirmed");

    List<JsonNode> changes = new ArrayList<>();
    editor.get("/api/kb/changes").json().forEach(c -> {
      if (c.get("factId").asLong() == factId) {
        changes.add(c);
      }
    });
    assertThat(changes).as("newest first").hasSize(2);
    JsonNode last = changes.get(0);
    assertThat(last.get("actorName").asText()).isNotBlank().isNotEqualTo("system");
    assertThat(last.get("action").asText()).isEqualTo("corrected");
    assertThat(last.get("before").asText()).contains("to 2026-03-01");
    assertThat(last.get("after").asText()).contains("no end");
    assertThat(last.get("sourceUrl").asText()).isEqualTo("https://example.org/correction");
    assertThat(changes.get(1).get("action").asText()).isEqualTo("ended");
    assertThat(changes.get(1).get("before").isNull()).isTrue();
    assertThat(changes.get(1).get("sourceUrl").asText()).isEqualTo("https://www.gov.uk/government/news/starmer-steps-down");
    assertThat(changes.get(1).get("at").asText()).isNotBlank();
    assertThat(reporter.get("/api/kb/changes").status()).isEqualTo(403);

    // The export is what `factdesk kb import additions` reads: the importer takes it as it is.
    RunningDesk.Response export = editor.get("/api/kb/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("newsroom-facts.yaml");
    Path file = dir.resolve("newsroom-facts.yaml");
    Files.writeString(file, export.body());
    KnowledgeBaseData imported = KbFormat.byName("additions").orElseThrow().read(file, LocalDate.of(2026, 6, 1));
    List<Term> his = imported.terms().stream().filter(x -> x.personId().equals(fact.get("personId").asText())).toList();
    assertThat(his).as("one fact per holding and start: the correction replaced the end").hasSize(1);
    Term t = his.get(0);
    assertThat(t.officeId()).isEqualTo(fact.get("officeId").asText());
    assertThat(t.start()).isEqualTo(LocalDate.of(2024, 7, 5));
    assertThat(t.end()).isEmpty();
    assertThat(t.source().reference()).isEqualTo("https://example.org/correction");
  }

  @Test
  void a_new_person_term_and_an_event_are_added_corrected_and_exported() throws Exception {
    RunningDesk.Response term = editor.post("/api/kb/terms", Map.of("person", "Ada Quillfeather",
        "office", "Prime Minister of the United Kingdom", "start", "2031-02-03", "sourceUrl", "https://example.org/ada"));
    assertThat(term.status()).as(term.body()).isEqualTo(201);
    assertThat(term.json().get("personId").asText()).startsWith("newsroom:");
    assertThat(editor.post("/api/kb/terms", Map.of("person", "Ada Quillfeather", "office", "No Such Office",
        "start", "2031-02-03", "sourceUrl", "https://example.org/ada")).status()).isEqualTo(400);
    RunningDesk.Response backwards = editor.post("/api/kb/terms", Map.of("person", "Ada Quillfeather",
        "office", "Prime Minister of the United Kingdom", "start", "2031-02-03", "end", "2030-01-01",
        "sourceUrl", "https://example.org/ada"));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("message").asText()).contains("ends before it starts");

    RunningDesk.Response event = editor.post("/api/kb/events", Map.of("name", "Leeds hospital summit",
        "when", "2031-03-04", "kind", "summit", "aliases", List.of("Leeds summit"), "sourceUrl", "https://example.org/summit"));
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    long eventId = event.json().get("id").asLong();
    assertThat(editor.post("/api/kb/events", Map.of("name", "X", "when", "soon", "kind", "summit",
        "sourceUrl", "https://example.org/x")).status()).isEqualTo(400);
    RunningDesk.Response moved = editor.put("/api/kb/facts/" + eventId, Map.of("when", "2031-03-05",
        "sourceUrl", "https://example.org/summit-moved"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("when").asText()).isEqualTo("2031-03-05");

    String yaml = editor.get("/api/kb/export").body();
    assertThat(yaml).contains("Ada Quillfeather").contains("Leeds hospital summit").contains("2031-03-05");
    Path file = Files.createTempFile("facts", ".yaml");
    try {
      Files.writeString(file, yaml);
      KnowledgeBaseData imported = KbFormat.byName("additions").orElseThrow().read(file, LocalDate.of(2031, 6, 1));
      assertThat(imported.persons()).extracting(p -> p.name()).contains("Ada Quillfeather");
      assertThat(imported.events()).extracting(e -> e.when().first()).contains(LocalDate.of(2031, 3, 5));
    } finally {
      Files.delete(file);
    }

    RunningDesk.Browser page = desk.browser().signIn("erin@news.test");
    RunningDesk.Response kb = page.get("/desk/kb");
    assertThat(kb.status()).isEqualTo(200);
    assertThat(kb.body()).contains("Ada Quillfeather").contains("Leeds hospital summit").contains("https://example.org/summit-moved");
    assertThat(page.post("/desk/kb/terms", Map.of("person", "Bo Pennyworth", "office", "Prime Minister of the United Kingdom",
        "start", "2032", "sourceUrl", "https://example.org/bo")).status()).isEqualTo(303);
    assertThat(page.get("/desk/kb").body()).contains("Bo Pennyworth");
    assertThat(desk.browser().signIn("rita@news.test").get("/desk/kb").status()).isEqualTo(403);
  }

  @Test
  void the_desk_shows_the_trigger_words_and_a_link_added_to_an_unlinked_source_clears_it_on_reanalysis() {
    long id = newArticle(reporter, ARTICLE);
    JsonNode a = analysed(id);
    JsonNode unlinked = finding(a, "source.unlinked");
    JsonNode vague = finding(a, "attribution.vague");
    assertThat(unlinked).as(a.get("findings").toString()).isNotNull();
    assertThat(vague).as(a.get("findings").toString()).isNotNull();
    assertThat(unlinked.get("quote").asText()).contains("report");
    assertThat(vague.get("quote").asText()).containsIgnoringCase("experts say");

    RunningDesk.Browser page = desk.browser().signIn("rita@news.test");
    String html = page.get("/articles/" + id).body();
    assertThat(html).contains("data-trigger=\"attribution.vague\"").contains("data-trigger=\"source.unlinked\"")
        .contains("Words that triggered it").contains("/findings/" + unlinked.get("id").asLong() + "/link");

    String link = "/api/articles/" + id + "/findings/" + unlinked.get("id").asLong() + "/link";
    assertThat(reporter.post(link, Map.of("url", "a report")).status()).isEqualTo(400);
    assertThat(checker.post(link, Map.of("url", "https://example.org/report.pdf")).status())
        .as("checkers do not edit text").isEqualTo(403);
    assertThat(reporter.post("/api/articles/" + id + "/findings/" + vague.get("id").asLong() + "/link",
        Map.of("url", "https://example.org/x")).status()).as("only unlinked sources take a link").isEqualTo(400);
    RunningDesk.Response linked = reporter.post(link, Map.of("url", "https://example.org/trust/report.pdf"));
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.json().get("revision").asInt()).isEqualTo(a.get("revision").asInt() + 1);
    assertThat(linked.json().get("sourceText").asText()).contains("](https://example.org/trust/report.pdf)")
        .contains("Experts say the wing");
    JsonNode after = analysed(id);
    assertThat(codes(after)).as("the link clears the finding").doesNotContain("source.unlinked").contains("attribution.vague");
    assertThat(reporter.get("/api/articles/" + id + "/audit").body()).contains("finding.link-added");
  }

  static Map<String, Object> withSource(Map<String, Object> m, String url) {
    Map<String, Object> out = new HashMap<>(m);
    out.put("sourceUrl", url);
    return out;
  }

  static List<String> codes(JsonNode article) {
    List<String> out = new ArrayList<>();
    article.get("findings").forEach(f -> {
      if (f.get("status").asText().equals("open")) {
        out.add(f.get("code").asText());
      }
    });
    return out;
  }

  static JsonNode finding(JsonNode article, String code) {
    for (JsonNode f : article.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    return null;
  }

  long newArticle(RunningDesk.ApiClient who, String text) {
    RunningDesk.Response r = who.post("/api/articles", Map.of("text", text, "format", "markdown",
        "asOf", "2026-06-01", "title", "Newsroom facts " + (++counter)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  JsonNode analysed(long id) {
    return editor.analysed(id);
  }
}
