// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route, as every role and as nobody: who is let through and who is turned away. The
 * routes come from the running desk's router, so a new route without a row here fails the test;
 * the expected access is written out here, independently of {@code Role}, so a change to either
 * shows. Requests that pass the permission check are built to stop at validation (400/404/409),
 * so the matrix does not change the data it runs on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class PermissionMatrixTest {
  private static final Set<String> EVERY_ROLE = Set.of("reporter", "checker", "editor", "moderator", "admin");
  private static final Set<String> WRITERS = Set.of("editor", "admin");
  private static final Set<String> CREATORS = Set.of("reporter", "editor", "admin");
  private static final Set<String> CHECKERS = Set.of("checker", "editor", "admin");
  private static final Set<String> ADMINS = Set.of("admin");

  private static final Set<String> MODERATORS = Set.of("moderator", "admin");

  /** One row: method, path, body (JSON for /api, form fields for pages), who may pass. */
  record Route(String method, String path, Map<String, Object> body, Set<String> allowed) {}

  /**
   * Routes anyone may use, signed in or not (the public site, sign-in, first-run setup, reset
   * links, health): they are only checked not to fail.
   */
  private static final Set<String> PUBLIC = Set.of("GET /", "GET /setup", "POST /setup", "GET /login",
      "POST /login", "POST /logout", "GET /news", "GET /news/{id}", "GET /fact-checks/{id}",
      "POST /news/{id}/comments", "POST /fact-checks/{id}/comments", "POST /comments/{id}/report",
      "GET /corrections", "GET /feed.atom", "GET /sitemap.xml", "GET /healthz", "GET /reset/{token}",
      "GET /fact-checks/", "GET /robots.txt", "GET /desk.js",
      "POST /reset/{token}", "GET /comments/verify/{token}", "POST /comments/verify/{token}");

  /** The router's pattern for a concrete path in the table (numbers stand for any parameter). */
  private static String pattern(String method, String path, List<String> patterns) {
    String[] parts = path.replaceFirst("\\?.*$", "").split("/", -1);
    for (String p : patterns) {
      String[] pp = p.substring(p.indexOf(' ') + 1).split("/", -1);
      if (!p.startsWith(method + " ") || pp.length != parts.length) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < pp.length && same; i++) {
        same = pp[i].equals(parts[i]) || pp[i].startsWith("{") && !parts[i].isEmpty();
      }
      if (same) {
        return p;
      }
    }
    return method + " " + path + " (no such route)";
  }

  @Test
  void every_route_of_the_desk_has_a_row_in_this_matrix_or_is_public() {
    List<String> routes = desk.server.routes();
    Set<String> covered = new java.util.TreeSet<>(PUBLIC);
    for (Route r : apiRoutes()) {
      covered.add(pattern(r.method(), r.path(), routes));
    }
    for (Route r : pageRoutes()) {
      covered.add(pattern(r.method(), r.path(), routes));
    }
    assertThat(routes).as("routes with no row in the permission matrix").allMatch(covered::contains);
    assertThat(covered).as("rows for routes that do not exist").allMatch(routes::contains);
  }

  @Test
  void public_routes_never_fail_for_anonymous_visitors() {
    RunningDesk.Browser anonymous = desk.browser();
    anonymous.get("/news");
    List<String> wrong = new ArrayList<>();
    for (String route : PUBLIC) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1).replace("{id}", String.valueOf(published))
          .replace("{token}", "not-a-real-token");
      int status = method.equals("GET") ? anonymous.get(path).status() : anonymous.post(path, Map.of()).status();
      if (status >= 500) {
        wrong.add(route + " → " + status);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private RunningDesk desk;
  private final Map<Role, RunningDesk.ApiClient> api = new EnumMap<>(Role.class);
  private final Map<Role, RunningDesk.Browser> browsers = new EnumMap<>(Role.class);
  private long article;
  private long published;
  private long adminId;

  @BeforeAll
  void start() {
    desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(), Map.of());
    for (Role role : Role.values()) {
      api.put(role, desk.api(role.label() + "@news.test", role));
      browsers.put(role, desk.browser().signIn(role.label() + "@news.test"));
    }
    User admin = desk.server.accounts().list(desk.server.accounts().userForToken(api.get(Role.ADMIN).token).orElseThrow())
        .stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow();
    adminId = admin.id();
    ArticleRecord a = desk.server.desk().create(admin, new ArticleInput("Owned by the admin", ArticleKind.OWN,
        Optional.of("# Owned by the admin\n\nThe council spent 3 million euros in 2024, the mayor said.\n"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("markdown"), Optional.empty()));
    article = a.id();
    published = article;
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  List<Route> apiRoutes() {
    String a = "/api/articles/" + article;
    return List.of(
        new Route("GET", "/api/me", null, EVERY_ROLE),
        new Route("GET", "/api/dashboard", null, EVERY_ROLE),
        new Route("GET", "/api/articles", null, EVERY_ROLE),
        new Route("POST", "/api/articles", Map.of("text", ""), CREATORS),
        new Route("GET", a, null, EVERY_ROLE),
        new Route("PUT", a, Map.of("text", ""), WRITERS),
        new Route("POST", a + "/state", Map.of("state", "checked"), CHECKERS),
        new Route("POST", a + "/state", Map.of("state", "published"), WRITERS),
        new Route("POST", a + "/claims/999999/verdict", Map.of("verdict", "accurate"), CHECKERS),
        new Route("POST", a + "/findings/999999/status", Map.of("status", "dismissed"), CHECKERS),
        new Route("POST", a + "/matches/999999/decision", Map.of("decision", "rejected"), CHECKERS),
        new Route("POST", a + "/corrections", Map.of("whatWasWrong", ""), WRITERS),
        new Route("GET", a + "/audit", null, EVERY_ROLE),
        new Route("PUT", a, Map.of("text", "", "asOf", "2025-01-01"), WRITERS),
        new Route("GET", "/api/articles?state=draft&page=1&size=10", null, EVERY_ROLE),
        new Route("GET", "/api/inbox", null, EVERY_ROLE),
        new Route("POST", "/api/inbox/read", Map.of(), EVERY_ROLE),
        new Route("POST", a + "/assign", Map.of("assignee", 999999), WRITERS),
        new Route("GET", a + "/revisions", null, EVERY_ROLE),
        new Route("GET", a + "/diff?from=1&to=999", null, EVERY_ROLE),
        new Route("POST", a + "/claims", Map.of("words", ""), CHECKERS),
        new Route("POST", a + "/claims/merge", Map.of("claims", List.of()), CHECKERS),
        new Route("POST", a + "/claims/999999/type", Map.of("type", "event"), CHECKERS),
        new Route("POST", a + "/claims/999999/split", Map.of("secondStartsWith", "the"), CHECKERS),
        new Route("POST", a + "/claims/999999/assign", Map.of(), CHECKERS),
        new Route("POST", a + "/claims/999999/comments", Map.of("text", "Who said this?"), EVERY_ROLE),
        new Route("GET", "/api/people/" + adminId + "/audit", null, EVERY_ROLE),
        new Route("GET", "/api/users", null, EVERY_ROLE),
        new Route("POST", "/api/users", Map.of("email", "not-an-email", "role", "reporter", "password", "x"), ADMINS),
        new Route("POST", "/api/users/999999/role", Map.of("role", "editor"), ADMINS),
        new Route("GET", "/api/tokens", null, EVERY_ROLE),
        new Route("POST", "/api/tokens", Map.of("label", 7), EVERY_ROLE),
        new Route("POST", "/api/tokens/999999/revoke", Map.of(), EVERY_ROLE),
        new Route("POST", a + "/reanalyse", Map.of(), CHECKERS),
        new Route("POST", "/api/me/password", Map.of("current", "wrong", "password", "x"), EVERY_ROLE),
        new Route("POST", "/api/users/999999/reset-link", Map.of(), ADMINS),
        new Route("POST", "/api/users/999999/deactivate", Map.of(), ADMINS),
        new Route("GET", "/api/users/" + adminId + "/tokens", null, ADMINS),
        new Route("POST", a + "/findings/999999/link", Map.of("url", "https://example.org/report"), WRITERS),
        new Route("GET", "/api/kb/facts", null, WRITERS),
        new Route("GET", "/api/kb/facts/999999", null, WRITERS),
        new Route("GET", "/api/kb/changes", null, WRITERS),
        new Route("GET", "/api/kb/export", null, WRITERS),
        new Route("POST", "/api/kb/terms", Map.of("person", ""), WRITERS),
        new Route("POST", "/api/kb/terms/end", Map.of("person", ""), WRITERS),
        new Route("POST", "/api/kb/events", Map.of("name", ""), WRITERS),
        new Route("PUT", "/api/kb/facts/999999", Map.of("end", ""), WRITERS));
  }

  List<Route> pageRoutes() {
    String a = "/articles/" + article;
    return List.of(
        new Route("GET", "/desk", null, EVERY_ROLE),
        new Route("GET", "/articles/new", null, CREATORS),
        new Route("POST", "/articles", Map.of("text", ""), CREATORS),
        new Route("GET", a, null, EVERY_ROLE),
        new Route("GET", a + "/edit", null, WRITERS),
        new Route("POST", a + "/edit", Map.of("text", ""), WRITERS),
        new Route("POST", a + "/state", Map.of("state", "checked"), CHECKERS),
        new Route("POST", a + "/state", Map.of("state", "published"), WRITERS),
        new Route("POST", a + "/claims/999999/verdict", Map.of("verdict", "accurate"), CHECKERS),
        new Route("POST", a + "/findings/999999/status", Map.of("status", "dismissed"), CHECKERS),
        new Route("POST", a + "/matches/999999/decision", Map.of("decision", "rejected"), CHECKERS),
        new Route("POST", a + "/corrections", Map.of("whatWasWrong", ""), WRITERS),
        new Route("POST", a + "/edit", Map.of("text", "", "asOf", "2025-01-01"), WRITERS),
        new Route("GET", "/articles?state=draft&page=1", null, EVERY_ROLE),
        new Route("GET", "/inbox", null, EVERY_ROLE),
        new Route("POST", "/inbox/read", Map.of(), EVERY_ROLE),
        new Route("POST", a + "/assign", Map.of("assignee", "999999"), WRITERS),
        new Route("GET", a + "/revisions", null, EVERY_ROLE),
        new Route("GET", a + "/revisions?from=1&to=999", null, EVERY_ROLE),
        new Route("GET", a + "/preview", null, EVERY_ROLE),
        new Route("POST", a + "/claims", Map.of("words", ""), CHECKERS),
        new Route("POST", a + "/claims/merge", Map.of(), CHECKERS),
        new Route("POST", a + "/claims/999999/type", Map.of("type", "event"), CHECKERS),
        new Route("POST", a + "/claims/999999/split", Map.of("secondStartsWith", "the"), CHECKERS),
        new Route("POST", a + "/claims/999999/assign", Map.of(), CHECKERS),
        new Route("POST", a + "/claims/999999/comments", Map.of("text", "Who said this?"), EVERY_ROLE),
        new Route("GET", "/people/" + adminId, null, EVERY_ROLE),
        new Route("GET", "/users", null, EVERY_ROLE),
        new Route("POST", "/users", Map.of("email", "not-an-email", "role", "reporter", "password", "x"), ADMINS),
        new Route("POST", "/users/999999/role", Map.of("role", "editor"), ADMINS),
        new Route("GET", "/account", null, EVERY_ROLE),
        new Route("POST", "/account/tokens", Map.of("label", "x".repeat(300)), EVERY_ROLE),
        new Route("POST", "/account/tokens/999999/revoke", Map.of(), EVERY_ROLE),
        new Route("POST", a + "/reanalyse", Map.of(), CHECKERS),
        new Route("POST", "/account/password", Map.of("current", "wrong", "password", "x", "password2", "y"), EVERY_ROLE),
        new Route("POST", "/users/999999/reset-link", Map.of(), ADMINS),
        new Route("POST", "/users/999999/deactivate", Map.of(), ADMINS),
        new Route("GET", "/desk/comments", null, MODERATORS),
        new Route("POST", "/desk/comments", Map.of("ids", "999999", "action", "approve"), MODERATORS),
        new Route("POST", a + "/findings/999999/link", Map.of("url", "https://example.org/report"), WRITERS),
        new Route("GET", "/desk/kb", null, WRITERS),
        new Route("GET", "/desk/kb/export", null, WRITERS),
        new Route("POST", "/desk/kb/terms", Map.of("person", ""), WRITERS),
        new Route("POST", "/desk/kb/terms/end", Map.of("person", ""), WRITERS),
        new Route("POST", "/desk/kb/events", Map.of("name", ""), WRITERS),
        new Route("POST", "/desk/kb/facts/999999", Map.of("end", ""), WRITERS),
        new Route("POST", "/desk/comments", Map.of("ids", "999999", "action", "remove"), MODERATORS),
        new Route("GET", "/desk/comments/bans", null, MODERATORS),
        new Route("POST", "/desk/comments/bans/999999/unban", Map.of(), MODERATORS));
  }

  @Test
  void every_api_route_lets_through_exactly_the_roles_allowed_and_nobody_anonymous() {
    List<String> wrong = new ArrayList<>();
    RunningDesk.ApiClient anonymous = new RunningDesk.ApiClient(desk.base, null);
    for (Route route : apiRoutes()) {
      int status = call(anonymous, route);
      if (status != 401) {
        wrong.add("anonymous " + route.method() + " " + route.path() + " → " + status);
      }
      for (Role role : Role.values()) {
        check(wrong, role, route, call(api.get(role), route));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_page_lets_through_exactly_the_roles_allowed_and_sends_anonymous_visitors_to_sign_in() {
    List<String> wrong = new ArrayList<>();
    RunningDesk.Browser anonymous = desk.browser();
    anonymous.get("/login");
    for (Route route : pageRoutes()) {
      int status = submit(anonymous, route);
      int expected = route.method().equals("GET") ? 303 : 401;
      if (status != expected) {
        wrong.add("anonymous " + route.method() + " " + route.path() + " → " + status);
      }
      for (Role role : Role.values()) {
        check(wrong, role, route, submit(browsers.get(role), route));
      }
    }
    assertThat(wrong).isEmpty();
  }

  private void check(List<String> wrong, Role role, Route route, int status) {
    boolean allowed = route.allowed().contains(role.label());
    boolean passed = status != 401 && status != 403 && status < 500;
    boolean refused = status == 403;
    if (allowed ? !passed : !refused) {
      wrong.add(role.label() + " " + route.method() + " " + route.path() + " → " + status
          + " (expected " + (allowed ? "through" : "403") + ")");
    }
  }

  private static int call(RunningDesk.ApiClient client, Route route) {
    return switch (route.method()) {
      case "GET" -> client.get(route.path()).status();
      case "PUT" -> client.put(route.path(), route.body()).status();
      default -> client.post(route.path(), route.body()).status();
    };
  }

  private static int submit(RunningDesk.Browser browser, Route route) {
    if (route.method().equals("GET")) {
      return browser.get(route.path()).status();
    }
    Map<String, String> form = new java.util.HashMap<>();
    route.body().forEach((k, v) -> form.put(k, String.valueOf(v)));
    return browser.post(route.path(), form).status();
  }
}
