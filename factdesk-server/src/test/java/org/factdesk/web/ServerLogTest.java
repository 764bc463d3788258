// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Test;

/**
 * What the server leaves behind for an operator: a request line per request and each error with
 * its stack trace in {@code <data>/logs/factdesk.log}, and no password in any message, even when
 * it cannot start.
 */
final class ServerLogTest {
  @Test
  void requests_and_errors_with_their_stack_traces_reach_the_log_file_under_the_data_folder() throws Exception {
    Map<String, String> settings = TestDatabases.H2.freshSettings();
    String url = settings.get("database.url");
    Path log = Path.of(settings.get("data")).resolve("logs/factdesk.log");
    try (RunningDesk desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(), settings)) {
      RunningDesk.ApiClient editor = desk.api("erin@news.test", Role.EDITOR);
      assertThat(editor.get("/api/me").status()).isEqualTo(200);
      // Pull the database away underneath the desk: the next request fails on the desk's side.
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      RunningDesk.Response failed = editor.get("/api/articles");
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain("jdbc:").doesNotContain("Exception");
    }
    String text = Files.readString(log);
    assertThat(text).containsPattern("INFO .* 127\\.0\\.0\\.1 GET /api/me 200 \\d+ms")
        .contains("ERROR").contains("Unexpected failure on GET /api/articles")
        .containsPattern("\\n\\s+at org\\.factdesk\\.");
  }

  @Test
  void a_desk_that_cannot_reach_its_database_says_so_without_the_password() throws Exception {
    Map<String, String> settings = new HashMap<>(Map.of("port", "0",
        "data", Files.createTempDirectory("factdesk-nodb").toString(),
        "database.url", "jdbc:postgresql://127.0.0.1:1/factdesk?password=hunter2-in-url",
        "database.user", "desk", "database.password", "hunter2-secret"));
    assertThatThrownBy(() -> DeskServer.start(DeskConfig.fromSettings(settings), DeskEngine.loadDefault()))
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2");
          }
        })
        .hasMessageContaining("Cannot open the database");
    Path log = Path.of(settings.get("data")).resolve("logs/factdesk.log");
    if (Files.exists(log)) {
      assertThat(Files.readString(log)).doesNotContain("hunter2");
    }
  }
}
