// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factdesk.desk.ArticleRecord;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.PublishedArticles.Published;

/**
 * schema.org JSON-LD for public pages: {@code NewsArticle} for our articles and one
 * {@code ClaimReview} per rated claim for reports on other people's articles. The output is safe
 * inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are escaped.
 */
public final class StructuredData {
  private final ObjectMapper json = new ObjectMapper();
  private final SiteSettings site;

  public StructuredData(SiteSettings site) {
    this.site = site;
  }

  public String newsArticle(Published p, String base, String description) {
    ArticleRecord a = p.article();
    ObjectNode n = json.createObjectNode();
    n.put("@context", "https://schema.org");
    n.put("@type", "NewsArticle");
    n.put("headline", a.title().length() > 110 ? a.title().substring(0, 109) + "…" : a.title());
    n.put("url", base + PublicPaths.of(a));
    n.put("mainEntityOfPage", base + PublicPaths.of(a));
    n.put("datePublished", iso(a.publishedAt()));
    n.put("dateModified", iso(p.updated()));
    n.put("description", description);
    ObjectNode author = n.putObject("author");
    author.put("@type", "Person");
    author.put("name", a.createdByName());
    n.set("publisher", organisation(base));
    return html(n);
  }

  /** One ClaimReview per rated claim, in a JSON array (one script element holds them all). */
  public String claimReviews(Published p, String base) {
    ArticleRecord a = p.article();
    ArrayNode items = json.createArrayNode();
    for (ClaimRecord c : p.rated()) {
      ObjectNode n = items.addObject();
      n.put("@context", "https://schema.org");
      n.put("@type", "ClaimReview");
      n.put("url", base + PublicPaths.of(a) + "#claim-" + c.id());
      n.put("claimReviewed", c.sentence());
      n.put("datePublished", iso(c.decidedAt() != null && c.decidedAt().isAfter(a.publishedAt())
          ? c.decidedAt() : a.publishedAt()).substring(0, 10));
      n.set("author", organisation(base));
      ObjectNode rating = n.putObject("reviewRating");
      rating.put("@type", "Rating");
      rating.put("ratingValue", VerdictWords.rating(c.verdict()));
      rating.put("bestRating", 5);
      rating.put("worstRating", 1);
      rating.put("alternateName", VerdictWords.name(c.verdict()));
      ObjectNode claim = n.putObject("itemReviewed");
      claim.put("@type", "Claim");
      // Who said it, where and when, exactly as the checker entered them; nothing guessed.
      if (a.claimant() != null) {
        ObjectNode claimAuthor = claim.putObject("author");
        claimAuthor.put("@type", a.claimant().equals(a.sourcePublisher()) ? "Organization" : "Person");
        claimAuthor.put("name", a.claimant());
      }
      if (a.asOf() != null) {
        claim.put("datePublished", a.asOf().toString());
      }
      if (a.sourceUrl() != null || a.sourcePublisher() != null) {
        ObjectNode appearance = claim.putObject("appearance");
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", a.title());
        if (a.sourceUrl() != null) {
          appearance.put("url", a.sourceUrl());
        }
        if (a.sourcePublisher() != null) {
          ObjectNode publisher = appearance.putObject("publisher");
          publisher.put("@type", "Organization");
          publisher.put("name", a.sourcePublisher());
        }
        if (a.asOf() != null) {
          appearance.put("datePublished", a.asOf().toString());
        }
      }
    }
    return html(items);
  }

  private ObjectNode organisation(String base) {
    ObjectNode o = json.createObjectNode();
    o.put("@type", "Organization");
    o.put("name", site.name());
    o.put("url", base + PublicPaths.HOME);
    return o;
  }

  private String html(Object value) {
    try {
      return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 3339 with seconds always present: OffsetDateTime.toString() drops ":00" seconds. */
  static String iso(Instant t) {
    return RFC3339.format(t.atOffset(ZoneOffset.UTC));
  }

  private static final java.time.format.DateTimeFormatter RFC3339 =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", java.util.Locale.ROOT);
}
