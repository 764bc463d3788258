// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/** Migration 1330 on PostgreSQL (a fresh schema in factdesk_test, as the desk's contract tests use). */
final class EvidenceAsJsonOnPostgresTest extends EvidenceAsJsonContract {
  private static final String URL = System.getenv().getOrDefault("FACTDESK_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/factdesk_test");
  private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  @BeforeEach
  void requirePostgres() {
    try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
      c.isValid(2);
    } catch (SQLException e) {
      if ("1".equals(System.getenv("FACTDESK_SKIP_PG"))) {
        Assumptions.abort("PostgreSQL is not reachable and FACTDESK_SKIP_PG=1: skipping");
      }
      fail("PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + "); see TestDatabases in the web tests,"
          + " or set FACTDESK_SKIP_PG=1 to skip these tests.");
    }
  }

  @Override
  String url() {
    return URL;
  }

  @Override
  String user() {
    return "postgres";
  }

  @Override
  Optional<String> schema() {
    return Optional.of(schema);
  }
}
