// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every request meets first: limits, the Host rule, caching, health, the client's address. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DeskEdgeTest {
  private RunningDesk desk;
  private int port;

  @BeforeAll
  void start() {
    desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(),
        Map.of("proxy.trusted", "127.0.0.1", "site.url", "http://localhost"));
    port = desk.server.port();
    desk.addUser("owner@news.test", Role.REPORTER);
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  /** Sends only the headers of a request that declares a 64 MB body, and reads the answer. */
  private String declareHugeBody(String path, String contentType) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
          + "\r\nContent-Length: " + (64L * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write("--b\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder all = new StringBuilder();
      String line;
      while ((line = in.readLine()) != null) {
        all.append(line).append('\n');
        if (all.length() > 4000) {
          break;
        }
      }
      return all.toString();
    }
  }

  @Test
  void a_64_mb_anonymous_multipart_upload_is_refused_with_413_before_its_body_is_read() throws Exception {
    String answer = declareHugeBody("/login", "multipart/form-data; boundary=b");
    assertThat(answer).startsWith("HTTP/1.1 413");
  }

  @Test
  void the_api_refuses_an_oversized_body_with_413_in_json() throws Exception {
    String answer = declareHugeBody("/api/articles", "application/json");
    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413");
  }

  @Test
  void six_wrong_passwords_from_one_address_do_not_stop_the_owner_at_another() {
    RunningDesk.Browser attacker = new RunningDesk.Browser(desk.base, "203.0.113.9");
    attacker.get("/login");
    int last = 0;
    for (int i = 0; i < 6; i++) {
      last = attacker.post("/login", Map.of("email", "owner@news.test", "password", "guess " + i)).status();
    }
    assertThat(last).isEqualTo(429);
    RunningDesk.Browser owner = new RunningDesk.Browser(desk.base, "198.51.100.7");
    owner.get("/login");
    assertThat(owner.post("/login", Map.of("email", "owner@news.test", "password", RunningDesk.PASSWORD)).status())
        .isEqualTo(303);
  }

  @Test
  void an_unknown_host_is_refused_when_site_url_is_set() throws Exception {
    HttpResponse<String> r = rawGet("/healthz", "evil.example");
    assertThat(r.statusCode()).isEqualTo(421);
  }

  @Test
  void desk_pages_and_the_api_are_never_cached_and_public_pages_may_be() {
    assertThat(desk.browser().get("/login").headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(new RunningDesk.ApiClient(desk.base, null).get("/api/me").headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(desk.browser().get("/news").headers().firstValue("Cache-Control")).isEmpty();
  }

  @Test
  void healthz_reports_the_database() {
    RunningDesk.Response r = desk.browser().get("/healthz");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("database").asText()).isEqualTo("ok");
  }

  @Test
  void an_over_long_email_is_a_400_with_a_message() {
    RunningDesk.ApiClient admin = desk.api("ada@news.test", Role.ADMIN);
    RunningDesk.Response r = admin.post("/api/users", Map.of("email", "a".repeat(389) + "@x.test",
        "role", "reporter", "password", "a long enough password"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).contains("longer than");
  }

  @Test
  void importing_an_internal_address_through_the_api_is_refused() {
    RunningDesk.ApiClient api = desk.api("rita@news.test", Role.REPORTER);
    for (String url : new String[] {"http://127.0.0.1:" + port + "/healthz", "http://2130706433:" + port + "/",
        "http://localhost:" + port + "/", "http://[::1]:" + port + "/", "http://0.0.0.0:" + port + "/"}) {
      RunningDesk.Response r = api.post("/api/articles", Map.of("url", url));
      assertThat(r.status()).as(url).isEqualTo(400);
      assertThat(r.body()).as(url).containsAnyOf("will not fetch", "starting with http");
    }
  }

  private HttpResponse<String> rawGet(String path, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String head = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
      int status = Integer.parseInt(head.split(" ")[1]);
      return new SimpleResponse(status);
    }
  }

  private record SimpleResponse(int statusCode) implements HttpResponse<String> {
    public HttpRequest request() { return null; }
    public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
    public java.net.http.HttpHeaders headers() { return null; }
    public String body() { return ""; }
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
    public URI uri() { return null; }
    public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
  }
}
