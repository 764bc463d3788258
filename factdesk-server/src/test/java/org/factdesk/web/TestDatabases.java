// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database per test class: an in-memory H2 database, or a new schema in the local
 * PostgreSQL database {@code factdesk_test}, so parallel and repeated runs never collide.
 */
enum TestDatabases {
  H2, POSTGRES;

  static final String PG_URL = System.getenv().getOrDefault("FACTDESK_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/factdesk_test");

  /** Desk settings pointing at a new, empty database of this kind. */
  Map<String, String> freshSettings() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    Map<String, String> s = new HashMap<>();
    s.put("port", "0");
    try {
      s.put("data", java.nio.file.Files.createTempDirectory("factdesk-" + name).toString()); // logs go here
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (this == H2) {
      s.put("database.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    } else {
      requirePostgres();
      s.put("database.url", PG_URL);
      s.put("database.user", "postgres");
      s.put("database.schema", name);
    }
    return s;
  }

  private static void requirePostgres() {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
      c.isValid(2);
    } catch (SQLException e) {
      if ("1".equals(System.getenv("FACTDESK_SKIP_PG"))) {
        Assumptions.abort("PostgreSQL is not reachable and FACTDESK_SKIP_PG=1: skipping");
      }
      fail("The server tests also run on PostgreSQL, which is not reachable at " + PG_URL
          + " (" + e.getMessage() + "). Start it (trust auth, user postgres) and create the database: "
          + "psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE factdesk_test'. "
          + "Or set FACTDESK_SKIP_PG=1 to skip these tests.");
    }
  }
}
