// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.factdesk.archive.FactCheck;
import org.factdesk.article.DateParsing;

/**
 * CLEF CheckThat! claim-retrieval archives: JSON Lines with {@code vclaim_id, vclaim, title,
 * subtitle, page_url, author, date}. The publisher is taken from the id ("vclaim-sno-…" is
 * Snopes) or the URL; these files carry no rating. Blank lines are skipped; a line that is not
 * JSON is an error naming its line number.
 */
final class CheckThatJsonLines implements FactCheckReader {
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void read(InputStream in, String name, Consumer<FactCheck> sink) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        throw new UnreadableFactChecksException(name + ":" + number + ": not a JSON object: "
            + e.getOriginalMessage());
      }
      if (!node.isObject()) {
        throw new UnreadableFactChecksException(name + ":" + number + ": not a JSON object");
      }
      String id = text(node, "vclaim_id");
      String claim = text(node, "vclaim");
      String title = text(node, "title");
      if (id.isBlank() || (claim.isBlank() && title.isBlank())) {
        continue;
      }
      String url = text(node, "page_url");
      sink.accept(new FactCheck(id, claim, title, text(node, "subtitle"), url,
          publisher(id, url), text(node, "author"), DateParsing.parseLenient(text(node, "date")), ""));
    }
  }

  private static String publisher(String id, String url) {
    if (id.startsWith("vclaim-sno-") || url.contains("snopes.com")) {
      return "Snopes";
    }
    if (id.startsWith("vclaim-pol-") || url.contains("politifact.com")) {
      return "PolitiFact";
    }
    return "";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText("");
  }
}
