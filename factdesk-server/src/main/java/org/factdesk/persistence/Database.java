// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The desk's database: a HikariCP pool, migrated by Flyway on open, used through JDBI. The same
 * migrations serve an embedded H2 file and PostgreSQL.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    // PostgreSQL refuses NUL characters in text and H2 keeps them; strip them so both agree.
    jdbi.registerArgument(new AbstractArgumentFactory<String>(Types.VARCHAR) {
      @Override
      protected Argument build(String value, ConfigRegistry config) {
        String clean = value.indexOf('\u0000') >= 0 ? value.replace("\u0000", "") : value;
        return (position, statement, context) -> statement.setString(position, clean);
      }
    });
  }

  /**
   * Opens the pool and brings the schema up to date. With a {@code schema}, everything lives in
   * that schema (created when missing); tests use this to keep runs apart on one PostgreSQL.
   */
  public static Database open(String url, String user, String password, Optional<String> schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setPoolName("factdesk");
    schema.ifPresent(config::setSchema);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      // No cause attached: driver messages can repeat the URL, and the URL can hold the password.
      throw new IllegalStateException(scrub("Cannot open the database at " + url + ": " + rootMessage(e), password));
    }
    try {
      var flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
      schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s).createSchemas(true));
      flyway.load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(scrub("Cannot bring the database up to date: " + rootMessage(e), password));
    }
    return new Database(pool);
  }

  /**
   * Whether the database answers now. When it does not, every pooled connection is retired, so
   * the next request opens fresh ones: after a full disk is freed, the desk recovers by itself.
   */
  public boolean healthy() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      s.execute("SELECT 1");
      return true;
    } catch (SQLException | RuntimeException e) {
      pool.getHikariPoolMXBean().softEvictConnections();
      return false;
    }
  }

  /** Removes passwords from a message meant for people: {@code password=…} and the password itself. */
  static String scrub(String message, String password) {
    String clean = message == null ? "" : message.replaceAll("(?i)(password=)[^&;\\s]*", "$1…");
    return password == null || password.isEmpty() ? clean : clean.replace(password, "…");
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
