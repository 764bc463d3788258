// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleDetail;
import org.factdesk.desk.ArticleInput;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.ArticleState;
import org.factdesk.desk.ClaimRecord;
import org.factdesk.desk.Desk;
import org.factdesk.desk.DeskEngine;
import org.factdesk.desk.FindingRecord;
import org.factdesk.desk.FindingStatus;
import org.factdesk.desk.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The public site and comments over HTTP against a real server; subclasses run on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PublicSiteContract {
  static final String REPORT = """
      # Port claims record year

      The harbour handled 2.3 million containers in 2024, according to its annual report.

      Freight rates rose by 14 percent in April 2025, the port authority said.
      """;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  RunningDesk desk;
  User editor;
  RunningDesk.Browser moderator;
  long own;
  long report;
  int readers;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    desk = new RunningDesk(database(), DeskEngine.loadDefault(), Map.of(
        "comments.banned-words", "spamword", "comments.suspect-words", "casino",
        "comments.max-links", "1", "comments.per-address-per-minute", "10000",
        "comments.per-commenter-per-minute", "3", "comments.reports-to-hold", "2", "site.name", "The Harbour Ledger"));
    editor = desk.addUser("erin@news.test", Role.EDITOR);
    desk.addUser("mo@news.test", Role.MODERATOR);
    desk.addUser("rita@news.test", Role.REPORTER);
    moderator = desk.browser().signIn("mo@news.test");
    own = publish(desk.server.desk(), editor, ArticleKind.OWN, "Ministers meet in Lisbon", DeskContract.ARTICLE);
    report = publish(desk.server.desk(), editor, ArticleKind.EXTERNAL, "Port claims record year", REPORT);
  }

  @AfterAll
  void stop() {
    desk.close();
  }

  /** Takes an article through the whole desk: verdicts with evidence, errors fixed, checked, published. */
  static long publish(Desk d, User editor, ArticleKind kind, String title, String text) {
    long id = d.create(editor, new ArticleInput(title, kind, Optional.of(text), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("markdown"), Optional.of(java.time.LocalDate.parse("2025-05-13")))).id();
    if (kind == ArticleKind.EXTERNAL) {
      d.edit(editor, id, new org.factdesk.desk.ArticleEdit(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of("Harbour Board spokesperson"), Optional.of("The Quayside Gazette"),
          Optional.of("https://gazette.example.net/port-record")));
    }
    ArticleDetail detail = d.detail(editor, id);
    int i = 0;
    for (ClaimRecord c : detail.claims()) {
      // Our own articles cannot be published with a sentence we rate wrong; reports publish such verdicts.
      Verdict v = kind == ArticleKind.OWN || i++ % 2 == 0 ? Verdict.ACCURATE : Verdict.INACCURATE;
      d.recordVerdict(editor, id, c.id(), v, List.of("https://stats.example.org/ports/" + c.id()), "Checked against the yearbook.");
    }
    for (FindingRecord f : detail.findings()) {
      if (f.blocksLabel()) {
        d.resolveFinding(editor, id, f.id(), FindingStatus.DISMISSED, "Covered by the claim's verdict.");
      }
    }
    d.changeState(editor, id, ArticleState.IN_REVIEW);
    d.changeState(editor, id, ArticleState.CHECKED);
    d.changeState(editor, id, ArticleState.PUBLISHED);
    return id;
  }

  @Test
  void a_published_article_shows_headline_byline_dates_label_verdicts_evidence_and_news_article_json_ld() throws Exception {
    RunningDesk.Response page = desk.browser().get("/news/" + own);
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("<h1 id=\"headline\">Ministers meet in Lisbon</h1>").contains("id=\"byline\"")
        .contains("id=\"published\"").contains("id=\"fact-checked\"").contains("How we checked this article")
        .contains("Accurate.").contains("https://stats.example.org/ports/")
        .contains("property=\"og:title\" content=\"Ministers meet in Lisbon\"").contains("property=\"og:type\" content=\"article\"")
        .contains("Leave a Comment").contains("<label for=\"name\">");
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).as("page weight").isLessThan(100_000);
    assertThat(html).doesNotContain("<script src").doesNotContain("<script>");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
        .doesNotContain("script-src 'unsafe-inline'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    JsonNode ld = jsonLd(html);
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    for (String field : List.of("headline", "datePublished", "dateModified", "author", "publisher", "url")) {
      assertThat(ld.hasNonNull(field)).as(field).isTrue();
    }
    assertThat(ld.at("/author/name").asText()).isNotBlank();
    assertThat(ld.at("/publisher/name").asText()).isEqualTo("The Harbour Ledger");
  }

  @Test
  void a_fact_check_report_carries_one_valid_claim_review_per_rated_claim() throws Exception {
    RunningDesk.Response page = desk.browser().get("/fact-checks/" + report);
    assertThat(page.status()).isEqualTo(200);
    JsonNode reviews = jsonLd(page.body());
    long rated = desk.server.desk().detail(editor, report).claims().stream()
        .filter(c -> c.verdict() != null && c.verdict() != Verdict.NOT_A_CLAIM).count();
    assertThat(reviews.isArray()).isTrue();
    assertThat(reviews.size()).isEqualTo((int) rated).isPositive();
    for (JsonNode r : reviews) {
      assertThat(r.get("@type").asText()).isEqualTo("ClaimReview");
      assertThat(r.get("claimReviewed").asText()).isNotBlank();
      // No site.url here: public links use the address the server listens on, never the Host header.
      assertThat(r.get("url").asText()).startsWith(desk.base.replace("//localhost", "//127.0.0.1") + "/fact-checks/" + report + "#claim-");
      assertThat(r.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(r.at("/author/name").asText()).isEqualTo("The Harbour Ledger");
      assertThat(r.at("/reviewRating/alternateName").asText()).isIn("Accurate", "Inaccurate", "Misleading", "Unverifiable");
      assertThat(r.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
      assertThat(r.at("/itemReviewed/author/name").asText()).as("the claimant as entered").isEqualTo("Harbour Board spokesperson");
      assertThat(r.at("/itemReviewed/appearance/url").asText()).isEqualTo("https://gazette.example.net/port-record");
      assertThat(r.at("/itemReviewed/appearance/publisher/name").asText()).isEqualTo("The Quayside Gazette");
      assertThat(r.at("/itemReviewed/datePublished").asText()).isEqualTo("2025-05-13");
      for (String field : List.of("ratingValue", "bestRating", "worstRating", "alternateName")) {
        assertThat(r.at("/reviewRating/" + field).isMissingNode()).as("reviewRating." + field).isFalse();
      }
    }
    assertThat(desk.browser().get("/news/" + report).status()).as("reports live under /fact-checks").isEqualTo(301);
  }

  @Test
  void robots_txt_opens_the_public_site_closes_the_desk_and_names_the_sitemap() {
    RunningDesk.Response robots = desk.browser().get("/robots.txt");
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /api/").contains("Disallow: /desk")
        .contains("Disallow: /articles").contains("Allow: /fact-checks/").containsPattern("\nSitemap: http://[^\\s]+/sitemap.xml");
  }

  @Test
  void the_fact_checks_index_lists_published_reports_and_not_our_articles() {
    RunningDesk.Response index = desk.browser().get("/fact-checks/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("href=\"/fact-checks/" + report + "\"").doesNotContain("href=\"/news/" + own + "\"")
        .contains("claims by Harbour Board spokesperson");
    assertThat(desk.browser().get("/fact-checks").body()).as("with or without the slash").contains("/fact-checks/" + report);
  }

  @Test
  void a_missing_public_page_is_a_404_in_the_public_layout() {
    for (String path : List.of("/news/99999999", "/fact-checks/99999999", "/no-such-page")) {
      RunningDesk.Response missing = desk.browser().get(path);
      assertThat(missing.status()).as(path).isEqualTo(404);
      assertThat(missing.body()).as(path).contains("aria-label=\"Site\"").contains("Page not found")
          .doesNotContain("class=\"brand\"");
    }
  }

  @Test
  void feed_timestamps_are_rfc_3339_with_seconds() {
    String feed = desk.browser().get("/feed.atom").body();
    Matcher m = Pattern.compile("<(updated|published)>([^<]+)</").matcher(feed);
    int n = 0;
    while (m.find()) {
      n++;
      assertThat(m.group(2)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    }
    assertThat(n).isGreaterThan(2);
    assertThat(desk.browser().get("/news/" + own).body()).containsPattern("datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"");
  }

  @Test
  void a_reader_at_the_site_root_is_sent_to_the_public_home() {
    RunningDesk.Response root = desk.browser().get("/");
    assertThat(root.status()).isEqualTo(303);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/news"));
  }

  @Test
  void drafts_are_invisible_to_readers() {
    long draft = desk.server.desk().create(editor, new ArticleInput("Unfinished", ArticleKind.OWN,
        Optional.of("Not ready yet."), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("text"),
        Optional.empty())).id();
    assertThat(desk.browser().get("/news/" + draft).status()).isEqualTo(404);
    assertThat(desk.browser().get("/news").body()).doesNotContain("Unfinished").contains("Ministers meet in Lisbon");
  }

  @Test
  void the_atom_feed_and_sitemap_list_every_published_page() throws Exception {
    RunningDesk.Response feed = desk.browser().get("/feed.atom");
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    Element root = xml(feed.body()).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    for (String required : List.of("id", "title", "updated", "author")) {
      assertThat(root.getElementsByTagNameNS("*", required).getLength()).as(required).isPositive();
    }
    boolean self = false;
    var links = root.getElementsByTagNameNS("*", "link");
    for (int i = 0; i < links.getLength(); i++) {
      Element l = (Element) links.item(i);
      self |= l.getAttribute("rel").equals("self") && l.getAttribute("href").endsWith("/feed.atom");
    }
    assertThat(self).isTrue();
    assertThat(feed.body()).contains("/news/" + own).contains("/fact-checks/" + report);
    String sitemap = desk.browser().get("/sitemap.xml").body();
    assertThat(xml(sitemap).getDocumentElement().getLocalName()).isEqualTo("urlset");
    assertThat(sitemap).contains("/news/" + own + "</loc>").contains("/fact-checks/" + report + "</loc>");
  }

  @Test
  void the_corrections_page_and_the_article_list_every_correction() {
    long id = publish(desk.server.desk(), editor, ArticleKind.OWN, "Freight rates", DeskContract.ARTICLE);
    desk.server.desk().correct(editor, id, "We gave the wrong month for the rise.", "The month is now April.", Optional.empty());
    assertThat(desk.browser().get("/corrections").body()).contains("We gave the wrong month for the rise.");
    assertThat(desk.browser().get("/news/" + id).body()).contains("We gave the wrong month for the rise.").contains("id=\"updated\"");
  }

  @Test
  void a_first_comment_is_held_until_a_moderator_approves_it_and_the_next_one_appears_at_once() {
    RunningDesk.Browser reader = desk.browser();
    String name = "Reader " + (++readers);
    String email = "r" + readers + "@mail.test";
    RunningDesk.Response held = comment(reader, own, name, email, "I sailed from that port in 2024.");
    assertThat(held.headers().firstValue("Location").orElse("")).contains("comment=held");
    assertThat(reader.get("/news/" + own).body()).doesNotContain("I sailed from that port");
    String queue = moderator.get("/desk/comments").body();
    assertThat(queue).contains("I sailed from that port").contains("First comment from this commenter.");
    long id = heldId(queue, "I sailed from that port");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "approve")).status()).isEqualTo(303);
    assertThat(reader.get("/news/" + own).body()).contains("I sailed from that port");
    RunningDesk.Response second = comment(reader, own, name, email, "And again in 2025.");
    assertThat(second.headers().firstValue("Location").orElse("")).contains("comment=posted");
    assertThat(desk.browser().get("/news/" + own).body()).contains("And again in 2025.");
    assertThat(desk.server.desk().detail(editor, own).audit().stream().map(a -> a.action()))
        .contains("comment.held", "comment.approve", "comment.approved");
  }

  @Test
  void the_same_form_posted_twice_stores_one_comment() {
    RunningDesk.Browser reader = desk.browser();
    reader.get("/news/" + own);
    String token = token(reader.get("/news/" + own).body());
    Map<String, String> form = Map.of("name", "Double Clicker", "text", "Posted with one click, sent twice.", "token", token);
    long before = desk.server.comments().countAll();
    assertThat(reader.post("/news/" + own + "/comments", form).status()).isEqualTo(303);
    assertThat(reader.post("/news/" + own + "/comments", form).status()).isEqualTo(303);
    assertThat(desk.server.comments().countAll() - before).isEqualTo(1);
  }

  @Test
  void banned_words_reject_suspect_words_and_links_hold_and_the_honeypot_catches_bots() {
    RunningDesk.Browser reader = desk.browser();
    assertThat(comment(reader, own, "Spammer", null, "buy spamword now").headers().firstValue("Location").orElse(""))
        .contains("comment=rejected");
    Map<String, String> bot = new HashMap<>(Map.of("name", "Bot", "text", "hello from a bot", "website", "http://bot.test"));
    RunningDesk.Response caught = post(reader, own, bot);
    assertThat(caught.status()).isEqualTo(303);
    comment(desk.browser(), own, "Linker", null, "see https://a.test and https://b.test");
    comment(desk.browser(), own, "Gambler", null, "the casino by the harbour");
    String queue = moderator.get("/desk/comments").body();
    assertThat(queue).contains("Has 2 links; more than 1 are held.").contains("suspect word \"casino\"")
        .doesNotContain("hello from a bot").doesNotContain("buy spamword");
    assertThat(desk.browser().get("/news/" + own).body()).doesNotContain("hello from a bot").doesNotContain("spamword");
  }

  @Test
  void a_banned_commenter_cannot_comment_again() {
    RunningDesk.Browser troll = desk.browser();
    comment(troll, own, "Troll", "troll@mail.test", "first provocation");
    long id = heldId(moderator.get("/desk/comments").body(), "first provocation");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "ban_commenter",
        "note", "abusive")).status()).isEqualTo(303);
    assertThat(comment(troll, own, "Troll", "troll@mail.test", "second provocation").status()).isEqualTo(403);
  }

  @Test
  void a_moderator_removes_a_published_comment_and_only_a_published_one() {
    RunningDesk.Browser reader = desk.browser();
    comment(reader, own, "Remover", "remove@mail.test", "published then taken down");
    long id = heldId(moderator.get("/desk/comments").body(), "published then taken down");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "remove")).status())
        .as("a held comment is rejected, not removed").isEqualTo(400);
    moderator.get("/desk/comments");
    moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "approve"));
    assertThat(desk.browser().get("/news/" + own).body()).contains("published then taken down");
    String approved = moderator.get("/desk/comments?view=approved").body();
    assertThat(approved).contains("id=\"remove\"");
    assertThat(heldId(approved, "published then taken down")).isEqualTo(id);
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "remove", "view", "approved",
        "note", "off-topic")).headers().firstValue("Location").orElse("")).contains("view=approved");
    assertThat(desk.browser().get("/news/" + own).body()).doesNotContain("published then taken down");
    assertThat(moderator.get("/desk/comments?view=rejected").body()).contains("published then taken down")
        .contains("Removed after publication").contains("off-topic");
    assertThat(desk.server.desk().detail(editor, own).audit().stream().map(a -> a.action())).contains("comment.remove");
  }

  @Test
  void a_ban_is_listed_and_lifting_it_lets_the_commenter_back() {
    RunningDesk.Browser banned = desk.browser();
    comment(banned, own, "Listed", "listed@mail.test", "a comment that earns a ban");
    long id = heldId(moderator.get("/desk/comments").body(), "a comment that earns a ban");
    moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "ban_commenter", "note", "listed"));
    assertThat(comment(banned, own, "Listed", "listed@mail.test", "while banned").status()).isEqualTo(403);
    String bans = moderator.get("/desk/comments/bans").body();
    Matcher m = Pattern.compile("<tr id=\"ban-(\\d+)\">((?!</tr>).)*#" + id + " by Listed", Pattern.DOTALL).matcher(bans);
    assertThat(m.find()).as("ban of comment " + id + " listed").isTrue();
    assertThat(moderator.post("/desk/comments/bans/" + m.group(1) + "/unban", Map.of()).status()).isEqualTo(303);
    assertThat(moderator.get("/desk/comments/bans").body()).doesNotContain("id=\"ban-" + m.group(1) + "\"");
    assertThat(comment(banned, own, "Listed", "listed@mail.test", "after the unban").status()).isEqualTo(303);
    moderator.get("/desk/comments/bans");
    assertThat(moderator.post("/desk/comments/bans/" + m.group(1) + "/unban", Map.of()).status())
        .as("lifting it twice").isEqualTo(404);
  }

  @Test
  void a_commenter_posting_too_fast_is_told_to_wait() {
    RunningDesk.Browser fast = desk.browser();
    int refused = 0;
    for (int i = 0; i < 5; i++) {
      if (comment(fast, own, "Fast", "fast@mail.test", "message number " + i).status() == 429) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(2);
  }

  @Test
  void readers_reports_send_a_comment_back_to_the_queue() {
    RunningDesk.Browser reader = desk.browser();
    comment(reader, own, "Reported", "rep@mail.test", "a comment some find rude");
    long id = heldId(moderator.get("/desk/comments").body(), "a comment some find rude");
    moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "approve"));
    RunningDesk.Browser a = desk.browser();
    a.get("/news/" + own);
    assertThat(a.post("/comments/" + id + "/report", Map.of("reason", "rude")).status()).isEqualTo(303);
    assertThat(a.post("/comments/" + id + "/report", Map.of("reason", "rude")).status()).as("same address again").isEqualTo(303);
    assertThat(moderator.get("/desk/comments").body()).doesNotContain("a comment some find rude");
    // One report is below the hold threshold, yet the moderator sees it in the reported view,
    // which the navigation links to.
    assertThat(moderator.get("/desk").body()).contains("href=\"/desk/comments\"");
    assertThat(moderator.get("/desk/comments").body()).contains("href=\"/desk/comments?view=reported\"");
    assertThat(moderator.get("/desk/comments?view=reported").body()).contains("a comment some find rude");
    // Every test client comes from 127.0.0.1, so the second report counts only through the service.
    desk.server.comments().report(id, "192.0.2.7", "offensive");
    assertThat(moderator.get("/desk/comments").body()).contains("a comment some find rude").contains("Reported by 2 readers");
  }

  @Test
  void only_moderators_and_admins_see_the_comment_queue_and_forms_need_the_csrf_token() {
    RunningDesk.Browser reporter = desk.browser().signIn("rita@news.test");
    assertThat(reporter.get("/desk/comments").status()).isEqualTo(403);
    assertThat(desk.browser().get("/desk/comments").status()).isEqualTo(303);
    RunningDesk.Browser reader = desk.browser();
    String token = token(reader.get("/news/" + own).body());
    reader.csrf = "forged-token-forged-token";
    assertThat(reader.post("/news/" + own + "/comments", Map.of("name", "X", "text", "y", "token", token)).status())
        .isEqualTo(403);
  }

  RunningDesk.Response comment(RunningDesk.Browser reader, long article, String name, String email, String text) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "text", text));
    if (email != null) {
      form.put("email", email);
    }
    return post(reader, article, form);
  }

  static RunningDesk.Response post(RunningDesk.Browser reader, long article, Map<String, String> form) {
    String token = token(reader.get("/news/" + article).body());
    Map<String, String> all = new HashMap<>(form);
    all.put("token", token);
    return reader.post("/news/" + article + "/comments", all);
  }

  static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    assertThat(m.find()).as("submission token on the page").isTrue();
    return m.group(1);
  }

  static long heldId(String queue, String text) {
    Matcher m = Pattern.compile("<tr id=\"held-(\\d+)\">((?!</tr>).)*" + Pattern.quote(text), Pattern.DOTALL).matcher(queue);
    assertThat(m.find()).as("held comment \"" + text + "\" in the queue").isTrue();
    return Long.parseLong(m.group(1));
  }

  static JsonNode jsonLd(String html) throws Exception {
    Matcher m = LD.matcher(html);
    assertThat(m.find()).as("JSON-LD on the page").isTrue();
    return JSON.readTree(m.group(1));
  }

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
