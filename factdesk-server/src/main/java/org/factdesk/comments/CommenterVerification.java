// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.comments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.errors.BadInputException;
import org.factdesk.mail.MailFailure;
import org.factdesk.mail.SmtpMailer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional e-mail verification for commenters. When the desk can send mail, a commenter who
 * gives an address is sent a one-time link; confirming it binds their signed reader identity to
 * that address, and from then on comments from that reader with that address carry the
 * verified identity ({@code email:} key), which approval and bans follow. Until then the comment
 * is held. Typing someone else's address therefore gains nothing: only the mailbox's owner can
 * confirm it.
 */
public final class CommenterVerification {
  private static final Logger LOG = LoggerFactory.getLogger(CommenterVerification.class);
  static final Duration LINK_LIFETIME = Duration.ofHours(24);
  /** One message per reader and address in this time, however often they comment. */
  private static final Duration RESEND_AFTER = Duration.ofMinutes(10);

  /** What happened to the verification mail for one comment. */
  public enum Mail {
    /** No verification: mail is off, no address was given, or it is verified already. */
    NONE,
    /** A link is on its way (or was sent a few minutes ago). */
    SENT,
    /** The mail server did not take the message; the comment waits for a moderator. */
    NOT_SENT
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final Optional<SmtpMailer> mailer;
  private final String siteName;
  private final SecureRandom random = new SecureRandom();

  public CommenterVerification(Jdbi jdbi, Clock clock, Optional<SmtpMailer> mailer, String siteName) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.mailer = mailer;
    this.siteName = siteName;
  }

  public boolean enabled() {
    return mailer.isPresent();
  }

  /** The address this reader has verified, if any. */
  Optional<String> verifiedEmail(String readerKey) {
    return jdbi.withHandle(h -> h.createQuery("SELECT email FROM verified_commenters WHERE reader_key = :r")
        .bind("r", readerKey).mapTo(String.class).findOne());
  }

  /** Sends the reader a link that proves they own {@code email}; never throws for mail trouble. */
  Mail start(String readerKey, String email, String siteBase) {
    if (mailer.isEmpty()) {
      return Mail.NONE;
    }
    String address = normal(email);
    Instant now = clock.instant();
    boolean recent = jdbi.withHandle(h -> h.createQuery("""
            SELECT COUNT(*) FROM commenter_verifications
             WHERE reader_key = :r AND email = :e AND used_at IS NULL AND created_at > :since
            """).bind("r", readerKey).bind("e", address).bind("since", now.minus(RESEND_AFTER))
        .mapTo(Long.class).one() > 0);
    if (recent) {
      return Mail.SENT;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbi.useHandle(h -> h.createUpdate("""
            INSERT INTO commenter_verifications (token_key, reader_key, email, created_at, expires_at)
            VALUES (:t, :r, :e, :now, :expires)
            """).bind("t", Comments.key("verify:" + token)).bind("r", readerKey).bind("e", address)
        .bind("now", now).bind("expires", now.plus(LINK_LIFETIME)).execute());
    String link = siteBase + "/comments/verify/" + token;
    try {
      mailer.get().send(address, "Confirm your e-mail address for comments on " + siteName, """
          Someone, probably you, commented on %s and gave this e-mail address.

          To confirm it is yours, open this link within 24 hours and press the button:
          %s

          Once confirmed, your comments are recognised as yours in any browser where you confirm
          the address. If it was not you, ignore this message: nothing is published under it.
          """.formatted(siteName, link));
      return Mail.SENT;
    } catch (MailFailure e) {
      LOG.warn("Verification mail not sent: {}", e.getMessage(), e);
      return Mail.NOT_SENT;
    }
  }

  /** The address a link would confirm, to show before the reader presses the button. */
  public String pending(String token) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT email FROM commenter_verifications
             WHERE token_key = :t AND used_at IS NULL AND expires_at > :now
            """).bind("t", Comments.key("verify:" + clean(token))).bind("now", clock.instant())
        .mapTo(String.class).findOne()).orElseThrow(CommenterVerification::expired);
  }

  /**
   * Confirms the address: the reader who asked gets the verified identity, and their earlier
   * comments with that address move to it (so an approved one counts).
   *
   * @return the confirmed address
   */
  public String confirm(String token) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      var row = h.createQuery("""
              SELECT reader_key, email FROM commenter_verifications
               WHERE token_key = :t AND used_at IS NULL AND expires_at > :now
              """).bind("t", Comments.key("verify:" + clean(token))).bind("now", now).mapToMap().findOne()
          .orElseThrow(CommenterVerification::expired);
      String reader = (String) row.get("reader_key");
      String email = (String) row.get("email");
      h.createUpdate("UPDATE commenter_verifications SET used_at = :now WHERE token_key = :t")
          .bind("now", now).bind("t", Comments.key("verify:" + clean(token))).execute();
      h.createUpdate("DELETE FROM verified_commenters WHERE reader_key = :r").bind("r", reader).execute();
      h.createUpdate("INSERT INTO verified_commenters (reader_key, email, verified_at) VALUES (:r, :e, :now)")
          .bind("r", reader).bind("e", email).bind("now", now).execute();
      h.createUpdate("""
              UPDATE comments SET commenter_key = :verified
               WHERE commenter_key = :r AND LOWER(author_email) = :e
              """).bind("verified", verifiedKey(email)).bind("r", reader).bind("e", email).execute();
      return email;
    });
  }

  /** The commenter key of a verified address. */
  static String verifiedKey(String email) {
    return Comments.key("email:" + normal(email));
  }

  static String normal(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static String clean(String token) {
    return token == null ? "" : token.strip();
  }

  private static BadInputException expired() {
    return new BadInputException("This confirmation link has expired or was used already. "
        + "Comment again with your e-mail address to get a new one.");
  }
}
