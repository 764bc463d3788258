// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Test;

/** Newsroom facts and source links on PostgreSQL (a fresh schema in factdesk_test). */
final class NewsroomFactsOnPostgresTest extends NewsroomFactsContract {
  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRES;
  }

  @Test
  void a_fact_saved_through_one_desk_process_counts_in_the_next_analysis_of_another() {
    Map<String, String> settings = new HashMap<>(TestDatabases.POSTGRES.freshSettings());
    DeskEngine analysis = DeskEngine.loadDefault();
    try (DeskServer one = DeskServer.start(DeskConfig.fromSettings(settings), analysis);
         DeskServer two = DeskServer.start(DeskConfig.fromSettings(settings), analysis)) {
      User editor = one.accounts().add(Optional.empty(), "erin@news.test", null, Role.EDITOR, RunningDesk.PASSWORD);
      String token = one.accounts().issueToken(editor, "test").secret();
      RunningDesk.ApiClient viaOne = new RunningDesk.ApiClient("http://localhost:" + one.port(), token);
      RunningDesk.ApiClient viaTwo = new RunningDesk.ApiClient("http://localhost:" + two.port(), token);
      RunningDesk.Response created = viaTwo.post("/api/articles", Map.of("text", ARTICLE, "format", "markdown",
          "asOf", "2026-06-01", "title", "Two desks"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      long id = created.json().get("id").asLong();
      assertThat(codes(viaTwo.get("/api/articles/" + id).json())).doesNotContain("time.role");

      assertThat(viaOne.post("/api/kb/terms/end", Map.of("person", "Keir Starmer", "end", "2026-03-01",
          "sourceUrl", "https://example.org/starmer")).status()).isEqualTo(200);
      RunningDesk.Response again = viaTwo.post("/api/articles/" + id + "/reanalyse", Map.of());
      assertThat(again.status()).isEqualTo(200);
      // A short article is analysed before the request returns unless a desk's background worker
      // claimed the queued job first (both processes poll the same queue), so wait for it either way.
      JsonNode analysed = viaTwo.analysed(id);
      assertThat(codes(analysed)).as("the other process lays the new fact on its own engine").contains("time.role");
    }
  }
}
