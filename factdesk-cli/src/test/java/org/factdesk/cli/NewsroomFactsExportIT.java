// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.analysis.AnalysisContext;
import org.factdesk.analysis.Report;
import org.factdesk.article.ArticleFormat;
import org.factdesk.article.ArticleReaders;
import org.factdesk.desk.DeskEngine;
import org.factdesk.engine.Engine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip a newsroom makes: a fact ended on the desk, exported from the desk's HTTP
 * server, imported with the command line's own {@code kb import additions}, and then known to
 * {@code kb who} and to the engine {@code check} builds from the user's knowledge base.
 */
final class NewsroomFactsExportIT {
  @TempDir
  Path dir;

  @Test
  void a_fact_exported_from_the_desk_is_what_kb_import_reads() throws Exception {
    Path noUserKb = dir.resolve("none.json.gz");
    Map<String, String> settings = new HashMap<>(Map.of("port", "0", "data", dir.resolve("desk").toString(),
        "database.url", "jdbc:h2:mem:roundtrip" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
    String yaml;
    try (DeskServer server = DeskServer.start(DeskConfig.fromSettings(settings),
        new DeskEngine(Engine.loadWithUserKnowledge(noUserKb)))) {
      User editor = server.accounts().add(Optional.empty(), "erin@news.test", "Erin", Role.EDITOR,
          "correct horse battery");
      String token = server.accounts().issueToken(editor, "test").secret();
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://localhost:" + server.port();
      HttpResponse<String> ended = http.send(HttpRequest.newBuilder(URI.create(base + "/api/kb/terms/end"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"person": "Keir Starmer", "office": "Prime Minister of the United Kingdom", "end": "2026-03-01",
               "sourceUrl": "https://example.org/starmer-steps-down"}""")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
      HttpResponse<String> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/kb/export"))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(export.statusCode()).isEqualTo(200);
      yaml = export.body();
    }
    Path file = dir.resolve("newsroom-facts.yaml");
    Files.writeString(file, yaml);
    Path userKb = dir.resolve("kb.json.gz");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"kb", "import", "additions", file.toString(), "--into", userKb.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 terms");

    StringWriter who = new StringWriter();
    assertThat(Main.run(new String[] {"kb", "who", "Keir Starmer", "--user-kb", userKb.toString()},
        new PrintWriter(who, true), new PrintWriter(new StringWriter(), true))).isZero();
    assertThat(who.toString()).contains("Prime Minister of the United Kingdom (GB): from 2024-07-05 to 2026-03-01")
        .contains("https://example.org/starmer-steps-down");

    // What `check` builds when FACTDESK_KB points at the imported file.
    Engine withImport = Engine.loadWithUserKnowledge(userKb);
    String article = "# Leeds\n\nPrime Minister Keir Starmer visited Leeds on Monday.\n";
    Report report = withImport.analyze(new ArticleReaders().read(article.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "a.md", Optional.of(ArticleFormat.MARKDOWN)), new AnalysisContext(Optional.of(LocalDate.of(2026, 6, 1))));
    assertThat(report.findings()).extracting(f -> f.code()).contains("time.role");
  }
}
