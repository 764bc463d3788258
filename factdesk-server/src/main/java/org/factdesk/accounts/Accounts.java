// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.NotSignedInException;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.errors.RuleException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Accounts, sign-in, sessions and API tokens. Every method that changes something for someone
 * else takes the acting {@link User} and checks their permission first.
 */
public final class Accounts {
  public static final int MIN_PASSWORD_LENGTH = 10;
  private static final Duration SESSION_LIFETIME = Duration.ofHours(12);
  private static final String USER_COLUMNS = "id, email, display_name, role, created_at";
  // Rows become records by JDBI's constructor mapping (column user_id feeds component userId).
  private static final RowMapper<User> USER = ConstructorMapper.of(User.class);
  private static final RowMapper<ApiToken> TOKEN = ConstructorMapper.of(ApiToken.class);
  /** How long an admin's password reset link stays usable. */
  public static final Duration RESET_LINK_LIFETIME = Duration.ofHours(24);

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final PasswordHasher hasher;
  private final Secrets secrets;
  private final LoginThrottle throttle;
  private final String decoyHash;
  private final Duration tokenLifetime;
  private final String setupCode;

  public Accounts(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random,
      int attemptsPerAccount, int attemptsPerAddress, Duration throttleWindow, Duration tokenLifetime) {
    this.tokenLifetime = tokenLifetime;
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.hasher = new PasswordHasher(random);
    this.secrets = new Secrets(random);
    this.throttle = new LoginThrottle(attemptsPerAccount, attemptsPerAddress, throttleWindow, clock);
    this.decoyHash = hasher.decoy();
    this.setupCode = secrets.token().substring(0, 12);
  }

  /**
   * The one-time code that {@code /setup} asks for while the desk has no account; the server
   * prints it on its console, so only whoever started the server can create the first admin.
   */
  public Optional<String> setupCode() {
    return hasAnyUser() ? Optional.empty() : Optional.of(setupCode);
  }

  public boolean hasAnyUser() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one()) > 0;
  }

  /** Creates the first account, an admin; refused once anyone has an account. */
  public synchronized User createFirstAdmin(String email, String displayName, String password, String code) {
    if (code == null || !java.security.MessageDigest.isEqual(code.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        setupCode.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new PermissionDeniedException("That is not the setup code. It is printed on the console where the server was started.");
    }
    return jdbi.inTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one() > 0) {
        throw new RuleException("The desk already has accounts. Sign in, or ask an admin to add you.");
      }
      User user = insert(h, email, displayName, Role.ADMIN, password);
      audit.append(h, null, null, user.id(), "account.created", "First admin account " + user.email());
      return user;
    });
  }

  /** Adds an account. {@code actor} is empty when the command line does it. */
  public User add(Optional<User> actor, String email, String displayName, Role role, String password) {
    actor.ifPresent(a -> a.require(Permission.MANAGE_USERS));
    return jdbi.inTransaction(h -> {
      User user = insert(h, email, displayName, role, password);
      audit.append(h, actor.map(User::id).orElse(null), null, user.id(), "account.created",
          "Account " + user.email() + " created with role " + role.label());
      return user;
    });
  }

  public User changeRole(User actor, long userId, Role role) {
    actor.require(Permission.MANAGE_USERS);
    return jdbi.inTransaction(h -> {
      User before = find(h, userId);
      if (before.id() == actor.id() && role != Role.ADMIN) {
        throw new RuleException("You cannot take the admin role from yourself; ask another admin.");
      }
      h.createUpdate("UPDATE users SET role = :role WHERE id = :id")
          .bind("role", role.name()).bind("id", userId).execute();
      audit.append(h, actor.id(), null, userId, "role.changed",
          before.email() + ": " + before.role().label() + " → " + role.label());
      return find(h, userId);
    });
  }

  public List<User> list(User actor) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users ORDER BY id")
        .map(USER).list());
  }

  public User get(User actor, long id) {
    actor.require(Permission.VIEW_DESK);
    return jdbi.withHandle(h -> find(h, id));
  }

  /**
   * Checks a password and opens a new session (a new cookie secret every time, so a session
   * id planted before sign-in is worthless after it).
   */
  public Session signIn(String email, String password, String address) {
    String normalised = normaliseEmail(email == null ? "" : email);
    throttle.check(normalised, address);
    Optional<String> stored = jdbi.withHandle(h -> h.createQuery(
            "SELECT password_hash FROM users WHERE email = :email AND deactivated_at IS NULL")
        .bind("email", normalised).mapTo(String.class).findOne());
    boolean ok = hasher.verify(password == null ? "" : password, stored.orElse(decoyHash));
    if (stored.isEmpty() || !ok) {
      throttle.failed(normalised, address);
      throw new NotSignedInException("That email and password do not match an account.");
    }
    throttle.succeeded(normalised, address);
    String token = secrets.token();
    String csrf = secrets.token();
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      User user = h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE email = :email")
          .bind("email", normalised).map(USER).one();
      h.createUpdate("""
          INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
          VALUES (:hash, :user, :csrf, :now, :expires)
          """)
          .bind("hash", Secrets.digest(token)).bind("user", user.id()).bind("csrf", csrf)
          .bind("now", now).bind("expires", now.plus(SESSION_LIFETIME)).execute();
      return new Session(token, csrf, user);
    });
  }

  public Optional<Session> session(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT u.id, u.email, u.display_name, u.role, u.created_at, s.csrf_token
              FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = :hash AND s.expires_at > :now AND u.deactivated_at IS NULL
            """)
        .bind("hash", Secrets.digest(token)).bind("now", clock.instant())
        .map((rs, ctx) -> new Session(token, rs.getString("csrf_token"), USER.map(rs, ctx)))
        .findOne());
  }

  public void signOut(String token) {
    if (token != null) {
      jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
          .bind("hash", Secrets.digest(token)).execute());
    }
  }

  public IssuedToken issueToken(User actor, String label) {
    String clean = label == null || label.isBlank() ? "API token" : label.strip();
    String secret = "fd_" + secrets.token();
    Instant now = clock.instant();
    long id = jdbi.withHandle(h -> h.createUpdate("""
            INSERT INTO api_tokens (user_id, label, token_hash, created_at, expires_at)
            VALUES (:user, :label, :hash, :now, :expires)
            """)
        .bind("user", actor.id()).bind("label", clean.length() > 200 ? clean.substring(0, 200) : clean)
        .bind("hash", Secrets.digest(secret)).bind("now", now).bind("expires", now.plus(tokenLifetime))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return new IssuedToken(new ApiToken(id, clean, now, null, now.plus(tokenLifetime)), secret);
  }

  public List<ApiToken> tokens(User actor) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT id, label, created_at, revoked_at, expires_at FROM api_tokens WHERE user_id = :user ORDER BY id
            """).bind("user", actor.id()).map(TOKEN).list());
  }

  /** Revokes one of your own tokens; an admin may revoke anyone's. */
  public void revokeToken(User actor, long tokenId) {
    boolean admin = actor.may(Permission.MANAGE_USERS);
    int changed = jdbi.withHandle(h -> h.createUpdate("""
            UPDATE api_tokens SET revoked_at = :now
             WHERE id = :id AND (user_id = :user OR :admin) AND revoked_at IS NULL
            """).bind("now", clock.instant()).bind("id", tokenId).bind("user", actor.id())
        .bind("admin", admin).execute());
    if (changed == 0) {
      throw new NotFoundException("You have no active API token with that number.");
    }
  }

  public Optional<User> userForToken(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("SELECT u.id, u.email, u.display_name, u.role, u.created_at"
            + " FROM api_tokens t JOIN users u ON u.id = t.user_id"
            + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.deactivated_at IS NULL"
            + " AND (t.expires_at IS NULL OR t.expires_at > :now)")
        .bind("hash", Secrets.digest(secret.strip())).bind("now", clock.instant()).map(USER).findOne());
  }

  /** Someone's tokens, for an admin deciding what to revoke. */
  public List<ApiToken> tokensOf(User actor, long userId) {
    actor.require(Permission.MANAGE_USERS);
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT id, label, created_at, revoked_at, expires_at FROM api_tokens WHERE user_id = :user ORDER BY id
            """).bind("user", userId).map(TOKEN).list());
  }

  /** Changes your own password; your other sessions end. */
  public void changePassword(User actor, String current, String replacement, String keepSession) {
    String hash = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
        .bind("id", actor.id()).mapTo(String.class).one());
    if (!hasher.verify(current == null ? "" : current, hash)) {
      throw new BadInputException("Your current password is not right.");
    }
    requirePassword(replacement);
    jdbi.useTransaction(h -> {
      h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
          .bind("hash", hasher.hash(replacement)).bind("id", actor.id()).execute();
      h.createUpdate("DELETE FROM sessions WHERE user_id = :id AND token_hash <> :keep")
          .bind("id", actor.id()).bind("keep", keepSession == null ? "" : Secrets.digest(keepSession)).execute();
      audit.append(h, actor.id(), null, actor.id(), "account.password-changed", "Password changed");
    });
  }

  /** An admin's one-time link for someone to choose a new password; returns the secret part. */
  public String createResetLink(User actor, long userId) {
    actor.require(Permission.MANAGE_USERS);
    String secret = secrets.token();
    Instant now = clock.instant();
    jdbi.useTransaction(h -> {
      User person = find(h, userId);
      h.createUpdate("""
          INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at)
          VALUES (:hash, :user, :by, :now, :expires)
          """).bind("hash", Secrets.digest(secret)).bind("user", userId).bind("by", actor.id())
          .bind("now", now).bind("expires", now.plus(RESET_LINK_LIFETIME)).execute();
      audit.append(h, actor.id(), null, userId, "account.reset-link", "Password reset link made for " + person.email());
    });
    return secret;
  }

  /** Uses a reset link once: sets the new password and ends every session of that account. */
  public void resetPassword(String secret, String replacement) {
    requirePassword(replacement);
    Instant now = clock.instant();
    jdbi.useTransaction(h -> {
      Optional<Long> user = h.createQuery("""
              SELECT user_id FROM password_resets
               WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
              """).bind("hash", Secrets.digest(secret == null ? "" : secret)).bind("now", now)
          .mapTo(Long.class).findOne();
      if (user.isEmpty()) {
        throw new NotFoundException("This reset link has been used or has expired. Ask an admin for a new one.");
      }
      h.createUpdate("UPDATE password_resets SET used_at = :now WHERE token_hash = :hash")
          .bind("now", now).bind("hash", Secrets.digest(secret)).execute();
      h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
          .bind("hash", hasher.hash(replacement)).bind("id", user.get()).execute();
      h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", user.get()).execute();
      audit.append(h, null, null, user.get(), "account.password-reset", "Password set through a reset link");
    });
  }

  /** Whether a reset link can still be used (to show the form or an explanation). */
  public boolean resetLinkUsable(String secret) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT COUNT(*) FROM password_resets WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
            """).bind("hash", Secrets.digest(secret == null ? "" : secret)).bind("now", clock.instant())
        .mapTo(Long.class).one() > 0);
  }

  /** Deactivates an account: it can no longer sign in; its sessions and tokens stop at once. */
  public void deactivate(User actor, long userId) {
    actor.require(Permission.MANAGE_USERS);
    if (actor.id() == userId) {
      throw new RuleException("You cannot deactivate your own account; ask another admin.");
    }
    Instant now = clock.instant();
    jdbi.useTransaction(h -> {
      User person = find(h, userId);
      h.createUpdate("UPDATE users SET deactivated_at = :now WHERE id = :id AND deactivated_at IS NULL")
          .bind("now", now).bind("id", userId).execute();
      h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", userId).execute();
      h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
          .bind("now", now).bind("id", userId).execute();
      audit.append(h, actor.id(), null, userId, "account.deactivated", "Account " + person.email() + " deactivated");
    });
  }

  private static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new BadInputException("Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (password.length() > 1000) {
      throw new BadInputException("Choose a password of at most 1000 characters.");
    }
  }

  private User insert(Handle h, String email, String displayName, Role role, String password) {
    String normalised = normaliseEmail(email == null ? "" : email);
    if (!normalised.matches("[^@\\s]+@[^@\\s]+")) {
      throw new BadInputException("\"" + email + "\" does not look like an email address.");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new BadInputException("Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    boolean taken = h.createQuery("SELECT COUNT(*) FROM users WHERE email = :email")
        .bind("email", normalised).mapTo(Long.class).one() > 0;
    if (taken) {
      throw new RuleException("There is already an account for " + normalised + ".");
    }
    String name = displayName == null || displayName.isBlank()
        ? normalised.substring(0, normalised.indexOf('@')) : displayName.strip();
    long id = h.createUpdate("""
            INSERT INTO users (email, display_name, role, password_hash, created_at)
            VALUES (:email, :name, :role, :hash, :now)
            """)
        .bind("email", normalised).bind("name", name.length() > 200 ? name.substring(0, 200) : name)
        .bind("role", role.name()).bind("hash", hasher.hash(password)).bind("now", clock.instant())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return find(h, id);
  }

  private static User find(Handle h, long id) {
    return h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id).map(USER).findOne()
        .orElseThrow(() -> new NotFoundException("There is no account number " + id + "."));
  }

  private static String normaliseEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
