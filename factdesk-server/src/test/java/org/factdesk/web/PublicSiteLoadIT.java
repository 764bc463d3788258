// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Load and crash figures for docs/benchmarks.md, on PostgreSQL over loopback. Runs only with
 * {@code -Dfactdesk.load=true}; every loop is bounded in count and time.
 */
final class PublicSiteLoadIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, String> OPEN = Map.of("comments.moderation", "none",
      "comments.per-address-per-minute", "1000000", "comments.per-commenter-per-minute", "1000000");

  @Test
  void article_pages_under_rising_load_and_comments_at_100_per_second_lose_nothing() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("factdesk.load"), "load test: run with -Dfactdesk.load=true");
    int seconds = Integer.getInteger("factdesk.load.seconds", 60);
    try (RunningDesk desk = new RunningDesk(TestDatabases.POSTGRES, DeskEngine.loadDefault(), OPEN)) {
      User editor = desk.addUser("erin@news.test", Role.EDITOR);
      long id = PublicSiteContract.publish(desk.server.desk(), editor, ArticleKind.OWN, "Load", DeskContract.ARTICLE);
      String page = desk.base + "/news/" + id;
      // Enough requests that the JIT has compiled the page path before anything is timed.
      int warmup = Integer.getInteger("factdesk.load.warmup", 5000);
      for (int i = 0; i < warmup; i++) {
        get(page);
      }
      for (int rate : new int[] {50, 100, 200, 400, 800, 1600}) {
        List<Long> lat = run(rate, 5, () -> get(page));
        System.out.printf("LOAD article page %d/s: n=%d p50=%.1fms p99=%.1fms%n", rate, lat.size(),
            pct(lat, 50), pct(lat, 99));
        if (pct(lat, 99) > 50) {
          break;
        }
      }
      String csrf = "loadtestloadtestloadtest";
      ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
      List<Long> lat = run(100, seconds, () -> {
        String token = UUID.randomUUID().toString();
        int status = postComment(page, csrf, token);
        if (status == 303) {
          acknowledged.add(token);
        }
        return status;
      });
      long stored = acknowledged.stream().filter(desk.server.comments()::stored).count();
      System.out.printf("LOAD comments 100/s for %ds: sent=%d acknowledged=%d stored=%d p50=%.1fms p99=%.1fms%n",
          seconds, lat.size(), acknowledged.size(), stored, pct(lat, 50), pct(lat, 99));
      assertThat(stored).isEqualTo(acknowledged.size());
    }
  }

  @Test
  void every_acknowledged_comment_survives_kill_minus_9() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("factdesk.load"), "crash test: run with -Dfactdesk.load=true");
    Map<String, String> settings = new HashMap<>(TestDatabases.POSTGRES.freshSettings());
    settings.putAll(OPEN);
    long id;
    try (DeskServer first = DeskServer.start(DeskConfig.fromSettings(settings), DeskEngine.loadDefault())) {
      User editor = first.accounts().add(java.util.Optional.empty(), "erin@news.test", null, Role.EDITOR, RunningDesk.PASSWORD);
      id = PublicSiteContract.publish(first.desk(), editor, ArticleKind.OWN, "Crash", DeskContract.ARTICLE);
    }
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), StandaloneDesk.class.getName()));
    settings.forEach((k, v) -> cmd.add(k + "=" + v));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      int port = -1;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (port < 0 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
        if (line.startsWith("PORT ")) {
          port = Integer.parseInt(line.substring(5).strip());
        }
      }
      assertThat(port).as("child desk started").isPositive();
      String page = "http://127.0.0.1:" + port + "/news/" + id;
      ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
      CompletableFuture<List<Long>> posting = CompletableFuture.supplyAsync(() -> run(100, 6, () -> {
        String token = UUID.randomUUID().toString();
        int status = postComment(page, "crashtestcrashtestcrash", token);
        if (status == 303) {
          acknowledged.add(token);
        }
        return status;
      }));
      Thread.sleep(3000);
      child.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no graceful close.
      child.waitFor(30, TimeUnit.SECONDS);
      posting.get(60, TimeUnit.SECONDS);
    } finally {
      child.destroyForcibly();
    }
    settings.put("port", "0");
    try (DeskServer again = DeskServer.start(DeskConfig.fromSettings(settings), DeskEngine.loadDefault())) {
      // Count after restart: every token the killed server acknowledged must be stored.
      long acked = 0;
      long stored = 0;
      for (String token : ackedTokens) {
        acked++;
        stored += again.comments().stored(token) ? 1 : 0;
      }
      System.out.printf("CRASH kill -9 during posting: acknowledged=%d stored after restart=%d stored in all=%d%n",
          acked, stored, again.comments().countAll());
      assertThat(stored).isEqualTo(acked);
    }
  }

  private final List<String> ackedTokens = Collections.synchronizedList(new ArrayList<>());

  /** Fires {@code rate} requests a second for {@code seconds}; returns each latency in microseconds. */
  private List<Long> run(int rate, int seconds, java.util.concurrent.Callable<Integer> call) {
    List<CompletableFuture<Long>> all = new ArrayList<>();
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(64);
    try {
      for (long i = 0; i < total; i++) {
        long due = start + i * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        all.add(CompletableFuture.supplyAsync(() -> {
          long t0 = System.nanoTime();
          try {
            call.call();
          } catch (Exception e) {
            return -1L;
          }
          return (System.nanoTime() - t0) / 1000;
        }, pool));
      }
      List<Long> out = new ArrayList<>();
      for (CompletableFuture<Long> f : all) {
        long v = f.get(60, TimeUnit.SECONDS);
        if (v >= 0) {
          out.add(v);
        }
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int postComment(String page, String csrf, String token) throws Exception {
    String body = "_csrf=" + csrf + "&token=" + token + "&name=Load+Reader&text=Comment+" + token;
    int status = HTTP.send(HttpRequest.newBuilder(URI.create(page + "/comments")).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "fd_csrf=" + csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status == 303) {
      ackedTokens.add(token);
    }
    return status;
  }

  private static double pct(List<Long> micros, int p) {
    if (micros.isEmpty()) {
      return 0;
    }
    List<Long> s = new ArrayList<>(micros);
    Collections.sort(s);
    return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1)) / 1000.0;
  }
}
