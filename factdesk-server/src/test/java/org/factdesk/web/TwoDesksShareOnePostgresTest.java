// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.AnalysisStatus;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Test;

/**
 * Two desk processes on one PostgreSQL share the analysis queue: every queued analysis is done,
 * and each exactly once (one claim per article), whichever desk took it.
 */
final class TwoDesksShareOnePostgresTest {
  @Test
  void two_desks_on_one_database_do_each_queued_analysis_once() throws Exception {
    Map<String, String> settings = new HashMap<>(TestDatabases.POSTGRES.freshSettings());
    settings.put("analysis.background-threshold", "0");
    DeskEngine analysis = DeskEngine.loadDefault();
    List<Long> ids = new ArrayList<>();
    try (DeskServer one = DeskServer.start(DeskConfig.fromSettings(settings), analysis);
         DeskServer two = DeskServer.start(DeskConfig.fromSettings(settings), analysis)) {
      User reporter = one.accounts().add(Optional.empty(), "rita@news.test", null, Role.REPORTER, RunningDesk.PASSWORD);
      for (int i = 0; i < 16; i++) {
        DeskServer via = i % 2 == 0 ? one : two;
        ids.add(via.desk().create(reporter, new ArticleInput("Shared queue " + i, ArticleKind.OWN,
            Optional.of("# Shared queue " + i + "\n\nThe council spent " + (i + 2) + " million euros in 2024, the mayor said.\n"),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("markdown"), Optional.empty())).id());
      }
      long deadline = System.nanoTime() + 180_000_000_000L;
      while (System.nanoTime() < deadline && one.desk().list(reporter).stream()
          .anyMatch(a -> a.analysisStatus() != AnalysisStatus.DONE)) {
        Thread.sleep(200);
      }
      assertThat(one.desk().list(reporter)).allMatch(a -> a.analysisStatus() == AnalysisStatus.DONE);
    }
    Set<String> owners = new HashSet<>();
    try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, "postgres", "")) {
      c.setSchema(settings.get("database.schema"));
      try (ResultSet rs = c.createStatement().executeQuery("SELECT id, analysis_attempts, analysis_owner FROM articles")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          assertThat(rs.getInt("analysis_attempts")).as("claims of article " + rs.getLong("id")).isEqualTo(1);
          owners.add(rs.getString("analysis_owner"));
        }
        assertThat(rows).isEqualTo(ids.size());
      }
    }
    System.out.println("QUEUE two desks, " + ids.size() + " analyses, done by " + owners.size() + " desk(s)");
  }
}
