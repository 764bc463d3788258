// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.accounts.IssuedToken;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.Session;
import org.factdesk.accounts.User;
import org.factdesk.analysis.Severity;
import org.factdesk.audit.AuditLog;
import org.factdesk.desk.ArticleDetail;
import org.factdesk.desk.ArticleEdit;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleQuery;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ArticleState;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.ClaimWork;
import org.factdesk.desk.Desk;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.RevisionRecord;
import org.factdesk.desk.Verdict;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotSignedInException;

/** The desk's HTML pages. Every POST redirects (303) on success; GET never changes anything. */
final class Pages {
  private static final String DESK_JS = script("desk.js");

  /** Uploads larger than this are refused before reading. */
  private static final long MAX_UPLOAD = 5L * 1024 * 1024;

  private final Accounts accounts;
  private final Desk desk;
  private final Templates templates;
  private final Auth auth;

  Pages(Accounts accounts, Desk desk, AuditLog audit, Templates templates, Auth auth) {
    this.accounts = accounts;
    this.desk = desk;
    this.templates = templates;
    this.auth = auth;
  }

  void routes(JavalinConfig config) {
    var r = config.routes;
    // Readers who come to the site's root get the public site; staff get their desk.
    r.get("/", ctx -> ctx.redirect(!accounts.hasAnyUser() ? "/setup"
        : ctx.attribute(Auth.USER) == null ? "/news" : "/desk", HttpStatus.SEE_OTHER));
    r.get("/setup", this::setupForm);
    r.post("/setup", this::setup);
    r.get("/login", this::loginForm);
    r.post("/login", this::login);
    r.post("/logout", ctx -> {
      auth.signOut(ctx);
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
    });
    r.get("/desk", ctx -> render(ctx, "dashboard.jte",
        new Views.DashboardPage(frame(ctx, "Desk"), desk.dashboard(WebApp.user(ctx)))));
    r.get("/articles/new", ctx -> {
      WebApp.user(ctx).require(Permission.CREATE_ARTICLE);
      render(ctx, "new_article.jte", new Views.NewArticlePage(frame(ctx, "Add an article"), null));
    });
    r.post("/articles", this::createArticle);
    r.get("/articles/{id}", this::article);
    // The desk's one script (claims from a text selection); no secrets in it, so no sign-in.
    r.get("/desk.js", ctx -> {
      ctx.contentType("text/javascript; charset=utf-8");
      ctx.result(DESK_JS);
    });
    r.get("/articles/{id}/edit", ctx -> {
      User user = WebApp.user(ctx);
      ArticleRecord a = desk.detail(user, WebApp.id(ctx, "id")).article();
      desk.requireEdit(user, a);
      render(ctx, "edit_article.jte", new Views.EditPage(frame(ctx, "Edit: " + a.title()), a));
    });
    r.post("/articles/{id}/edit", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.edit(WebApp.user(ctx), id, new ArticleEdit(Optional.ofNullable(ctx.formParam("title")),
          Optional.ofNullable(ctx.formParam("text")), date(ctx.formParam("asOf")),
          Optional.ofNullable(ctx.formParam("claimant")), Optional.ofNullable(ctx.formParam("publisher")),
          Optional.ofNullable(ctx.formParam("sourceUrl"))));
      ctx.redirect("/articles/" + id, HttpStatus.SEE_OTHER);
    });
    r.get("/articles", ctx -> {
      User user = WebApp.user(ctx);
      ArticleQuery q = query(ctx);
      render(ctx, "articles.jte", new Views.ArticlesPage(frame(ctx, "Articles"), desk.search(user, q), q,
          accounts.list(user), ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)page=[^&]*", "")));
    });
    r.get("/inbox", ctx -> {
      User user = WebApp.user(ctx);
      render(ctx, "inbox.jte", new Views.InboxPage(frame(ctx, "Inbox"), desk.claims().inbox(user)));
    });
    r.post("/inbox/read", ctx -> {
      desk.claims().markRead(WebApp.user(ctx));
      ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/assign", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.claims().assignArticle(WebApp.user(ctx), id, person(ctx.formParam("assignee")));
      ctx.redirect("/articles/" + id, HttpStatus.SEE_OTHER);
    });
    r.get("/articles/{id}/revisions", ctx -> {
      User user = WebApp.user(ctx);
      long id = WebApp.id(ctx, "id");
      List<RevisionRecord> all = desk.revisions(user, id);
      Desk.RevisionDiff diff = null;
      if (ctx.queryParam("from") != null || ctx.queryParam("to") != null) {
        diff = desk.diff(user, id, number(ctx.queryParam("from"), "from"), number(ctx.queryParam("to"), "to"));
      } else if (all.size() >= 2) {
        diff = desk.diff(user, id, all.get(all.size() - 2).revision(), all.get(all.size() - 1).revision());
      }
      ArticleRecord a = desk.detail(user, id).article();
      render(ctx, "revisions.jte", new Views.RevisionsPage(frame(ctx, "Revisions: " + a.title()), a, all, diff));
    });
    r.post("/articles/{id}/claims", ctx -> {
      long id = WebApp.id(ctx, "id");
      ClaimRecord c = desk.claims().add(WebApp.user(ctx), id, ctx.formParam("words"), ctx.formParam("type"));
      ctx.redirect("/articles/" + id + "#claim-" + c.id(), HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/merge", ctx -> {
      long id = WebApp.id(ctx, "id");
      List<Long> ids = ctx.formParams("claims").stream().map(v -> number(v, "claims")).map(Integer::longValue).toList();
      ClaimRecord c = desk.claims().merge(WebApp.user(ctx), id, ids);
      ctx.redirect("/articles/" + id + "#claim-" + c.id(), HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/{claim}/type", ctx -> {
      long id = WebApp.id(ctx, "id");
      long claim = WebApp.id(ctx, "claim");
      desk.claims().retype(WebApp.user(ctx), id, claim, ctx.formParam("type"));
      ctx.redirect("/articles/" + id + "#claim-" + claim, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/{claim}/split", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.claims().split(WebApp.user(ctx), id, WebApp.id(ctx, "claim"), ctx.formParam("secondStartsWith"));
      ctx.redirect("/articles/" + id + "#claims-heading", HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/{claim}/comments", ctx -> {
      long id = WebApp.id(ctx, "id");
      long claim = WebApp.id(ctx, "claim");
      desk.claims().discuss(WebApp.user(ctx), id, claim, ctx.formParam("text"));
      ctx.redirect("/articles/" + id + "#claim-" + claim, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/{claim}/assign", ctx -> {
      long id = WebApp.id(ctx, "id");
      long claim = WebApp.id(ctx, "claim");
      desk.claims().assignClaim(WebApp.user(ctx), id, claim, person(ctx.formParam("assignee")));
      ctx.redirect("/articles/" + id + "#claim-" + claim, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/state", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.changeState(WebApp.user(ctx), id, ArticleState.parse(ctx.formParam("state")));
      ctx.redirect("/articles/" + id, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/reanalyse", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.reanalyse(WebApp.user(ctx), id);
      ctx.redirect("/articles/" + id, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/claims/{claim}/verdict", ctx -> {
      long id = WebApp.id(ctx, "id");
      long claim = WebApp.id(ctx, "claim");
      desk.recordVerdict(WebApp.user(ctx), id, claim, Verdict.parse(ctx.formParam("verdict")),
          lines(ctx.formParam("evidence")), ctx.formParam("note"));
      ctx.redirect("/articles/" + id + "#claim-" + claim, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/matches/{match}/decision", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.decideMatch(WebApp.user(ctx), id, WebApp.id(ctx, "match"), ctx.formParam("decision"), ctx.formParam("reason"));
      ctx.redirect("/articles/" + id + "#match-" + WebApp.id(ctx, "match"), HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/findings/{finding}/status", ctx -> {
      long id = WebApp.id(ctx, "id");
      long finding = WebApp.id(ctx, "finding");
      desk.resolveFinding(WebApp.user(ctx), id, finding, FindingStatus.parse(ctx.formParam("status")),
          ctx.formParam("reason"));
      ctx.redirect("/articles/" + id + "#finding-" + finding, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/findings/{finding}/link", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.addSourceLink(WebApp.user(ctx), id, WebApp.id(ctx, "finding"), ctx.formParam("url"));
      ctx.redirect("/articles/" + id, HttpStatus.SEE_OTHER);
    });
    r.post("/articles/{id}/corrections", ctx -> {
      long id = WebApp.id(ctx, "id");
      desk.correct(WebApp.user(ctx), id, ctx.formParam("whatWasWrong"), ctx.formParam("whatChanged"),
          Optional.ofNullable(ctx.formParam("text")));
      ctx.redirect("/articles/" + id + "#corrections", HttpStatus.SEE_OTHER);
    });
    r.get("/people/{id}", ctx -> {
      User user = WebApp.user(ctx);
      User person = accounts.get(user, WebApp.id(ctx, "id"));
      render(ctx, "person.jte", new Views.PersonPage(frame(ctx, person.displayName()), person,
          desk.personAudit(user, person.id())));
    });
    r.get("/users", ctx -> {
      User user = WebApp.user(ctx);
      render(ctx, "users.jte", new Views.UsersPage(frame(ctx, "People"), accounts.list(user),
          Arrays.stream(Role.values()).map(Role::label).toList()));
    });
    r.post("/users", ctx -> {
      accounts.add(Optional.of(WebApp.user(ctx)), ctx.formParam("email"), ctx.formParam("name"),
          Role.parse(ctx.formParam("role")), ctx.formParam("password"));
      ctx.redirect("/users", HttpStatus.SEE_OTHER);
    });
    r.post("/users/{id}/role", ctx -> {
      accounts.changeRole(WebApp.user(ctx), WebApp.id(ctx, "id"), Role.parse(ctx.formParam("role")));
      ctx.redirect("/users", HttpStatus.SEE_OTHER);
    });
    r.get("/account", ctx -> account(ctx, null));
    r.post("/account/tokens", ctx -> {
      IssuedToken issued = accounts.issueToken(WebApp.user(ctx), ctx.formParam("label"));
      // Shown once, on this response, never stored in the clear.
      account(ctx, issued.secret());
    });
    r.post("/account/tokens/{id}/revoke", ctx -> {
      accounts.revokeToken(WebApp.user(ctx), WebApp.id(ctx, "id"));
      ctx.redirect("/account", HttpStatus.SEE_OTHER);
    });
  }

  void error(Context ctx, HttpStatus status, String message, List<String> reasons, String back) {
    String link = back;
    if (link == null) {
      String path = ctx.path();
      link = PublicPages.isPublic(ctx) ? "/news" : path.matches("/articles/\\d+/.*") ? path.replaceAll("^(/articles/\\d+)/.*$", "$1")
          : ctx.attribute(Auth.USER) != null ? "/desk" : "/login";
    }
    ctx.status(status);
    ctx.html(templates.render("error.jte", new Views.ErrorPage(frame(ctx, status.getMessage()),
        status.getCode(), message, reasons, link)));
  }

  private void setupForm(Context ctx) {
    if (accounts.hasAnyUser()) {
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, "setup.jte", new Views.SetupPage(frame(ctx, "Set up the desk"), null));
  }

  private void setup(Context ctx) {
    String password = ctx.formParam("password");
    if (password == null || !password.equals(ctx.formParam("password2"))) {
      throw new BadInputException("The two passwords are not the same.");
    }
    accounts.createFirstAdmin(ctx.formParam("email"), ctx.formParam("name"), password, ctx.formParam("code"));
    Session session = accounts.signIn(ctx.formParam("email"), password, WebApp.address(ctx));
    auth.signIn(ctx, session);
    ctx.redirect("/desk", HttpStatus.SEE_OTHER);
  }

  private void loginForm(Context ctx) {
    if (!accounts.hasAnyUser()) {
      ctx.redirect("/setup", HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, "login.jte", new Views.LoginPage(frame(ctx, "Sign in"), "", null));
  }

  private void login(Context ctx) {
    String email = ctx.formParam("email");
    try {
      Session session = accounts.signIn(email, ctx.formParam("password"), WebApp.address(ctx));
      auth.signIn(ctx, session);
      ctx.redirect("/desk", HttpStatus.SEE_OTHER);
    } catch (NotSignedInException e) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, "login.jte", new Views.LoginPage(frame(ctx, "Sign in"), email == null ? "" : email, e.getMessage()));
    }
  }

  private void createArticle(Context ctx) throws IOException {
    User user = WebApp.user(ctx);
    user.require(Permission.CREATE_ARTICLE);
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    Optional<byte[]> bytes = Optional.empty();
    Optional<String> fileName = Optional.empty();
    if (file != null && file.size() > 0) {
      if (file.size() > MAX_UPLOAD) {
        throw new BadInputException("The file is larger than 5 MB; that is not one article.");
      }
      try (InputStream in = file.content()) {
        bytes = Optional.of(in.readAllBytes());
      }
      fileName = Optional.ofNullable(file.filename());
    }
    ArticleInput input = new ArticleInput(ctx.formParam("title"),
        ArticleKind.parse(Optional.ofNullable(ctx.formParam("kind")).filter(k -> !k.isBlank()).orElse("own")),
        Optional.ofNullable(ctx.formParam("text")), bytes, fileName,
        Optional.ofNullable(ctx.formParam("url")), Optional.ofNullable(ctx.formParam("format")),
        date(ctx.formParam("asOf")));
    ArticleRecord created = desk.create(user, input);
    source(desk, user, created.id(), ctx.formParam("claimant"), ctx.formParam("publisher"));
    ctx.redirect("/articles/" + created.id(), HttpStatus.SEE_OTHER);
  }

  private void article(Context ctx) {
    User user = WebApp.user(ctx);
    ArticleDetail detail = desk.detail(user, WebApp.id(ctx, "id"));
    ArticleRecord a = detail.article();
    boolean mayEdit = desk.mayEdit(user, a);
    String text = a.analysedText() != null && a.analysisCurrent() ? a.analysedText() : null;
    render(ctx, "article.jte", new Views.ArticlePage(frame(ctx, a.title()), detail,
        Highlighter.pieces(text, detail.findings(), detail.claims()), mayEdit,
        Arrays.stream(Verdict.values()).map(Verdict::label).toList(), ClaimWork.TYPES, accounts.list(user),
        a.asOf() != null || a.sourceText() == null ? java.util.Optional.empty()
            : org.factdesk.article.YearlessDateline.suggest(a.sourceText(), java.time.LocalDate.now(java.time.ZoneOffset.UTC))));
  }

  private void account(Context ctx, String secret) {
    User user = WebApp.user(ctx);
    render(ctx, "account.jte", new Views.AccountPage(frame(ctx, "Your account"), accounts.tokens(user), secret));
  }

  private void render(Context ctx, String template, Object page) {
    ctx.html(templates.render(template, page));
  }

  private Views.Frame frame(Context ctx, String title) {
    return new Views.Frame(title, ctx.attribute(Auth.USER), ctx.attribute(Auth.CSRF));
  }

  static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Records a fact-check's claimant and publisher given with a new article, if any. */
  static void source(Desk desk, User user, long id, String claimant, String publisher) {
    boolean given = claimant != null && !claimant.isBlank() || publisher != null && !publisher.isBlank();
    if (given) {
      desk.edit(user, id, new ArticleEdit(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.ofNullable(claimant).filter(v -> !v.isBlank()), Optional.ofNullable(publisher).filter(v -> !v.isBlank()),
          Optional.empty()));
    }
  }

  /** The desk list's filters and page from the query string (pages and API share them). */
  static ArticleQuery query(Context ctx) {
    String state = ctx.queryParam("state");
    String severity = ctx.queryParam("severity");
    String assignee = ctx.queryParam("assignee");
    String page = ctx.queryParam("page");
    String size = ctx.queryParam("size");
    return new ArticleQuery(Optional.ofNullable(ctx.queryParam("q")),
        Optional.ofNullable(state).filter(v -> !v.isBlank()).map(ArticleState::parse),
        Optional.ofNullable(assignee).filter(v -> !v.isBlank()).map(v -> (long) number(v, "assignee")),
        Optional.ofNullable(severity).filter(v -> !v.isBlank()).map(Pages::severity),
        page == null || page.isBlank() ? 1 : number(page, "page"),
        size == null || size.isBlank() ? 25 : number(size, "size"));
  }

  static int number(String text, String what) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new BadInputException("\"" + what + "\" must be a whole number" + (text == null ? "." : ", not \"" + text + "\"."));
    }
  }

  private static Long person(String text) {
    return text == null || text.isBlank() ? null : (long) number(text, "assignee");
  }

  private static Severity severity(String text) {
    return Arrays.stream(Severity.values()).filter(s -> s.label().equals(text.strip().toLowerCase(java.util.Locale.ROOT)))
        .findFirst().orElseThrow(() -> new BadInputException("\"" + text + "\" is not a severity; use error, warning or info."));
  }

  static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new BadInputException("\"" + text + "\" is not a date; write it as YYYY-MM-DD.");
    }
  }

  private static String script(String name) {
    try (java.io.InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
