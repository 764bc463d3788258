// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Evidence is stored one way (version 1330, named so for Flyway): a claim's evidence was one item a line and a
 * finding's a JSON list; now both are JSON lists (an item may hold a line break). In Java rather
 * than SQL because splitting lines and escaping JSON is not portable between H2 and PostgreSQL.
 * Findings whose JSON was clipped at the column's length (older versions did that) keep their
 * text as one fact.
 */
final class V1330__EvidenceAsJson extends BaseJavaMigration {
  private static final int MAX = 20000;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    rewrite(c, "claims", this::claimItems);
    rewrite(c, "findings", this::findingFacts);
  }

  private interface Conversion {
    String apply(String stored) throws JsonProcessingException;
  }

  private static void rewrite(Connection c, String table, Conversion conversion) throws SQLException {
    try (Statement read = c.createStatement();
        ResultSet rows = read.executeQuery("SELECT id, evidence FROM " + table + " WHERE evidence IS NOT NULL");
        PreparedStatement write = c.prepareStatement("UPDATE " + table + " SET evidence = ? WHERE id = ?")) {
      int pending = 0;
      while (rows.next()) {
        String stored = rows.getString(2);
        String converted;
        try {
          converted = conversion.apply(stored);
        } catch (JsonProcessingException e) {
          throw new SQLException("cannot convert the evidence of " + table + " row " + rows.getLong(1), e);
        }
        if (!converted.equals(stored)) {
          write.setString(1, converted);
          write.setLong(2, rows.getLong(1));
          write.addBatch();
          pending++;
        }
        if (pending == 500) {
          write.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }

  /** One item a line (blank lines dropped, each stripped) into a JSON list of strings. */
  String claimItems(String stored) throws JsonProcessingException {
    List<String> items = Arrays.stream(stored.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return fitted(items);
  }

  /** Already a JSON list stays as it is; anything else (clipped JSON) becomes one fact. */
  String findingFacts(String stored) throws JsonProcessingException {
    if (stored.isBlank()) {
      return "[]";
    }
    try {
      JsonNode node = json.readTree(stored);
      if (node != null && node.isArray()) {
        return stored;
      }
    } catch (JsonProcessingException e) {
      // clipped by an older version: kept below as one fact
    }
    String fact = stored.length() > MAX / 2 ? stored.substring(0, MAX / 2 - 1) + "…" : stored;
    return fitted(List.of(Map.of("fact", fact, "source", "")));
  }

  private String fitted(List<?> items) throws JsonProcessingException {
    List<?> kept = items;
    String text = json.writeValueAsString(kept);
    while (text.length() > MAX && kept.size() > 1) {
      kept = kept.subList(0, kept.size() - 1);
      text = json.writeValueAsString(kept);
    }
    return text.length() > MAX ? json.writeValueAsString(List.of(String.valueOf(kept.get(0)).substring(0, MAX / 8)))
        : text;
  }
}
