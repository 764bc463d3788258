// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import org.factdesk.desk.UrlArticleReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code factdesk read URL} and the desk's URL import read a real page over HTTP to the same text. */
class ReadUrlTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", ex -> {
      byte[] body = ("<html><head><title>Порт</title></head><body><nav><a href=\"/\">Главная</a></nav><article>"
          + "<h1>Совет одобрил план порта</h1><p>Городской совет одобрил план реконструкции порта после семичасового заседания.</p>"
          + "<p>Работы начнутся осенью, <a href=\"/plan\">сказано в плане</a>.</p></article></body></html>").getBytes(CP1251);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1251");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readUrlGivesWhatTheDeskImports() throws Exception {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {"read", base + "/story", "--format", "json"}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(exit).isZero();
    var json = new ObjectMapper().readTree(out.toString());
    UrlArticleReader.Read desk = new UrlArticleReader(new org.factdesk.desk.FetchSettings(1024 * 1024, Duration.ofSeconds(5), java.util.Set.of("127.0.0.1"))).read(base + "/story");
    assertThat(json.get("text").asText()).isEqualTo(desk.article().body().text())
        .isEqualTo("Городской совет одобрил план реконструкции порта после семичасового заседания."
            + "\n\nРаботы начнутся осенью, сказано в плане.");
    assertThat(json.get("links").get(0).get("href").asText()).isEqualTo(base + "/plan");
    assertThat(json.get("url").asText()).isEqualTo(base + "/story");
    assertThat(desk.sourceText()).contains("Совет одобрил план порта");
  }
}
