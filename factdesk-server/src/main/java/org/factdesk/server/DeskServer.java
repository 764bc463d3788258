// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.audit.AuditLog;
import org.factdesk.comments.CommenterVerification;
import org.factdesk.comments.Comments;
import org.factdesk.desk.Desk;
import org.factdesk.desk.DeskEngine;
import org.factdesk.desk.PriorChecks;
import org.factdesk.desk.PublishedArticles;
import org.factdesk.mail.SmtpMailer;
import org.factdesk.newsroom.NewsroomFacts;
import org.factdesk.newsroom.NewsroomKnowledge;
import org.factdesk.persistence.Database;
import org.factdesk.priorchecks.ArchivePriorChecks;
import org.factdesk.web.Edge;
import org.factdesk.web.WebApp;

/**
 * The composition root: builds the whole desk from a {@link DeskConfig} through constructors,
 * in one place. The CLI and the tests start the desk through here, so tests run what production
 * runs.
 */
public final class DeskServer implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeskServer.class);
  private final Database database;
  private final Accounts accounts;
  private final Desk desk;
  private final Comments comments;
  private final Javalin app;
  private final ServerLogging logging;
  private final PriorChecks priorChecks;

  private DeskServer(Database database, Accounts accounts, Desk desk, Comments comments, Javalin app,
      ServerLogging logging, PriorChecks priorChecks) {
    this.priorChecks = priorChecks;
    this.logging = logging;
    this.database = database;
    this.accounts = accounts;
    this.desk = desk;
    this.comments = comments;
    this.app = app;
  }

  /**
   * Opens the database (migrating it), builds everything, loads the demo newsroom when asked
   * and the desk is empty, and starts listening.
   */
  public static DeskServer start(DeskConfig config, DeskEngine analysis) {
    ServerLogging logging = ServerLogging.toFolder(config.dataDir());
    Database database;
    try {
      database = Database.open(config.jdbcUrl(), config.databaseUser(),
          config.databasePassword(), config.databaseSchema());
    } catch (RuntimeException e) {
      logging.close();
      throw e;
    }
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    AuditLog audit = new AuditLog(database.jdbi(), clock);
    Accounts accounts = new Accounts(database.jdbi(), audit, clock, random,
        config.loginAttemptsPerAccount(), config.loginAttemptsPerAddress(), Duration.ofMinutes(5),
        config.tokenLifetime());
    // The newsroom's own facts count from the next analysis, in this process and any other on the database.
    NewsroomKnowledge knowledge = new NewsroomKnowledge(database.jdbi(), analysis.baseEngine());
    NewsroomFacts facts = new NewsroomFacts(database.jdbi(), audit, clock, knowledge);
    // Published verdicts link to the public page: site.url, else this server's own address once listening.
    java.util.concurrent.atomic.AtomicReference<String> ownAddress = new java.util.concurrent.atomic.AtomicReference<>(
        "http://" + config.bind() + ":" + config.port());
    PriorChecks priorChecks = ArchivePriorChecks.open(config.archiveDir(), config.archiveKeywordOnly(),
        config.site(), ownAddress::get);
    Desk desk = new Desk(database.jdbi(), audit, analysis.withEngine(knowledge::engine), clock, config.backgroundThreshold(),
        config.analysisLease(), config.fetch(), priorChecks);
    // An embedded H2 file is open in this process only, so nothing else can be running its analyses.
    desk.startAnalysisWorker(config.jdbcUrl().startsWith("jdbc:h2:"));
    if (config.demo() && !accounts.hasAnyUser()) {
      new DemoNewsroom(accounts, desk).load();
    }
    Comments comments = new Comments(database.jdbi(), audit, clock, config.comments(),
        new CommenterVerification(database.jdbi(), clock,
            config.mail().enabled() ? Optional.of(new SmtpMailer(config.mail())) : Optional.empty(),
            config.site().name()));
    Javalin app = new WebApp(accounts, desk, facts, audit, config.secureCookies(),
        new WebApp.Readers(new PublishedArticles(database.jdbi()), comments, config.site()),
        new Edge(config.requestMaxBytes(), config.requestMaxParts(), config.trustedProxies(),
            config.site().baseUrl(), database::healthy)).create();
    try {
      app.start(config.bind(), config.port());
    } catch (RuntimeException e) {
      desk.stopAnalysisWorker();
      closeArchive(priorChecks);
      database.close();
      logging.close();
      throw new IllegalStateException("Cannot listen on " + config.bind() + " port " + config.port()
          + " (is another server using it?)", e);
    }
    if (config.site().baseUrl().isEmpty()) {
      LOG.warn("site.url is not set: public links use this server's own address; set site.url to the public address");
      if (config.mail().enabled()) {
        LOG.warn("mail.host is set without site.url: links in verification e-mails point at this server's own address");
      }
    }
    ownAddress.set("http://" + (config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind()) + ":" + app.port());
    LOG.info("The desk is listening on {} port {}", config.bind(), app.port());
    accounts.setupCode().ifPresent(code -> LOG.warn(
        "First run: to create the admin account at /setup, enter the setup code {}", code));
    return new DeskServer(database, accounts, desk, comments, app, logging, priorChecks);
  }

  /** Adds an account from the command line (no acting user; the audit log says "system"). */
  public static void addUser(DeskConfig config, String email, String name,
      org.factdesk.accounts.Role role, String password) {
    try (Database database = Database.open(config.jdbcUrl(), config.databaseUser(),
        config.databasePassword(), config.databaseSchema())) {
      Clock clock = Clock.systemUTC();
      Accounts accounts = new Accounts(database.jdbi(), new AuditLog(database.jdbi(), clock), clock,
          new SecureRandom(), 5, 20, Duration.ofMinutes(5), config.tokenLifetime());
      accounts.add(Optional.empty(), email, name, role, password);
    }
  }

  /** Every route the desk answers, as "METHOD /path/{param}", from the router itself. */
  public java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .filter(r -> r.startsWith("GET ") || r.startsWith("POST ") || r.startsWith("PUT ")
            || r.startsWith("PATCH ") || r.startsWith("DELETE "))
        .distinct().sorted().toList();
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
    desk.stopAnalysisWorker();
    closeArchive(priorChecks);
    database.close();
    logging.close();
  }

  private static void closeArchive(PriorChecks priorChecks) {
    if (priorChecks instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("Closing the fact-check archive failed", e);
      }
    }
  }
}
