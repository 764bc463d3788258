// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's database: a HikariCP pool, migrated by Flyway on open, used through JDBI. The same
 * migrations serve an embedded H2 file and PostgreSQL.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  /** Recovery is not tried more often than this, however many requests fail at once. */
  private static final long RECOVERY_PAUSE_NANOS = 2_000_000_000L;
  private static final long SHUTDOWN_WAIT_SECONDS = 10;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final String url;
  private final String user;
  private final String password;
  private long lastRecovery = System.nanoTime() - RECOVERY_PAUSE_NANOS;
  /** Shuts a broken embedded engine down off the request threads: closing it on a full disk can block. */
  private final java.util.concurrent.ExecutorService recovery = java.util.concurrent.Executors.newSingleThreadExecutor(
      r -> {
        Thread t = new Thread(r, "factdesk-database-recovery");
        t.setDaemon(true);
        return t;
      });
  private final java.util.concurrent.atomic.AtomicBoolean shuttingDown = new java.util.concurrent.atomic.AtomicBoolean();

  private Database(HikariDataSource pool, String url, String user, String password) {
    this.pool = pool;
    this.url = url;
    this.user = user;
    this.password = password;
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
      var flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
          .javaMigrations(new V1330__EvidenceAsJson());
      schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s).createSchemas(true));
      flyway.load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(scrub("Cannot bring the database up to date: " + rootMessage(e), password));
    }
    return new Database(pool, url, user, password);
  }

  /**
   * Whether the database answers now: a read of a real table ({@code SELECT 1} alone passes in
   * an H2 engine whose transactions are broken). When it does not, the desk recovers (see
   * {@link #recover}), so after a full disk is freed it works again without a restart.
   */
  public boolean healthy() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      s.executeQuery("SELECT 1 FROM users FETCH FIRST 1 ROWS ONLY").close();
      return true;
    } catch (SQLException | RuntimeException e) {
      recover();
      return false;
    }
  }

  /**
   * Retires every pooled connection so the next request opens fresh ones. An embedded H2 file
   * whose engine failed a write (a full disk) can stay open in a broken state, answering some
   * queries and failing every transaction ("Transaction 1 is closed"), so it is also shut down at
   * once; the next connection opens the file again. Commits are written before they are
   * acknowledged ({@code WRITE_DELAY=0}), so nothing acknowledged is lost by that.
   */
  void recover() {
    synchronized (this) {
      long now = System.nanoTime();
      if (now - lastRecovery < RECOVERY_PAUSE_NANOS) {
        return;
      }
      lastRecovery = now;
    }
    pool.getHikariPoolMXBean().softEvictConnections();
    // The shutdown runs on its own thread and is waited for a bounded time: when it finishes, the
    // next request opens the file afresh; when it hangs (it once did on a full disk), no request
    // thread hangs with it, and a shutdown still under way is not started twice.
    if (url.startsWith("jdbc:h2:file:") && shuttingDown.compareAndSet(false, true)) {
      java.util.concurrent.Future<?> shutdown = recovery.submit(() -> {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
          // Closing a broken engine can itself fail; the next connection still starts afresh.
          LOG.debug("Shutting the broken embedded database down failed", e);
        } finally {
          pool.getHikariPoolMXBean().softEvictConnections();
          shuttingDown.set(false);
        }
      });
      try {
        shutdown.get(SHUTDOWN_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        LOG.warn("Shutting the broken embedded database down takes over {} s; requests go on meanwhile",
            SHUTDOWN_WAIT_SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.debug("Shutting the broken embedded database down failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    LOG.warn("The database failed; its connections were retired so the next request starts afresh");
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
    recovery.shutdownNow();
    pool.close();
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
