// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.accounts.Permission;
import org.factdesk.accounts.User;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.PermissionDeniedException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Reader comments and their moderation. A submission is screened, stored and audited in one
 * transaction, and {@link #submit} returns only after that transaction committed: a receipt
 * means the comment is on disk. The same submission token never stores twice.
 */
public final class Comments {
  public static final int MAX_NAME = 100;
  public static final int MAX_TEXT = 5000;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final String SELECT = """
      SELECT c.id, c.article_id, a.title AS article_title, c.parent_id, c.author_name, c.body,
             c.status, c.held_reason, c.report_count, c.created_at
        FROM comments c JOIN articles a ON a.id = c.article_id
      """;
  // JDBI's constructor mapping, as in every store: column article_id feeds component articleId.
  private static final RowMapper<Comment> ROW = ConstructorMapper.of(Comment.class);

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final CommentSettings settings;
  private final CommentRules rules;
  private final CommentThrottle throttle;

  private final ReaderIdentity identity;
  private final CommenterVerification verification;

  public Comments(Jdbi jdbi, AuditLog audit, Clock clock, CommentSettings settings,
      CommenterVerification verification) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.settings = settings;
    this.rules = new CommentRules(settings);
    this.throttle = new CommentThrottle(settings.perAddressPerMinute(), settings.perCommenterPerMinute());
    this.identity = ReaderIdentity.load(jdbi, clock);
    this.verification = verification;
  }

  /** E-mail verification of commenters (does nothing when the desk sends no mail). */
  public CommenterVerification verification() {
    return verification;
  }

  /** Issues and checks the signed reader cookies that identify commenters. */
  public ReaderIdentity identity() {
    return identity;
  }

  public CommentSettings settings() {
    return settings;
  }

  /** Screens and stores a comment; returns once it is committed. */
  public Receipt submit(Submission s) {
    String token = s.token() == null ? "" : s.token().strip();
    if (!TOKEN.matcher(token).matches()) {
      throw new BadInputException("This comment form is incomplete. Reload the page and write your comment again.");
    }
    Optional<Receipt> earlier = byToken(token);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String name = clean(s.name());
    String text = clean(s.text());
    String email = clean(s.email());
    if (name.isEmpty()) {
      throw new BadInputException("Give a name to show with your comment.");
    }
    if (name.length() > MAX_NAME) {
      throw new BadInputException("Keep the name under " + MAX_NAME + " characters.");
    }
    if (text.isEmpty()) {
      throw new BadInputException("Write something before sending the comment.");
    }
    if (text.length() > MAX_TEXT) {
      throw new BadInputException("Comments are limited to " + MAX_TEXT + " characters; yours has " + text.length() + ".");
    }
    if (!email.isEmpty() && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
      throw new BadInputException("\"" + email + "\" is not an email address. Leave the field empty if you prefer.");
    }
    String addressKey = key("address:" + (s.address() == null ? "" : s.address()));
    // Who the commenter is comes from the server-signed reader cookie, never from the typed
    // e-mail: typing an approved commenter's address must not inherit their standing. Only an
    // address this reader proved (a link mailed to it) gives the verified identity.
    Optional<String> readerKey = identity.verify(s.readerId()).map(id -> key("reader:" + id));
    boolean verified = !email.isEmpty() && readerKey.flatMap(verification::verifiedEmail)
        .filter(v -> v.equals(CommenterVerification.normal(email))).isPresent();
    String commenterKey = verified ? CommenterVerification.verifiedKey(email)
        : readerKey.orElseGet(() -> key("address-only:" + (s.address() == null ? "" : s.address())));
    boolean bot = s.honeypot() != null && !s.honeypot().isEmpty();
    boolean unverified = verification.enabled() && !email.isEmpty() && !verified && !bot;
    throttle.attempt(addressKey, commenterKey); // bots too: a filled honeypot is still a request
    Instant now = clock.instant();
    Receipt stored;
    try {
      stored = jdbi.inTransaction(h -> {
        String state = h.createQuery("SELECT state FROM articles WHERE id = :id").bind("id", s.articleId())
            .mapTo(String.class).findOne().orElse("");
        if (!state.equals("PUBLISHED")) {
          throw new NotFoundException("There is no published article number " + s.articleId() + " to comment on.");
        }
        long bans = h.createQuery("""
                SELECT COUNT(*) FROM comment_bans
                 WHERE (kind = 'COMMENTER' AND ban_key IN (:commenter, :reader)) OR (kind = 'ADDRESS' AND ban_key = :address)
                """).bind("commenter", commenterKey).bind("reader", readerKey.orElse(commenterKey))
            .bind("address", addressKey).mapTo(Long.class).one();
        if (bans > 0) {
          throw new PermissionDeniedException("Comments from you are not accepted on this site.");
        }
        Long parent = parent(h, s.articleId(), s.parentId());
        Screening screening;
        if (bot) {
          screening = new Screening(CommentStatus.REJECTED, List.of("The hidden form field was filled in (a bot)."));
        } else {
          boolean known = h.createQuery("""
                  SELECT COUNT(*) FROM comments WHERE commenter_key = :key AND status = 'APPROVED'
                  """).bind("key", commenterKey).mapTo(Long.class).one() > 0;
          screening = rules.screen(text, known);
          if (unverified && screening.status() != CommentStatus.REJECTED) {
            List<String> reasons = new ArrayList<>(screening.reasons());
            reasons.add("The e-mail address is not verified yet.");
            screening = new Screening(CommentStatus.HELD, reasons);
          }
        }
        String reason = screening.reasons().isEmpty() ? null : clip(String.join(" ", screening.reasons()), 1000);
        long id = h.createUpdate("""
                INSERT INTO comments (article_id, parent_id, submission_token, author_name, author_email,
                                      commenter_key, address_key, body, status, held_reason, created_at)
                VALUES (:article, :parent, :token, :name, :email, :commenter, :address, :body, :status,
                        :reason, :now)
                """)
            .bind("article", s.articleId()).bind("parent", parent).bind("token", token)
            .bind("name", name).bind("email", email.isEmpty() ? null : email)
            .bind("commenter", commenterKey).bind("address", addressKey).bind("body", text)
            .bind("status", screening.status().name()).bind("reason", reason).bind("now", now)
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.append(h, null, s.articleId(), null, "comment." + screening.status().label(),
            "Comment #" + id + " by " + name + (reason == null ? "" : ": " + reason));
        return new Receipt(id, s.articleId(), screening.status(), false, CommenterVerification.Mail.NONE);
      });
    } catch (UnableToExecuteStatementException e) {
      // Two requests with one token raced: the other one stored it, so this one is a repeat.
      if (uniqueViolation(e)) {
        return byToken(token).orElseThrow(() -> e);
      }
      throw e;
    }
    // After the commit: the comment is safe whatever the mail server does.
    if (unverified && readerKey.isPresent() && stored.status() == CommentStatus.HELD) {
      return new Receipt(stored.commentId(), stored.articleId(), stored.status(), false,
          verification.start(readerKey.get(), email, s.siteBase() == null ? "" : s.siteBase()));
    }
    return stored;
  }

  /** Approved comments on an article, as threads, oldest first. */
  public List<CommentThread> threads(long articleId) {
    List<Comment> all = jdbi.withHandle(h -> h.createQuery(SELECT
            + " WHERE c.article_id = :id AND c.status = 'APPROVED' ORDER BY c.created_at, c.id")
        .bind("id", articleId).map(ROW).list());
    Map<Long, List<Comment>> replies = new LinkedHashMap<>();
    List<Comment> top = new ArrayList<>();
    for (Comment c : all) {
      if (c.parentId() == null) {
        top.add(c);
        replies.put(c.id(), new ArrayList<>());
      }
    }
    for (Comment c : all) {
      if (c.parentId() != null && replies.containsKey(c.parentId())) {
        replies.get(c.parentId()).add(c);
      }
    }
    return top.stream().map(c -> new CommentThread(c, replies.get(c.id()))).toList();
  }

  /** The comments a moderator should look at: held ones, oldest first. */
  public List<Comment> queue(User moderator, int limit) {
    return view(moderator, "held", limit);
  }

  /** The moderator's views: {@code held} (oldest first), {@code reported} (most reported first), {@code approved}, {@code rejected} (newest first). */
  public List<Comment> view(User moderator, String view, int limit) {
    moderator.require(Permission.MODERATE_COMMENTS);
    String where = switch (view == null ? "held" : view) {
      case "held" -> " WHERE c.status = 'HELD' ORDER BY c.created_at, c.id";
      case "reported" -> " WHERE c.report_count > 0 ORDER BY c.report_count DESC, c.id DESC";
      case "approved" -> " WHERE c.status = 'APPROVED' ORDER BY c.created_at DESC, c.id DESC";
      case "rejected" -> " WHERE c.status = 'REJECTED' ORDER BY c.created_at DESC, c.id DESC";
      default -> throw new BadInputException("There is no comment view called \"" + view + "\"; use held, reported, approved or rejected.");
    };
    return jdbi.withHandle(h -> h.createQuery(SELECT + where).setMaxRows(limit).map(ROW).list());
  }

  /** Decides on each selected comment in one transaction; returns how many were changed. */
  public int decide(User moderator, List<Long> ids, ModerationAction action, String note) {
    moderator.require(Permission.MODERATE_COMMENTS);
    if (ids.isEmpty()) {
      throw new BadInputException("Select at least one comment first.");
    }
    String why = note == null || note.isBlank() ? "" : " (" + clip(note.strip(), 500) + ")";
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      int changed = 0;
      for (long id : ids) {
        Optional<Map<String, Object>> row = h.createQuery(
                "SELECT article_id, author_name, commenter_key, address_key, status FROM comments WHERE id = :id")
            .bind("id", id).mapToMap().findOne();
        if (row.isEmpty()) {
          throw new NotFoundException("There is no comment number " + id + ".");
        }
        long article = ((Number) row.get().get("article_id")).longValue();
        String name = (String) row.get().get("author_name");
        String status = row.get().get("status").toString();
        if (action == ModerationAction.REMOVE && !status.equals(CommentStatus.APPROVED.name())) {
          throw new BadInputException("Comment #" + id + " is not published; reject it instead of removing it.");
        }
        CommentStatus target = action == ModerationAction.APPROVE ? CommentStatus.APPROVED : CommentStatus.REJECTED;
        h.createUpdate("""
            UPDATE comments SET status = :status, decided_by = :by, decided_at = :now,
                   held_reason = CASE WHEN :removed THEN :reason ELSE held_reason END
             WHERE id = :id
            """).bind("status", target.name()).bind("by", moderator.id()).bind("now", now)
            .bind("removed", action == ModerationAction.REMOVE)
            .bind("reason", clip("Removed after publication by " + moderator.displayName() + why, 1000))
            .bind("id", id).execute();
        String detail = "Comment #" + id + " by " + name + ": " + row.get().get("status").toString().toLowerCase(Locale.ROOT)
            + " → " + target.label() + why;
        if (action == ModerationAction.BAN_COMMENTER || action == ModerationAction.BAN_ADDRESS) {
          String kind = action == ModerationAction.BAN_COMMENTER ? "COMMENTER" : "ADDRESS";
          String banKey = (String) row.get().get(action == ModerationAction.BAN_COMMENTER ? "commenter_key" : "address_key");
          boolean already = h.createQuery("SELECT COUNT(*) FROM comment_bans WHERE kind = :kind AND ban_key = :key")
              .bind("kind", kind).bind("key", banKey).mapTo(Long.class).one() > 0;
          if (!already) {
            h.createUpdate("""
                INSERT INTO comment_bans (kind, ban_key, reason, created_by, created_at, comment_id)
                VALUES (:kind, :key, :reason, :by, :now, :comment)
                """).bind("kind", kind).bind("key", banKey).bind("comment", id)
                .bind("reason", clip("Comment #" + id + why, 1000)).bind("by", moderator.id()).bind("now", now)
                .execute();
          }
          detail += "; " + (action == ModerationAction.BAN_COMMENTER ? "commenter" : "network address") + " banned";
        }
        audit.append(h, moderator.id(), article, null, "comment." + action.label(), detail);
        changed++;
      }
      return changed;
    });
  }

  /** Every ban, newest first, with the comment it came from. */
  public List<Ban> bans(User moderator) {
    moderator.require(Permission.MODERATE_COMMENTS);
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT b.id, b.kind, b.reason, b.created_at, b.comment_id, c.author_name, u.display_name AS moderator
              FROM comment_bans b
              LEFT JOIN comments c ON c.id = b.comment_id
              LEFT JOIN users u ON u.id = b.created_by
             ORDER BY b.created_at DESC, b.id DESC
            """).map((rs, ctx) -> new Ban(rs.getLong("id"),
            rs.getString("kind").equals("ADDRESS") ? Ban.Kind.ADDRESS : Ban.Kind.COMMENTER,
            rs.getString("reason"), instant(rs.getTimestamp("created_at")), rs.getObject("comment_id", Long.class),
            rs.getString("author_name"), rs.getString("moderator"))).list());
  }

  /** Lifts a ban; the comments it rejected stay rejected. */
  public void unban(User moderator, long banId) {
    moderator.require(Permission.MODERATE_COMMENTS);
    jdbi.useTransaction(h -> {
      Map<String, Object> ban = h.createQuery("""
              SELECT b.kind, b.comment_id, c.article_id FROM comment_bans b LEFT JOIN comments c ON c.id = b.comment_id
               WHERE b.id = :id
              """).bind("id", banId).mapToMap().findOne()
          .orElseThrow(() -> new NotFoundException("There is no ban number " + banId + " (it may be lifted already)."));
      h.createUpdate("DELETE FROM comment_bans WHERE id = :id").bind("id", banId).execute();
      Object article = ban.get("article_id");
      audit.append(h, moderator.id(), article == null ? null : ((Number) article).longValue(), null, "comment.unban",
          "Ban #" + banId + " on a " + (ban.get("kind").equals("ADDRESS") ? "network address" : "commenter")
              + (ban.get("comment_id") == null ? "" : " (from comment #" + ban.get("comment_id") + ")") + " lifted");
    });
  }

  /**
   * A reader flags an approved comment. One report per address per comment counts; enough of
   * them send the comment back to the queue.
   */
  public long report(long commentId, String address, String reason) {
    String why = clean(reason);
    String text = why.isEmpty() ? "No reason given." : clip(why, 1000);
    String addressKey = key("address:" + (address == null ? "" : address));
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      Comment c = h.createQuery(SELECT + " WHERE c.id = :id AND c.status = 'APPROVED'").bind("id", commentId)
          .map(ROW).findOne()
          .orElseThrow(() -> new NotFoundException("There is no published comment number " + commentId + "."));
      boolean again = h.createQuery("SELECT COUNT(*) FROM comment_reports WHERE comment_id = :id AND address_key = :key")
          .bind("id", commentId).bind("key", addressKey).mapTo(Long.class).one() > 0;
      if (again) {
        return c.articleId();
      }
      h.createUpdate("""
          INSERT INTO comment_reports (comment_id, address_key, reason, created_at)
          VALUES (:id, :key, :reason, :now)
          """).bind("id", commentId).bind("key", addressKey).bind("reason", text).bind("now", now).execute();
      int reports = c.reportCount() + 1;
      boolean hold = reports >= settings.reportsToHold();
      h.createUpdate("""
          UPDATE comments SET report_count = :n,
                 status = CASE WHEN :hold THEN 'HELD' ELSE status END,
                 held_reason = CASE WHEN :hold THEN :reason ELSE held_reason END
           WHERE id = :id
          """).bind("n", reports).bind("hold", hold)
          .bind("reason", clip("Reported by " + reports + " readers; latest: " + text, 1000)).bind("id", commentId)
          .execute();
      audit.append(h, null, c.articleId(), null, "comment.reported",
          "Comment #" + commentId + " by " + c.authorName() + " reported: " + text
              + (hold ? " (back in the queue after " + reports + " reports)" : ""));
      return c.articleId();
    });
  }

  /** How many comments readers see under an article. */
  public long count(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM comments WHERE article_id = :id AND status = 'APPROVED'")
        .bind("id", articleId).mapTo(Long.class).one());
  }

  /** Every stored comment, any status (tests and the load check count with this). */
  public long countAll() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comments").mapTo(Long.class).one());
  }

  /** Whether a comment with this submission token is stored. */
  public boolean stored(String token) {
    return byToken(token).isPresent();
  }

  private Optional<Receipt> byToken(String token) {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, article_id, status FROM comments WHERE submission_token = :t")
        .bind("t", token)
        .map((rs, ctx) -> new Receipt(rs.getLong("id"), rs.getLong("article_id"),
            CommentStatus.valueOf(rs.getString("status")), true, CommenterVerification.Mail.NONE))
        .findOne());
  }

  /** The thread a reply joins: its parent's thread, so there is only one level of replies. */
  private static Long parent(Handle h, long articleId, Optional<Long> parentId) {
    if (parentId.isEmpty()) {
      return null;
    }
    Map<String, Object> p = h.createQuery("SELECT article_id, parent_id FROM comments WHERE id = :id AND status = 'APPROVED'")
        .bind("id", parentId.get()).mapToMap().findOne()
        .orElseThrow(() -> new NotFoundException("The comment you are replying to is not there (any more)."));
    if (((Number) p.get("article_id")).longValue() != articleId) {
      throw new BadInputException("That reply belongs under another article.");
    }
    Object grand = p.get("parent_id");
    return grand == null ? parentId.get() : ((Number) grand).longValue();
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace("\u0000", "").replace("\r\n", "\n").strip();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
