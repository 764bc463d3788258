package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factdesk.errors.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching an article by address from a real HTTP server on loopback: limits and failures explained. */
class UrlFetcherTest {
  private HttpServer server;
  private String base;
  private final UrlFetcher fetcher = new UrlFetcher(64 * 1024, Duration.ofSeconds(1));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", ex -> reply(ex, 200, "text/html; charset=utf-8",
        "<html><body><article><h1>Local Story</h1><p>Text.</p></article></body></html>"));
    server.createContext("/missing", ex -> reply(ex, 404, "text/plain", "gone"));
    server.createContext("/huge", ex -> reply(ex, 200, "text/plain", "x".repeat(200 * 1024)));
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reply(ex, 200, "text/plain", "late");
    });
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/story");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the client may hang up on purpose (size limit)
    }
  }

  @Test
  void anHtmlPageIsFetchedAndNamedSoItsFormatIsKnown() {
    UrlFetcher.Fetched page = fetcher.fetch(base + "/story");
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Local Story");
    assertThat(page.name()).endsWith(".html");
  }

  @Test
  void redirectsAreFollowed() {
    assertThat(fetcher.fetch(base + "/moved").finalUrl()).endsWith("/story");
  }

  @Test
  void failuresAreExplainedNotThrownRaw() {
    assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("404");
    assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("did not answer");
    assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/file")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> fetcher.fetch("not an address at all")).isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:1/closed")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("could not be reached");
  }
}
