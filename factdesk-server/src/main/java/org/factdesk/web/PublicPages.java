// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.comments.Comments;
import org.factdesk.comments.ModerationAction;
import org.factdesk.comments.Receipt;
import org.factdesk.comments.Submission;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.PublishedArticles;
import org.factdesk.desk.PublishedArticles.Published;
import org.factdesk.errors.NotFoundException;
import org.factdesk.publishing.AtomFeed;
import org.factdesk.publishing.PublicPaths;
import org.factdesk.publishing.SiteSettings;
import org.factdesk.publishing.Sitemap;
import org.factdesk.publishing.StructuredData;

/**
 * The reader's site (home, articles, fact-check reports, corrections, feed, sitemap), the
 * comment form and reports, and the moderator's comment queue. Every POST redirects (303) on
 * success, after the change is committed; GET never changes anything.
 */
final class PublicPages {
  static final String READER_COOKIE = "fd_reader";
  private static final int FEED_SIZE = 50;

  private final PublishedArticles published;
  private final Comments comments;
  private final SiteSettings site;
  private final Templates templates;
  private final StructuredData structured;
  private final AtomFeed feed;
  private final Sitemap sitemap = new Sitemap();
  private final boolean secureCookies;
  private final SecureRandom random = new SecureRandom();

  PublicPages(PublishedArticles published, Comments comments, SiteSettings site, Templates templates,
      boolean secureCookies) {
    this.published = published;
    this.comments = comments;
    this.site = site;
    this.templates = templates;
    this.structured = new StructuredData(site);
    this.feed = new AtomFeed(site);
    this.secureCookies = secureCookies;
  }

  void routes(JavalinConfig config) {
    var r = config.routes;
    r.get(PublicPaths.HOME, this::home);
    r.get("/news/{id}", ctx -> article(ctx, ArticleKind.OWN));
    r.get(PublicPaths.FACT_CHECKS, this::factChecks);
    r.get(PublicPaths.ROBOTS, ctx -> {
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(robots(base(ctx)));
    });
    r.get("/articles/{id}/preview", this::preview);
    r.get("/fact-checks/{id}", ctx -> article(ctx, ArticleKind.EXTERNAL));
    r.post("/news/{id}/comments", this::comment);
    r.post("/fact-checks/{id}/comments", this::comment);
    r.post("/comments/{id}/report", this::report);
    r.get(PublicPaths.CORRECTIONS, this::corrections);
    r.get(PublicPaths.FEED, ctx -> {
      ctx.contentType("application/atom+xml; charset=utf-8");
      ctx.result(feed.render(published.latest(Optional.empty(), FEED_SIZE), base(ctx)));
    });
    r.get(PublicPaths.SITEMAP, ctx -> {
      ctx.contentType("application/xml; charset=utf-8");
      ctx.result(sitemap.render(published.latest(Optional.empty(), 50_000), base(ctx)));
    });
    r.get("/comments/verify/{token}", this::verifyPage);
    r.post("/comments/verify/{token}", this::verify);
    r.get("/desk/comments", this::queue);
    r.post("/desk/comments", this::decide);
    r.get("/desk/comments/bans", this::bans);
    r.post("/desk/comments/bans/{id}/unban", this::unban);
  }

  private void home(Context ctx) {
    String base = base(ctx);
    PublicViews.Site s = site(ctx);
    render(ctx, "public_home.jte", new PublicViews.HomePage(s,
        new PublicViews.Meta(site.name(), "Articles and fact-check reports from " + site.name()
            + ", with every claim's verdict and evidence.", base + PublicPaths.HOME, "website", null, null, null),
        published.latest(Optional.of(ArticleKind.OWN), 20), published.latest(Optional.of(ArticleKind.EXTERNAL), 20)));
  }

  private void article(Context ctx, ArticleKind kind) {
    long id = WebApp.id(ctx, "id");
    Published p = published.find(id).orElseThrow(() -> new NotFoundException("There is no published article at this address."));
    if (p.article().kind() != kind) {
      ctx.redirect(PublicPaths.of(p.article()), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    readerCookie(ctx);
    render(ctx, "public_article.jte", articlePage(ctx, p, null));
  }

  /** The public page of any article as readers would see it now, for people on the desk. */
  private void preview(Context ctx) {
    WebApp.user(ctx).require(Permission.VIEW_DESK);
    long id = WebApp.id(ctx, "id");
    Published p = published.preview(id);
    String banner = p.article().state() == org.factdesk.desk.ArticleState.PUBLISHED
        ? "This is the published page; readers see it at " + PublicPaths.of(p.article()) + "."
        : "Readers cannot see this page: the article is " + p.article().state().label().replace('_', ' ')
            + ". This is how it would look if it were published now.";
    ctx.header("X-Robots-Tag", "noindex");
    render(ctx, "public_article.jte", articlePage(ctx, p, banner));
  }

  private PublicViews.ArticlePage articlePage(Context ctx, Published p, String preview) {
    ArticleKind kind = p.article().kind();
    long id = p.article().id();
    String base = base(ctx);
    String description = AtomFeed.summary(p.article());
    description = description.length() > 200 ? description.substring(0, 199) + "…" : description;
    // A preview is not published: no structured data for search engines, and no dates to give.
    String jsonLd = preview != null ? null : kind == ArticleKind.OWN ? structured.newsArticle(p, base, description)
        : p.rated().isEmpty() ? null : structured.claimReviews(p, base);
    String title = kind == ArticleKind.OWN ? p.article().title() : "Fact-check: " + p.article().title();
    return new PublicViews.ArticlePage(site(ctx),
        new PublicViews.Meta(title, description, base + PublicPaths.of(p.article()), "article", jsonLd,
            p.article().publishedAt(), p.updated()),
        p, PublicViews.paragraphs(p.article()), comments.threads(id), comments.count(id), token(),
        notice(ctx), PublicPaths.of(p.article()), preview);
  }

  private void factChecks(Context ctx) {
    String base = base(ctx);
    render(ctx, "public_fact_checks.jte", new PublicViews.FactChecksPage(site(ctx),
        new PublicViews.Meta("Fact-checks", "Every fact-check " + site.name() + " has published, with each claim's verdict.",
            base + PublicPaths.FACT_CHECKS, "website", null, null, null),
        published.latest(Optional.of(ArticleKind.EXTERNAL), 1000)));
  }

  /** Readers' pages are open to crawlers; the desk, its API and sign-in are not. */
  static String robots(String base) {
    return """
        User-agent: *
        Allow: /news
        Allow: /fact-checks/
        Allow: /corrections
        Allow: /feed.atom
        Disallow: /desk
        Disallow: /articles
        Disallow: /api/
        Disallow: /login
        Disallow: /setup
        Disallow: /users
        Disallow: /people
        Disallow: /account
        Disallow: /inbox
        Disallow: /comments/

        Sitemap: %s%s
        """.formatted(base, PublicPaths.SITEMAP);
  }

  /** A refusal or missing page in the public site's own layout, for readers. */
  void error(Context ctx, HttpStatus status, String message) {
    String base = base(ctx);
    ctx.status(status);
    ctx.html(templates.render("public_error.jte", new PublicViews.ErrorPage(site(ctx),
        new PublicViews.Meta(status == HttpStatus.NOT_FOUND ? "Page not found" : status.getMessage(), message,
            base + ctx.path(), "website", null, null, null), status.getCode(), message)));
  }

  private void comment(Context ctx) {
    long id = WebApp.id(ctx, "id");
    Optional<Long> parent = Optional.ofNullable(ctx.formParam("parent")).filter(v -> !v.isBlank()).map(v -> {
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw new NotFoundException("The comment you are replying to is not there.");
      }
    });
    Receipt receipt = comments.submit(new Submission(id, parent, ctx.formParam("name"), ctx.formParam("email"),
        ctx.formParam("text"), ctx.formParam("token"), ctx.formParam("website"), WebApp.address(ctx), readerCookie(ctx),
        base(ctx)));
    String path = ctx.path().replaceFirst("/comments$", "");
    String mail = switch (receipt.mail()) {
      case SENT -> "&mail=sent";
      case NOT_SENT -> "&mail=not-sent";
      case NONE -> "";
    };
    ctx.redirect(switch (receipt.status()) {
      case APPROVED -> path + "?comment=posted#comment-" + receipt.commentId();
      case HELD -> path + "?comment=held" + mail + "#comments";
      case REJECTED -> path + "?comment=rejected#comments";
    }, HttpStatus.SEE_OTHER);
  }

  private void verifyPage(Context ctx) {
    String token = ctx.pathParam("token");
    String email = comments.verification().pending(token);
    ctx.header("X-Robots-Tag", "noindex");
    render(ctx, "public_verify.jte", new PublicViews.VerifyPage(site(ctx), verifyMeta(ctx), email, token, false));
  }

  private void verify(Context ctx) {
    String email = comments.verification().confirm(ctx.pathParam("token"));
    render(ctx, "public_verify.jte", new PublicViews.VerifyPage(site(ctx), verifyMeta(ctx), email, "", true));
  }

  private PublicViews.Meta verifyMeta(Context ctx) {
    return new PublicViews.Meta("Confirm your e-mail address", "Confirm the address you comment with.",
        base(ctx) + ctx.path(), "website", null, null, null);
  }

  private void report(Context ctx) {
    long id = WebApp.id(ctx, "id");
    long article = comments.report(id, WebApp.address(ctx), ctx.formParam("reason"));
    ctx.redirect(PublicPaths.of(article, published.find(article).map(p -> p.article().kind()).orElse(ArticleKind.OWN))
        + "?comment=reported#comments", HttpStatus.SEE_OTHER);
  }

  private void corrections(Context ctx) {
    String base = base(ctx);
    render(ctx, "public_corrections.jte", new PublicViews.CorrectionsPage(site(ctx),
        new PublicViews.Meta("Corrections", "Every correction " + site.name() + " has made to a published article.",
            base + PublicPaths.CORRECTIONS, "website", null, null, null),
        published.corrections(1000)));
  }

  private void queue(Context ctx) {
    User user = WebApp.user(ctx);
    user.require(Permission.MODERATE_COMMENTS);
    String notice = Optional.ofNullable(ctx.queryParam("done")).filter(n -> n.matches("\\d{1,4}"))
        .map(n -> n + (n.equals("1") ? " comment" : " comments") + " changed.").orElse(null);
    render(ctx, "comments_queue.jte", new PublicViews.QueuePage(
        new Views.Frame("Comment queue", user, ctx.attribute(Auth.CSRF)),
        comments.view(user, Optional.ofNullable(ctx.queryParam("view")).orElse("held"), 200),
        comments.settings().mode().label(), notice, Optional.ofNullable(ctx.queryParam("view")).orElse("held")));
  }

  private void decide(Context ctx) {
    User user = WebApp.user(ctx);
    List<Long> ids = ctx.formParams("ids").stream().map(v -> {
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw new NotFoundException("There is no comment number \"" + v + "\".");
      }
    }).toList();
    int n = comments.decide(user, ids, ModerationAction.parse(ctx.formParam("action")), ctx.formParam("note"));
    String view = Optional.ofNullable(ctx.formParam("view")).filter(v -> v.matches("[a-z]{1,10}")).orElse("held");
    ctx.redirect("/desk/comments?view=" + view + "&done=" + n, HttpStatus.SEE_OTHER);
  }

  private void bans(Context ctx) {
    User user = WebApp.user(ctx);
    String notice = "lifted".equals(ctx.queryParam("ban")) ? "The ban is lifted." : null;
    render(ctx, "comments_bans.jte", new PublicViews.BansPage(
        new Views.Frame("Comment bans", user, ctx.attribute(Auth.CSRF)), comments.bans(user), notice));
  }

  private void unban(Context ctx) {
    comments.unban(WebApp.user(ctx), WebApp.id(ctx, "id"));
    ctx.redirect("/desk/comments/bans?ban=lifted", HttpStatus.SEE_OTHER);
  }

  private static String notice(Context ctx) {
    String c = Optional.ofNullable(ctx.queryParam("comment")).orElse("");
    return switch (c) {
      case "posted" -> "Thank you: your comment is published.";
      case "held" -> "Thank you: your comment is saved and will appear once a moderator has read it."
          + switch (Optional.ofNullable(ctx.queryParam("mail")).orElse("")) {
            case "sent" -> " We mailed you a link: confirm your address so your comments are recognised as yours.";
            case "not-sent" -> " We could not mail you a link to confirm your address; try again later.";
            default -> "";
          };
      case "rejected" -> "Your comment was saved but not published: it breaks this site's comment rules.";
      case "reported" -> "Thank you: a moderator will look at the comment you reported.";
      default -> null;
    };
  }

  /** The reader's random id (set on first visit), so commenters without an email are recognised. */
  private String readerCookie(Context ctx) {
    String id = ctx.cookie(READER_COOKIE);
    if (comments.identity().verify(id).isEmpty()) {
      id = comments.identity().issue();
      ctx.cookie(new Cookie(READER_COOKIE, id, "/", 365 * 24 * 3600, secureCookies, true, null, SameSite.LAX));
    }
    return id;
  }

  /** A fresh submission token for the comment form: the same form posted twice stores once. */
  private String token() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private PublicViews.Site site(Context ctx) {
    return new PublicViews.Site(site.name(), base(ctx), ctx.attribute(Auth.CSRF));
  }

  private String base(Context ctx) {
    // Without site.url, the address this server is listening on, never the client's Host header.
    return site.baseUrl().orElseGet(() -> ctx.scheme() + "://" + hostLiteral(ctx.req().getLocalAddr()) + ":" + ctx.req().getLocalPort());
  }

  private static String hostLiteral(String address) {
    return address.contains(":") ? "[" + address + "]" : address;
  }

  private void render(Context ctx, String template, Object page) {
    ctx.html(templates.render(template, page));
  }

  static boolean isPublic(Context ctx) {
    String p = ctx.path();
    return p.startsWith("/news") || p.startsWith("/fact-checks") || p.startsWith("/comments/")
        || p.equals(PublicPaths.CORRECTIONS) || p.equals(PublicPaths.ROBOTS);
  }
}
