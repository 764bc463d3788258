// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.accounts.Session;
import org.factdesk.errors.PermissionDeniedException;

/**
 * Who is asking. Pages use an HttpOnly SameSite=Lax session cookie and a CSRF token on every
 * form; before sign-in the token is a double-submit cookie. The API uses only bearer tokens, so
 * a browser's cookies can never act through it (and it needs no CSRF token).
 */
final class Auth {
  static final String USER = "factdesk.user";
  static final String CSRF = "factdesk.csrf";
  static final String SESSION_COOKIE = "fd_session";
  static final String PRE_CSRF_COOKIE = "fd_csrf";

  private final Accounts accounts;
  private final boolean secure;
  private final SecureRandom random = new SecureRandom();

  Auth(Accounts accounts, boolean secure) {
    this.accounts = accounts;
    this.secure = secure;
  }

  void identify(Context ctx) {
    if (WebApp.isApi(ctx)) {
      String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
      if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        accounts.userForToken(header.substring(7)).ifPresent(u -> ctx.attribute(USER, u));
      }
      return;
    }
    Optional<Session> session = accounts.session(ctx.cookie(SESSION_COOKIE));
    String csrf;
    if (session.isPresent()) {
      ctx.attribute(USER, session.get().user());
      csrf = session.get().csrfToken();
    } else {
      csrf = ctx.cookie(PRE_CSRF_COOKIE);
      if (csrf == null || csrf.length() < 20) {
        csrf = token();
        ctx.cookie(cookie(PRE_CSRF_COOKIE, csrf, -1));
      }
    }
    ctx.attribute(CSRF, csrf);
    if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
      String sent = ctx.isMultipartFormData() || ctx.contentType() != null
          && ctx.contentType().startsWith("application/x-www-form-urlencoded")
          ? ctx.formParam("_csrf") : null;
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
          csrf.getBytes(StandardCharsets.UTF_8))) {
        throw new PermissionDeniedException("This form has expired or did not come from the desk. "
            + "Go back, reload the page and try again.");
      }
    }
  }

  /** A new cookie secret at every sign-in; any session the browser had before is ended. */
  void signIn(Context ctx, Session session) {
    accounts.signOut(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(cookie(SESSION_COOKIE, session.token(), -1));
    ctx.removeCookie(PRE_CSRF_COOKIE, "/");
  }

  void signOut(Context ctx) {
    accounts.signOut(ctx.cookie(SESSION_COOKIE));
    ctx.removeCookie(SESSION_COOKIE, "/");
  }

  private Cookie cookie(String name, String value, int maxAge) {
    return new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX);
  }

  private String token() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
