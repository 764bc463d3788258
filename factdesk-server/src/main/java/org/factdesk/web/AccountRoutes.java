// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.factdesk.accounts.Accounts;
import org.factdesk.errors.BadInputException;

/**
 * The account's life after creation, as pages and as JSON: change your password, an admin's
 * one-time reset link, deactivation, and an admin's view of someone's tokens.
 */
final class AccountRoutes {
  private final Accounts accounts;
  private final Templates templates;
  private final ObjectMapper json;
  private final Optional<String> siteUrl;

  record PasswordChange(String current, String password) {}

  AccountRoutes(Accounts accounts, Templates templates, ObjectMapper json, Optional<String> siteUrl) {
    this.accounts = accounts;
    this.templates = templates;
    this.json = json;
    this.siteUrl = siteUrl;
  }

  void routes(JavalinConfig config) {
    var r = config.routes;
    r.post("/account/password", ctx -> {
      WebApp.user(ctx);
      String password = ctx.formParam("password");
      if (password == null || !password.equals(ctx.formParam("password2"))) {
        throw new BadInputException("The two new passwords are not the same.");
      }
      accounts.changePassword(WebApp.user(ctx), ctx.formParam("current"), password, ctx.cookie(Auth.SESSION_COOKIE));
      ctx.redirect("/account", HttpStatus.SEE_OTHER);
    });
    r.post("/users/{id}/reset-link", ctx -> {
      long id = WebApp.id(ctx, "id");
      String secret = accounts.createResetLink(WebApp.user(ctx), id);
      String email = accounts.get(WebApp.user(ctx), id).email();
      ctx.html(templates.render("reset_link.jte", new Views.ResetLinkPage(frame(ctx, "Password reset link"), email, link(secret))));
    });
    r.post("/users/{id}/deactivate", ctx -> {
      accounts.deactivate(WebApp.user(ctx), WebApp.id(ctx, "id"));
      ctx.redirect("/users", HttpStatus.SEE_OTHER);
    });
    r.get("/reset/{token}", ctx -> ctx.html(templates.render("reset.jte", new Views.ResetPage(
        frame(ctx, "Choose a new password"), ctx.pathParam("token"), accounts.resetLinkUsable(ctx.pathParam("token"))))));
    r.post("/reset/{token}", ctx -> {
      String password = ctx.formParam("password");
      if (password == null || !password.equals(ctx.formParam("password2"))) {
        throw new BadInputException("The two passwords are not the same.");
      }
      accounts.resetPassword(ctx.pathParam("token"), password);
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
    });

    r.post("/api/me/password", ctx -> {
      PasswordChange body = body(ctx, PasswordChange.class);
      accounts.changePassword(WebApp.user(ctx), body.current(), body.password(), null);
      ctx.json(Map.of("changed", true));
    });
    r.post("/api/users/{id}/reset-link", ctx -> ctx.status(HttpStatus.CREATED).json(Map.of("link",
        link(accounts.createResetLink(WebApp.user(ctx), WebApp.id(ctx, "id"))))));
    r.post("/api/users/{id}/deactivate", ctx -> {
      accounts.deactivate(WebApp.user(ctx), WebApp.id(ctx, "id"));
      ctx.json(Map.of("deactivated", true));
    });
    r.get("/api/users/{id}/tokens", ctx -> ctx.json(accounts.tokensOf(WebApp.user(ctx), WebApp.id(ctx, "id"))));
  }

  private String link(String secret) {
    return siteUrl.orElse("") + "/reset/" + secret;
  }

  private <T> T body(Context ctx, Class<T> type) {
    WebApp.user(ctx);
    try {
      return json.readValue(ctx.body(), type);
    } catch (IOException e) {
      throw new BadInputException("The request body is not the JSON this call expects.");
    }
  }

  private static Views.Frame frame(Context ctx, String title) {
    return new Views.Frame(title, ctx.attribute(Auth.USER), ctx.attribute(Auth.CSRF));
  }
}
