// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;

/** A real desk on a random port over a fresh database, and clients that talk to it over HTTP. */
final class RunningDesk implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";
  private static final ObjectMapper JSON = new ObjectMapper();

  final DeskServer server;
  final String base;

  RunningDesk(TestDatabases db, DeskEngine analysis, Map<String, String> extra) {
    Map<String, String> settings = db.freshSettings();
    settings.putAll(extra);
    this.server = DeskServer.start(DeskConfig.fromSettings(settings), analysis);
    this.base = "http://localhost:" + server.port();
  }

  User addUser(String email, Role role) {
    return server.accounts().add(Optional.empty(), email, null, role, PASSWORD);
  }

  /** A person with their own API token, for JSON calls. */
  ApiClient api(String email, Role role) {
    User user = addUser(email, role);
    return new ApiClient(base, server.accounts().issueToken(user, "test").secret());
  }

  Browser browser() {
    return new Browser(base);
  }

  @Override
  public void close() {
    server.close();
  }

  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** Calls the JSON API with a bearer token (or none). */
  static final class ApiClient {
    private final String base;
    final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(String base, String token) {
      this.base = base;
      this.token = token;
    }

    Response get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The article once its analysis has finished (failing the test if it failed or took over 2 minutes). */
    JsonNode analysed(long id) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (true) {
        JsonNode a = get("/api/articles/" + id).json();
        String status = a.at("/analysis/status").asText();
        if (a.at("/analysis/current").asBoolean() || status.equals("failed")) {
          if (!status.equals("done")) {
            throw new AssertionError("analysis failed: " + a.at("/analysis/error").asText());
          }
          return a;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("analysis did not finish: " + a);
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }

    Response post(String path, Object body) {
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Response put(String path, Object body) {
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Response send(HttpRequest.Builder request) {
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      try {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers());
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    private static String json(Object body) {
      try {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A browser without JavaScript: keeps cookies, reads the CSRF token from the last page. */
  static final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    String csrf = "";
    private final String forwardedFor;

    Browser(String base) {
      this(base, null);
    }

    /** A browser behind a trusted proxy that reports it as {@code forwardedFor}. */
    Browser(String base, String forwardedFor) {
      this.forwardedFor = forwardedFor;
      this.base = base;
      this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Response get(String path) {
      Response r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
      Matcher m = CSRF.matcher(r.body());
      if (m.find()) {
        csrf = m.group(1);
      }
      return r;
    }

    /** Posts a form with the current CSRF token (pass "_csrf" yourself to override it). */
    Response post(String path, Map<String, String> form) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("_csrf", csrf);
      fields.putAll(form);
      String body = fields.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Browser signIn(String email) {
      get("/login");
      Response r = post("/login", Map.of("email", email, "password", PASSWORD));
      if (r.status() != 303) {
        throw new AssertionError("sign-in failed: " + r.status() + " " + r.body());
      }
      get("/desk");
      return this;
    }

    private Response send(HttpRequest.Builder request) {
      if (forwardedFor != null) {
        request.header("X-Forwarded-For", forwardedFor);
      }
      try {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers());
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
