// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.factdesk.archive.FactCheck;
import org.factdesk.article.DateParsing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org {@code ClaimReview} JSON-LD, as fact-checkers publish it: a single object, an
 * array, a {@code @graph}, reviews nested anywhere inside other objects, or all of these inside
 * {@code <script type="application/ld+json">} blocks of an HTML page. A top-level array is
 * streamed element by element, so a feed of any length reads in bounded memory.
 *
 * <p>The id is the review's {@code url} (else its {@code @id}, else a hash of claim and
 * publisher); the rating is {@code reviewRating.alternateName}, else "ratingValue/bestRating".
 */
final class ClaimReviewJsonLd implements FactCheckReader {
  private final ObjectMapper json = new ObjectMapper();
  private final boolean html;

  private ClaimReviewJsonLd(boolean html) {
    this.html = html;
  }

  /** JSON or JSON-LD files. */
  public static ClaimReviewJsonLd json() {
    return new ClaimReviewJsonLd(false);
  }

  /** HTML pages with JSON-LD script blocks. */
  public static ClaimReviewJsonLd html() {
    return new ClaimReviewJsonLd(true);
  }

  @Override
  public void read(InputStream in, String name, Consumer<FactCheck> sink) throws IOException {
    if (html) {
      readHtml(in, name, sink);
      return;
    }
    try (JsonParser parser = json.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        while (parser.nextToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
          walk(json.readTree(parser), sink);
        }
      } else if (first == JsonToken.START_OBJECT) {
        walk(json.readTree(parser), sink);
      } else {
        throw new UnreadableFactChecksException(name + ": not JSON-LD (expected an object or an array)");
      }
    } catch (JsonProcessingException e) {
      throw new UnreadableFactChecksException(name + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
  }

  private void readHtml(InputStream in, String name, Consumer<FactCheck> sink) throws IOException {
    Document page = Jsoup.parse(in, null, "");
    for (Element script : page.select("script[type=application/ld+json]")) {
      String body = script.data().strip();
      if (body.isEmpty()) {
        continue;
      }
      try {
        walk(json.readTree(body), sink);
      } catch (JsonProcessingException e) {
        // Pages often carry one broken block among good ones; the others still count.
        continue;
      }
    }
  }

  /** Finds every ClaimReview in a JSON-LD tree: top level, arrays, {@code @graph}, nested. */
  void walk(JsonNode node, Consumer<FactCheck> sink) {
    if (node.isArray()) {
      node.forEach(child -> walk(child, sink));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isClaimReview(node)) {
      FactCheck check = toFactCheck(node);
      if (check != null) {
        sink.accept(check);
      }
      return;
    }
    node.forEach(child -> {
      if (child.isContainerNode()) {
        walk(child, sink);
      }
    });
  }

  private static boolean isClaimReview(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isClaimReviewType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isClaimReviewType(type.asText());
  }

  private static boolean isClaimReviewType(String t) {
    return t.equals("ClaimReview") || t.endsWith("/ClaimReview") || t.endsWith(":ClaimReview");
  }

  private static FactCheck toFactCheck(JsonNode review) {
    String claim = text(review, "claimReviewed");
    if (claim.isBlank()) {
      claim = text(review.path("itemReviewed"), "name");
    }
    String title = firstNonBlank(text(review, "headline"), text(review, "name"));
    if (claim.isBlank() && title.isBlank()) {
      return null;
    }
    String url = text(review, "url");
    String publisher = firstNonBlank(name(review.get("author")), name(review.get("publisher")));
    String id = firstNonBlank(url, text(review, "@id"));
    if (id.isBlank()) {
      id = "claimreview-" + hash(claim + "\n" + publisher + "\n" + text(review, "datePublished"));
    }
    return new FactCheck(id, claim, title.equals(claim) ? "" : title, text(review, "description"),
        url, publisher, name(review.get("author")).equals(publisher) ? "" : name(review.get("author")),
        DateParsing.parseLenient(text(review, "datePublished")), rating(review.path("reviewRating")));
  }

  private static String rating(JsonNode rating) {
    if (rating.isArray()) {
      rating = rating.path(0);
    }
    String words = firstNonBlank(text(rating, "alternateName"), text(rating, "name"));
    if (!words.isBlank()) {
      return words;
    }
    String value = text(rating, "ratingValue");
    String best = text(rating, "bestRating");
    return value.isBlank() ? "" : best.isBlank() ? value : value + "/" + best;
  }

  private static String name(JsonNode who) {
    if (who == null) {
      return "";
    }
    if (who.isArray()) {
      return who.isEmpty() ? "" : name(who.get(0));
    }
    if (who.isTextual()) {
      return who.asText().strip();
    }
    return firstNonBlank(text(who, "name"), text(who, "legalName"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      return v.isEmpty() ? "" : v.get(0).asText("").strip();
    }
    return v.isValueNode() ? v.asText("").strip() : "";
  }

  private static String firstNonBlank(String a, String b) {
    return a.isBlank() ? b : a;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
