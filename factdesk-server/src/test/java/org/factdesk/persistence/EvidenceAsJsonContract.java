// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration 1330 on a database that holds evidence the old way: a claim's items one a line, a
 * finding's as JSON (one clipped at the column's length). Afterwards both are JSON lists.
 * Subclasses run it on H2 and on PostgreSQL.
 */
abstract class EvidenceAsJsonContract {
  private final ObjectMapper json = new ObjectMapper();

  abstract String url();

  abstract String user();

  abstract Optional<String> schema();

  @Test
  void claim_lines_become_a_json_list_and_finding_json_stays() throws Exception {
    var old = Flyway.configure().dataSource(url(), user(), "")
        .locations("classpath:db/migration").target("1320");
    schema().ifPresent(s -> old.schemas(s).defaultSchema(s).createSchemas(true));
    old.load().migrate();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO users (id, email, display_name, role, password_hash, created_at)"
          + " VALUES (1, 'a@news.test', 'A', 'EDITOR', 'x', CURRENT_TIMESTAMP)");
      s.executeUpdate("INSERT INTO articles (id, title, kind, state, source_format, source_text, revision,"
          + " analysis_status, created_by, created_at, updated_at)"
          + " VALUES (1, 'T', 'OWN', 'DRAFT', 'TEXT', 'x', 1, 'DONE', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      claim(c, 1, "https://example.test/report\n\n  The council's minutes say \"12 %\"  \n");
      claim(c, 2, null);
      finding(c, 1, "[{\"fact\":\"Joe Biden was President\",\"source\":\"Q6279\"}]");
      finding(c, 2, "[{\"fact\":\"clipped at the col…");
    }

    Database.open(url(), user(), "", schema()).close();

    try (Connection c = connect()) {
      assertThat(list(c, "claims", 1)).isEqualTo(List.of("https://example.test/report", "The council's minutes say \"12 %\""));
      assertThat(stored(c, "claims", 2)).isNull();
      assertThat(list(c, "findings", 1)).isEqualTo(List.of(Map.of("fact", "Joe Biden was President", "source", "Q6279")));
      assertThat(list(c, "findings", 2)).isEqualTo(List.of(Map.of("fact", "[{\"fact\":\"clipped at the col…", "source", "")));
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url(), user(), "");
    if (schema().isPresent()) {
      c.setSchema(schema().get());
    }
    return c;
  }

  private static void claim(Connection c, long id, String evidence) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO claims (id, article_id, claim_type, score, span_start,"
        + " span_end, sentence, verdict, evidence) VALUES (?, 1, 'other', 1.0, 0, 1, 'x', 'ACCURATE', ?)")) {
      p.setLong(1, id);
      p.setString(2, evidence);
      p.executeUpdate();
    }
  }

  private static void finding(Connection c, long id, String evidence) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO findings (id, article_id, code, severity, span_start,"
        + " span_end, quote, message, evidence, status) VALUES (?, 1, 'time.role', 'ERROR', 0, 1, 'x', 'm', ?, 'OPEN')")) {
      p.setLong(1, id);
      p.setString(2, evidence);
      p.executeUpdate();
    }
  }

  private static String stored(Connection c, String table, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT evidence FROM " + table + " WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private List<?> list(Connection c, String table, long id) throws Exception {
    return json.readValue(stored(c, table, id), List.class);
  }
}
