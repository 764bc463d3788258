// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.errors.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching an article by address from a real HTTP server on loopback. Loopback is internal, so
 * the ordinary fetcher must refuse it in every spelling; a second fetcher allows the named host
 * "localhost" (the intranet setting) to show the limits and the explanations.
 */
class UrlFetcherTest {
  private HttpServer server;
  private String base;
  private int port;
  private final AtomicInteger hits = new AtomicInteger();
  private final UrlFetcher fetcher = new UrlFetcher(new FetchSettings(64 * 1024, Duration.ofSeconds(2), Set.of("localhost")));
  private final UrlFetcher guarded = new UrlFetcher(new FetchSettings(64 * 1024, Duration.ofSeconds(2), Set.of()));

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
    server.createContext("/secret", ex -> {
      hits.incrementAndGet();
      reply(ex, 200, "text/plain", "internal secret");
    });
    server.createContext("/drip", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 100);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(1000);
        }
      } catch (IOException | InterruptedException e) {
        // the client hangs up at its deadline
      }
    });
    server.createContext("/to-internal", ex -> {
      ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/secret");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/story");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    port = server.getAddress().getPort();
    base = "http://localhost:" + port;
  }

  @AfterEach
  void stop() {
    server.stop(0);
    fetcher.close();
    guarded.close();
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
        .hasMessageContaining("within 2 seconds");
    assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/file")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> fetcher.fetch("not an address at all")).isInstanceOf(BadInputException.class);
  }

  @Test
  void aClosedPortAndAnOpenOneReadTheSame() {
    String closed = messageOf(() -> fetcher.fetch("http://localhost:1/x"));
    assertThat(closed).isEqualTo("The page at localhost could not be fetched; check the address or paste the text instead.");
  }

  @Test
  void everySpellingOfAnInternalAddressIsRefusedBeforeAnythingIsSent() {
    List<String> hosts = List.of("127.0.0.1", "localhost", "LOCALHOST.", "0.0.0.0", "0", "2130706433",
        "0x7f000001", "0177.0.0.1", "0x7f.0.0.1", "127.1", "127.0.1", "017700000001", "[::1]",
        "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:0:0:1]", "[::]", "[::127.0.0.1]");
    for (String host : hosts) {
      assertThatThrownBy(() -> guarded.fetch("http://" + host + ":" + port + "/secret"))
          .as(host).isInstanceOf(BadInputException.class)
          .hasMessageMatching("(?s).*(will not fetch|starting with http://).*");
    }
    assertThat(hits).hasValue(0);
  }

  @Test
  void privateLinkLocalMetadataUniqueLocalAndMulticastAddressesAreInternal() throws Exception {
    for (String a : List.of("10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.100.100.200", "224.0.0.1", "255.255.255.255", "fd00:ec2::254", "fc00::1", "fe80::1",
        "ff02::1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "::1", "0.0.0.0", "127.8.9.10")) {
      assertThat(AddressPolicy.isInternal(java.net.InetAddress.getByName(a))).as(a).isTrue();
    }
    for (String a : List.of("93.184.215.14", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111")) {
      assertThat(AddressPolicy.isInternal(java.net.InetAddress.getByName(a))).as(a).isFalse();
    }
  }

  @Test
  void aRedirectToAnInternalAddressIsRefused() {
    assertThatThrownBy(() -> fetcher.fetch(base + "/to-internal")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("will not fetch 127.0.0.1");
    assertThat(hits).hasValue(0);
  }

  @Test
  void aBodyThatDripsIsCutOffAtTheOneDeadline() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(base + "/drip")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("within 2 seconds");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private static String messageOf(Runnable r) {
    try {
      r.run();
      throw new AssertionError("expected a refusal");
    } catch (BadInputException e) {
      return e.getMessage();
    }
  }
}
