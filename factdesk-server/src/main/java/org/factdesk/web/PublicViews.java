// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factdesk.comments.Ban;
import org.factdesk.comments.Comment;
import org.factdesk.comments.CommentThread;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.PublishedArticles.PublicCorrection;
import org.factdesk.desk.PublishedArticles.Published;
import org.factdesk.publishing.AtomFeed;
import org.factdesk.publishing.PublicPaths;

/**
 * What each public-site and moderation template gets: one record per page. Public only because
 * the precompiled templates live in another package.
 */
public final class PublicViews {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  /** RFC 3339 with seconds always present (OffsetDateTime.toString drops ":00"). */
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private PublicViews() {}

  /** What every public page needs: the site's name and address, and the CSRF token for forms. */
  public record Site(String name, String base, String csrf) {}

  /** Head metadata: canonical address, Open Graph, JSON-LD (already safe for a script element). */
  public record Meta(String title, String description, String canonical, String ogType,
      String jsonLd, Instant published, Instant modified) {}

  public record HomePage(Site site, Meta meta, List<ArticleRecord> articles, List<ArticleRecord> reports) {}

  /** {@code preview} is null on the public page, else the banner the desk's preview shows. */
  public record ArticlePage(Site site, Meta meta, Published published, List<String> paragraphs,
      List<CommentThread> threads, long commentCount, String token, String notice, String path,
      String preview) {}

  public record FactChecksPage(Site site, Meta meta, List<ArticleRecord> reports) {}

  public record ErrorPage(Site site, Meta meta, int status, String message) {}

  public record CorrectionsPage(Site site, Meta meta, List<PublicCorrection> corrections) {}

  public record QueuePage(Views.Frame frame, List<Comment> held, String moderation, String notice, String view) {}

  /** The moderator's bans list, each with its unban button. */
  public record BansPage(Views.Frame frame, List<Ban> bans, String notice) {}

  /**
   * The page a verification link opens: the address it confirms and a button (a mail scanner
   * that follows the link confirms nothing); {@code done} once confirmed.
   */
  public record VerifyPage(Site site, Meta meta, String email, String token, boolean done) {}

  public static String path(ArticleRecord a) {
    return PublicPaths.of(a);
  }

  /** An article's public page when only its number is known ("/news/{id}" redirects reports). */
  public static String path(long articleId) {
    return "/news/" + articleId;
  }

  public static String path(PublicCorrection c) {
    return PublicPaths.of(c.articleId(), c.kind());
  }

  public static String day(java.time.LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  public static String day(Instant t) {
    return t == null ? "" : DAY.format(t.atOffset(ZoneOffset.UTC));
  }

  public static String minute(Instant t) {
    return t == null ? "" : MINUTE.format(t.atOffset(ZoneOffset.UTC));
  }

  public static String iso(Instant t) {
    return t == null ? "" : RFC3339.format(t.atOffset(ZoneOffset.UTC));
  }

  public static String summary(ArticleRecord a) {
    return AtomFeed.summary(a);
  }

  /** Evidence that is a web address becomes a link; anything else (a KB fact) stays text. */
  public static boolean isLink(String evidence) {
    return evidence.matches("(?i)^https?://[^\\s/]+\\S*$");
  }

  /** The article body as paragraphs, without the headline the text usually starts with. */
  static List<String> paragraphs(ArticleRecord a) {
    String text = a.analysisCurrent() && a.analysedText() != null ? a.analysedText() : a.sourceText();
    List<String> parts = Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip)
        .filter(p -> !p.isEmpty()).toList();
    if (!parts.isEmpty() && parts.get(0).replaceFirst("^#+\\s*", "").equals(a.title())) {
      parts = parts.subList(1, parts.size());
    }
    return parts;
  }
}
