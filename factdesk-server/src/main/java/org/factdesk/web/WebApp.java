// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Accounts;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.comments.Comments;
import org.factdesk.desk.Desk;
import org.factdesk.desk.PublishedArticles;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.NotSignedInException;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.errors.RuleException;
import org.factdesk.errors.TooLargeException;
import org.factdesk.errors.TooManyAttemptsException;
import org.factdesk.newsroom.NewsroomFacts;
import org.factdesk.publishing.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin application: who is asking (session cookie for pages, bearer token for the
 * API), CSRF on every page form, security headers, the routes, and the single place where
 * exceptions become status codes with a page or JSON body.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final Logger REQUESTS = LoggerFactory.getLogger("org.factdesk.requests");
  static final String SOMETHING_WENT_WRONG = "Something went wrong on the desk's side. Nothing you saved is lost;"
      + " try again, and tell an admin if it keeps happening.";

  private final Accounts accounts;
  private final Desk desk;
  private final AuditLog audit;
  private final boolean secureCookies;
  private final Templates templates = new Templates();
  private final ObjectMapper json = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      .build();

  private final Readers readers;

  /** The reader-facing side: published articles, comments, and the site's identity. */
  public record Readers(PublishedArticles published, Comments comments, SiteSettings site) {}

  private final Edge edge;
  private final NewsroomFacts facts;

  public WebApp(Accounts accounts, Desk desk, NewsroomFacts facts, AuditLog audit, boolean secureCookies,
      Readers readers, Edge edge) {
    this.edge = edge;
    this.facts = facts;
    this.accounts = accounts;
    this.desk = desk;
    this.audit = audit;
    this.secureCookies = secureCookies;
    this.readers = readers;
  }

  public Javalin create() {
    Auth auth = new Auth(accounts, secureCookies);
    Pages pages = new Pages(accounts, desk, audit, templates, auth);
    Api api = new Api(accounts, desk, json);
    PublicPages site = new PublicPages(readers.published(), readers.comments(), readers.site(), templates, secureCookies);
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json, false));
      edge.configure(config);
      config.startup.showJavalinBanner = false;
      config.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} {}ms", address(ctx), ctx.method(),
          ctx.path(), ctx.statusCode(), Math.round(ms)));
      config.routes.before(ctx -> {
        edge.check(ctx); // limits before any parsing, sign-in or CSRF check
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'");
        auth.identify(ctx);
      });
      pages.routes(config);
      site.routes(config);
      api.routes(config);
      new AccountRoutes(accounts, templates, json, edge.siteUrl()).routes(config);
      new KnowledgeRoutes(facts, templates, json).routes(config);
      config.routes.get("/healthz", ctx -> {
        boolean up = edge.databaseUp().getAsBoolean();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
            .json(Map.of("status", up ? "ok" : "unavailable", "database", up ? "ok" : "unreachable"));
      });
      exceptions(config, pages, site);
    });
  }

  private void exceptions(JavalinConfig config, Pages pages, PublicPages site) {
    config.router.javaLangErrorHandler((response, error) -> answerError(response, error, edge.databaseUp()));
    config.routes.exception(NotSignedInException.class, (e, ctx) -> {
      if (isApi(ctx)) {
        problem(ctx, HttpStatus.UNAUTHORIZED, e.getMessage(), List.of());
      } else if (ctx.method().name().equals("GET")) {
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
      } else {
        pages.error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage(), List.of(), "/login");
      }
    });
    config.routes.exception(PermissionDeniedException.class, (e, ctx) -> respond(ctx, pages, site, HttpStatus.FORBIDDEN, e.getMessage(), List.of()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, pages, site, HttpStatus.NOT_FOUND, e.getMessage(), List.of()));
    config.routes.exception(BadInputException.class, (e, ctx) -> respond(ctx, pages, site, HttpStatus.BAD_REQUEST, e.getMessage(), List.of()));
    config.routes.exception(RuleException.class, (e, ctx) -> respond(ctx, pages, site, HttpStatus.CONFLICT, e.getMessage(), e.reasons()));
    config.routes.exception(TooManyAttemptsException.class, (e, ctx) -> {
      ctx.header("Retry-After", "300");
      respond(ctx, pages, site, HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), List.of());
    });
    config.routes.exception(TooLargeException.class, (e, ctx) -> plain(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    config.routes.exception(Edge.UnknownHostRequest.class, (e, ctx) -> plain(ctx, HttpStatus.MISDIRECTED_REQUEST, e.getMessage()));
    config.routes.exception(Exception.class, (e, ctx) -> {
      if (tooLongForTheDatabase(e)) {
        respond(ctx, pages, site, HttpStatus.BAD_REQUEST,
            "One of the fields is longer than the desk accepts. Shorten it and try again.", List.of());
        return;
      }
      if (causedBySql(e)) {
        // The check recovers a broken database (e.g. after a full disk) when it fails.
        if (!edge.databaseUp().getAsBoolean()) {
          LOG.warn("The database check failed after this error; recovery was started");
        }
      }
      LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, pages, site, HttpStatus.INTERNAL_SERVER_ERROR,
          SOMETHING_WENT_WRONG, List.of());
    });
    config.routes.error(404, ctx -> {
      // No route matched (Javalin leaves its own plain "Endpoint … not found"), or a handler set 404 without a body.
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().matches("Endpoint \\S+ \\S* ?not found")) {
        respond(ctx, pages, site, HttpStatus.NOT_FOUND, "There is no page at this address.", List.of());
      }
    });
  }

  /**
   * An Error, not an Exception, reaches no exception handler: H2's own assertion (enabled by the
   * launcher, see ./factdesk) throws one when a failed write has broken the database. The person
   * gets the same plain words as for any failure, and an Error from the database starts the check
   * that recovers it, as a SQL failure does.
   */
  static void answerError(jakarta.servlet.http.HttpServletResponse response, Error error,
      java.util.function.BooleanSupplier databaseUp) {
    LOG.error("Unexpected failure", error);
    if (fromTheDatabase(error) && !databaseUp.getAsBoolean()) {
      LOG.warn("The database check failed after this error; recovery was started");
    }
    if (!response.isCommitted()) {
      response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
      response.setContentType("text/plain; charset=utf-8");
      try {
        response.getWriter().write(SOMETHING_WENT_WRONG);
      } catch (java.io.IOException e) {
        LOG.debug("The answer to a failed request could not be written (the client left?)", e);
      }
    }
  }

  private static boolean fromTheDatabase(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith("org.h2.") || frame.getClassName().startsWith("com.zaxxer.hikari.")) {
        return true;
      }
    }
    return false;
  }

  /** Before the page machinery has run (no CSRF token, no user): a short answer, JSON for the API. */
  private static void plain(Context ctx, HttpStatus status, String message) {
    ctx.header("Connection", "close");
    if (isApi(ctx)) {
      problem(ctx, status, message, List.of());
    } else {
      ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
    }
  }

  /** SQLSTATE 22001 (string data, right truncation): the same code on H2 and PostgreSQL. */
  private static boolean tooLongForTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBySql(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }

  /** The client's address (see {@link Edge#client}). */
  static String address(Context ctx) {
    String client = ctx.attribute(Edge.CLIENT);
    return client != null ? client : ctx.req().getRemoteAddr();
  }

  private void respond(Context ctx, Pages pages, PublicPages site, HttpStatus status, String message,
      List<String> reasons) {
    if (isApi(ctx)) {
      problem(ctx, status, message, reasons);
    } else if (PublicPages.isPublic(ctx) || status == HttpStatus.NOT_FOUND && ctx.attribute(Auth.USER) == null) {
      // Readers get the public site's layout, never the desk's.
      site.error(ctx, status, message);
    } else {
      pages.error(ctx, status, message, reasons, null);
    }
  }

  private static void problem(Context ctx, HttpStatus status, String message, List<String> reasons) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getCode());
    body.put("error", status.getMessage());
    body.put("message", message);
    if (!reasons.isEmpty()) {
      body.put("reasons", reasons);
    }
    ctx.status(status).json(body);
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
  }

  static User user(Context ctx) {
    User user = ctx.attribute(Auth.USER);
    if (user == null) {
      throw new NotSignedInException(isApi(ctx)
          ? "Send a personal API token: Authorization: Bearer fd_…"
          : "Sign in first.");
    }
    return user;
  }

  static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is nothing with the number \"" + ctx.pathParam(name) + "\".");
    }
  }
}
