// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.errors.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding against the outbound fetcher, with a real HTTP server on loopback and a resolver
 * that answers what the test tells it to, one answer per lookup, like a hostile DNS server with
 * a zero TTL. The fetcher must refuse a name whose answer is internal at any lookup, and must
 * connect to the address it checked, never to a fresh answer nobody checked.
 */
class DnsRebindingTest {
  private static final byte[] PUBLIC = {93, (byte) 184, (byte) 216, 34};
  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  private HttpServer server;
  private int port;
  private final AtomicInteger hits = new AtomicInteger();
  private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
  /** What each name resolves to, lookup after lookup (the last answer repeats). */
  private final Map<String, List<byte[]>> answers = new ConcurrentHashMap<>();
  private final List<String> lookups = new CopyOnWriteArrayList<>();

  private final AddressPolicy.HostLookup hostile = name -> {
    lookups.add(name);
    List<byte[]> queue = answers.get(name);
    if (queue == null) {
      throw new UnknownHostException(name);
    }
    byte[] answer = queue.size() > 1 ? queue.remove(0) : queue.get(0);
    return new InetAddress[] {InetAddress.getByAddress(name, answer)};
  };

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      hits.incrementAndGet();
      hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
      byte[] body = "<html><body><article><h1>Intranet page</h1><p>Internal.</p></article></body></html>"
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(String name, byte[]... sequence) {
    answers.put(name, new ArrayList<>(List.of(sequence)));
  }

  private UrlFetcher fetcher(Set<String> allowedHosts) {
    return new UrlFetcher(new FetchSettings(64 * 1024, Duration.ofSeconds(3), allowedHosts), hostile);
  }

  @Test
  void a_name_that_resolves_to_a_private_address_is_refused_and_nothing_is_sent() {
    answer("intranet.attacker.test", LOOPBACK);
    try (UrlFetcher f = fetcher(Set.of())) {
      assertThatThrownBy(() -> f.fetch("http://intranet.attacker.test:" + port + "/secret"))
          .isInstanceOf(BadInputException.class).hasMessageContaining("internal network addresses");
    }
    assertThat(hits).hasValue(0);
  }

  @Test
  void a_name_that_answers_public_when_checked_and_private_when_connecting_is_refused() {
    // The classic rebinding: the first lookup (the check) sees a public address, the second
    // (the connection) would see loopback. The connection's lookup is checked too.
    answer("rebind.attacker.test", PUBLIC, LOOPBACK);
    try (UrlFetcher f = fetcher(Set.of())) {
      assertThatThrownBy(() -> f.fetch("http://rebind.attacker.test:" + port + "/secret"))
          .isInstanceOf(BadInputException.class).hasMessageContaining("internal network addresses");
    }
    assertThat(hits).hasValue(0);
    assertThat(lookups).as("each lookup went through the checked resolver").containsOnly("rebind.attacker.test")
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void one_internal_address_among_public_ones_refuses_the_name() {
    AddressPolicy.HostLookup both = name -> new InetAddress[] {InetAddress.getByAddress(name, PUBLIC),
        InetAddress.getByAddress(name, LOOPBACK)};
    try (UrlFetcher f = new UrlFetcher(new FetchSettings(64 * 1024, Duration.ofSeconds(3), Set.of()), both)) {
      assertThatThrownBy(() -> f.fetch("http://mixed.attacker.test:" + port + "/"))
          .isInstanceOf(BadInputException.class).hasMessageContaining("internal network addresses");
    }
    assertThat(hits).hasValue(0);
  }

  @Test
  void the_connection_goes_to_the_address_that_was_checked_not_to_a_new_lookup() {
    // "wiki.intranet" exists only in this resolver; the system's DNS does not know it. The page
    // arrives, so the connection used the checked answer; had the client looked the name up
    // again on its own, there would have been no address to connect to.
    answer("wiki.intranet", LOOPBACK);
    try (UrlFetcher f = fetcher(Set.of("wiki.intranet"))) {
      UrlFetcher.Fetched page = f.fetch("http://wiki.intranet:" + port + "/page");
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Intranet page");
    }
    assertThat(hits).hasValue(1);
    assertThat(hostHeaders).containsExactly("wiki.intranet:" + port);
    assertThat(lookups).containsOnly("wiki.intranet");
  }

  @Test
  void an_allowed_intranet_name_does_not_open_other_names_that_rebind_to_the_same_address() {
    answer("wiki.intranet", LOOPBACK);
    answer("wiki.intranet.attacker.test", PUBLIC, LOOPBACK);
    try (UrlFetcher f = fetcher(Set.of("wiki.intranet"))) {
      assertThatThrownBy(() -> f.fetch("http://wiki.intranet.attacker.test:" + port + "/"))
          .isInstanceOf(BadInputException.class).hasMessageContaining("internal network addresses");
    }
    assertThat(hits).hasValue(0);
  }
}
