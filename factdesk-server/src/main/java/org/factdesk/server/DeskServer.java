// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.accounts.Accounts;
import org.factdesk.audit.AuditLog;
import org.factdesk.comments.Comments;
import org.factdesk.desk.PublishedArticles;
import org.factdesk.desk.ArticleAnalysis;
import org.factdesk.desk.Desk;
import org.factdesk.persistence.Database;
import org.factdesk.web.WebApp;

/**
 * The composition root: builds the whole desk from a {@link DeskConfig} through constructors,
 * in one place. The CLI and the tests start the desk through here, so tests run what production
 * runs.
 */
public final class DeskServer implements AutoCloseable {
  private final Database database;
  private final ExecutorService background;
  private final Accounts accounts;
  private final Desk desk;
  private final Comments comments;
  private final Javalin app;

  private DeskServer(Database database, ExecutorService background, Accounts accounts, Desk desk,
      Comments comments, Javalin app) {
    this.database = database;
    this.background = background;
    this.accounts = accounts;
    this.desk = desk;
    this.comments = comments;
    this.app = app;
  }

  /**
   * Opens the database (migrating it), builds everything, loads the demo newsroom when asked
   * and the desk is empty, and starts listening.
   */
  public static DeskServer start(DeskConfig config, ArticleAnalysis analysis) {
    Database database = Database.open(config.jdbcUrl(), config.databaseUser(),
        config.databasePassword(), config.databaseSchema());
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    AuditLog audit = new AuditLog(database.jdbi(), clock);
    Accounts accounts = new Accounts(database.jdbi(), audit, clock, random,
        config.loginAttemptsPerAccount(), config.loginAttemptsPerAddress(), Duration.ofMinutes(5));
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "factdesk-analysis");
      t.setDaemon(true);
      return t;
    });
    Desk desk = new Desk(database.jdbi(), audit, analysis, background, clock,
        config.backgroundThreshold(), config.fetchMaxBytes(), config.fetchTimeout());
    if (config.demo() && !accounts.hasAnyUser()) {
      new DemoNewsroom(accounts, desk).load();
    }
    Comments comments = new Comments(database.jdbi(), audit, clock, config.comments());
    Javalin app = new WebApp(accounts, desk, audit, config.secureCookies(),
        new WebApp.Readers(new PublishedArticles(database.jdbi()), comments, config.site())).create();
    try {
      app.start(config.port());
    } catch (RuntimeException e) {
      background.shutdownNow();
      database.close();
      throw new IllegalStateException("Cannot listen on port " + config.port()
          + " (is another server using it?)", e);
    }
    return new DeskServer(database, background, accounts, desk, comments, app);
  }

  /** Adds an account from the command line (no acting user; the audit log says "system"). */
  public static void addUser(DeskConfig config, String email, String name,
      org.factdesk.accounts.Role role, String password) {
    try (Database database = Database.open(config.jdbcUrl(), config.databaseUser(),
        config.databasePassword(), config.databaseSchema())) {
      Clock clock = Clock.systemUTC();
      Accounts accounts = new Accounts(database.jdbi(), new AuditLog(database.jdbi(), clock), clock,
          new SecureRandom(), 5, 20, Duration.ofMinutes(5));
      accounts.add(Optional.empty(), email, name, role, password);
    }
  }

  public int port() {
    return app.port();
  }

  public Accounts accounts() {
    return accounts;
  }

  public Desk desk() {
    return desk;
  }

  public Comments comments() {
    return comments;
  }

  @Override
  public void close() {
    app.stop();
    background.shutdownNow();
    try {
      background.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    database.close();
  }
}
