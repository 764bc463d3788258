// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.AnalysisStatus;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.DeskEngine;
import org.factdesk.server.DeskConfig;
import org.factdesk.server.DeskServer;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test for durability on the default database: a desk in its own process on the
 * embedded H2 file, two kinds of writer (API article creation and public comments) at full
 * speed, {@code kill -9}, and a restart on the same data folder. Every article the API answered
 * 201 and every comment the site acknowledged must be there, and every analysis that was queued
 * or running at the kill must finish. Prints the figures for docs/benchmarks.md.
 *
 * <p>{@code -Dfactdesk.crash.old-default=true} runs the same test against H2's own write delay
 * (the desk's old default) to measure what durability costs; it then reports instead of asserting.
 */
final class AcknowledgedWritesSurviveKillIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String CSRF = "crashtestcrashtestcrashtest";

  @Test
  void nothing_acknowledged_is_lost_and_queued_analyses_finish_after_kill_minus_9() throws Exception {
    boolean oldDefault = Boolean.getBoolean("factdesk.crash.old-default");
    Path data = Files.createTempDirectory("factdesk-crash");
    Map<String, String> settings = new HashMap<>(Map.of("port", "0", "data", data.toString(),
        "comments.moderation", "none", "comments.per-address-per-minute", "1000000",
        "comments.per-commenter-per-minute", "1000000", "analysis.background-threshold", "0"));
    if (oldDefault) {
      settings.put("database.url", "jdbc:h2:file:" + data.toAbsolutePath().resolve("factdesk"));
    }
    DeskEngine analysis = DeskEngine.loadDefault();
    long published;
    String token;
    User editor;
    Map<String, String> first = new HashMap<>(settings);
    first.put("analysis.background-threshold", "100000");
    try (DeskServer desk = DeskServer.start(DeskConfig.fromSettings(first), analysis)) {
      editor = desk.accounts().add(Optional.empty(), "erin@news.test", null, Role.EDITOR, RunningDesk.PASSWORD);
      published = PublicSiteContract.publish(desk.desk(), editor, ArticleKind.OWN, "Crash", DeskContract.ARTICLE);
      token = desk.accounts().issueToken(editor, "crash test").secret();
    }

    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), StandaloneDesk.class.getName()));
    settings.forEach((k, v) -> cmd.add(k + "=" + v));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Map<Long, String> articles = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> comments = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    long writingNanos;
    try {
      String base = "http://127.0.0.1:" + childPort(child);
      List<Thread> writers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        writers.add(started(() -> {
          while (!stop.get()) {
            createArticle(base, token).ifPresent(a -> articles.put(a.id(), a.title()));
          }
        }));
        writers.add(started(() -> {
          while (!stop.get()) {
            postComment(base + "/news/" + published).ifPresent(comments::add);
          }
        }));
      }
      long start = System.nanoTime();
      Thread.sleep(Long.getLong("factdesk.crash.seconds", 8) * 1000);
      writingNanos = System.nanoTime() - start;
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no graceful close
      child.waitFor(30, TimeUnit.SECONDS);
      stop.set(true);
      for (Thread t : writers) {
        t.join(60_000);
      }
    } finally {
      child.destroyForcibly();
    }

    try (DeskServer again = DeskServer.start(DeskConfig.fromSettings(settings), analysis)) {
      long lostArticles = articles.entrySet().stream().filter(e -> !sameArticle(again, editor, e.getKey(), e.getValue())).count();
      long lostComments = comments.stream().filter(t -> !again.comments().stored(t)).count();
      double seconds = writingNanos / 1e9;
      System.out.printf("CRASH %s: acknowledged articles=%d comments=%d in %.1fs (%.1f writes/s); "
              + "lost after kill -9: articles=%d comments=%d%n", oldDefault ? "H2 old default (write delay)" : "H2 WRITE_DELAY=0",
          articles.size(), comments.size(), seconds, (articles.size() + comments.size()) / seconds,
          lostArticles, lostComments);
      if (oldDefault) {
        return;
      }
      assertThat(articles).as("the writers got through before the kill").isNotEmpty();
      assertThat(comments).isNotEmpty();
      assertThat(lostArticles).isZero();
      assertThat(lostComments).isZero();
      long waiting = -1;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("factdesk.crash.analysis-seconds", 600));
      long queuedAtRestart = unfinished(again, editor);
      while (System.nanoTime() < deadline && (waiting = unfinished(again, editor)) > 0) {
        Thread.sleep(500);
      }
      System.out.printf("CRASH analyses unfinished at restart=%d, after waiting=%d, failed=%d%n",
          queuedAtRestart, waiting, again.desk().list(editor).stream()
              .filter(a -> a.analysisStatus() == AnalysisStatus.FAILED).count());
      assertThat(waiting).as("queued and running analyses finish after the restart").isZero();
      assertThat(again.desk().list(editor)).noneMatch(a -> a.analysisStatus() == AnalysisStatus.FAILED);
    }
  }

  private static long unfinished(DeskServer desk, User editor) {
    return desk.desk().list(editor).stream()
        .filter(a -> a.analysisStatus() == AnalysisStatus.QUEUED || a.analysisStatus() == AnalysisStatus.RUNNING).count();
  }

  private static boolean sameArticle(DeskServer desk, User editor, long id, String title) {
    try {
      ArticleRecord a = desk.desk().detail(editor, id).article();
      return a.title().equals(title);
    } catch (org.factdesk.errors.NotFoundException e) {
      return false;
    }
  }

  private record Created(long id, String title) {}

  private static Optional<Created> createArticle(String base, String token) {
    String title = "Crash article " + UUID.randomUUID();
    try {
      String body = JSON.writeValueAsString(Map.of("title", title, "format", "markdown",
          "text", "# " + title + "\n\nThe harbour handled 3 million tonnes in 2024, the port authority said.\n"));
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
          .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 201 ? Optional.of(new Created(JSON.readTree(r.body()).get("id").asLong(), title)) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty(); // the server died mid-request: not acknowledged
    }
  }

  private static Optional<String> postComment(String page) {
    String token = UUID.randomUUID().toString();
    String body = "_csrf=" + CSRF + "&token=" + token + "&name=Crash+Reader&text=Comment+" + token;
    try {
      int status = HTTP.send(HttpRequest.newBuilder(URI.create(page + "/comments")).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "fd_csrf=" + CSRF)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 303 ? Optional.of(token) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static int childPort(Process child) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      if (line.startsWith("PORT ")) {
        int port = Integer.parseInt(line.substring(5).strip());
        started(() -> drain(out)); // keep the pipe from filling up
        return port;
      }
    }
    throw new AssertionError("the child desk did not start");
  }

  private static Thread started(Runnable r) {
    Thread t = new Thread(r);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // discard
      }
    } catch (java.io.IOException ignored) {
      // the child was killed
    }
  }
}
