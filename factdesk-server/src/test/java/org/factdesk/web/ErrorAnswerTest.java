// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An Error thrown while serving a request (H2's assertion on a broken store is one) gets the
 * desk's plain words, not a bare 500, and an Error from the database starts the database check.
 */
final class ErrorAnswerTest {
  @Test
  void an_error_from_the_database_is_answered_in_plain_words_and_starts_the_database_check() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.router.javaLangErrorHandler((response, error) -> WebApp.answerError(response, error, () -> {
        checks.incrementAndGet();
        return false;
      }));
      config.routes.get("/database", ctx -> {
        AssertionError broken = new AssertionError("version counter below zero");
        broken.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.mvstore.MVStore", "registerVersionUsage", "MVStore.java", 1807)});
        throw broken;
      });
      config.routes.get("/elsewhere", ctx -> {
        throw new AssertionError("not the database");
      });
    }).start(0);
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpResponse<String> database = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
          + "/database")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(database.statusCode()).isEqualTo(500);
      assertThat(database.body()).isEqualTo(WebApp.SOMETHING_WENT_WRONG);
      assertThat(checks).as("the database check ran, which recovers a broken database").hasValue(1);

      HttpResponse<String> elsewhere = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
          + "/elsewhere")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(elsewhere.statusCode()).isEqualTo(500);
      assertThat(elsewhere.body()).isEqualTo(WebApp.SOMETHING_WENT_WRONG);
      assertThat(checks).as("an Error from elsewhere leaves the database alone").hasValue(1);
    } finally {
      app.stop();
    }
  }
}
