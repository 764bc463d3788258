// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who a commenter is, against a real desk and a real SMTP server (GreenMail) in this process:
 * e-mail verification by a mailed link, bans that follow the verified identity and the network
 * address (as a trusted proxy reports it), the bans list with unban, and throttled honeypot hits.
 * Every reader comes through the "proxy" 127.0.0.1 with an address of its own. Subclasses run it
 * on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CommentIdentityContract {
  private static final Pattern LINK = Pattern.compile("https?://\\S+(/comments/verify/[A-Za-z0-9_-]+)");

  private GreenMail smtp;
  private RunningDesk desk;
  private RunningDesk.Browser moderator;
  private long article;
  private User editor;

  abstract TestDatabases database();

  @BeforeAll
  void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    desk = new RunningDesk(database(), DeskEngine.loadDefault(), Map.of(
        "mail.host", "127.0.0.1", "mail.port", String.valueOf(smtp.getSmtp().getPort()), "mail.tls", "off",
        "mail.from", "comments@harbour.test", "proxy.trusted", "127.0.0.1",
        "comments.per-address-per-minute", "6", "comments.per-commenter-per-minute", "100",
        "site.name", "The Harbour Ledger"));
    editor = desk.addUser("erin@news.test", Role.EDITOR);
    desk.addUser("mo@news.test", Role.MODERATOR);
    moderator = desk.browser().signIn("mo@news.test");
    article = PublicSiteContract.publish(desk.server.desk(), editor, ArticleKind.OWN, "Ministers meet in Lisbon",
        DeskContract.ARTICLE);
  }

  @AfterAll
  void stop() {
    desk.close();
    smtp.stop();
  }

  private RunningDesk.Browser reader(String address) {
    return new RunningDesk.Browser(desk.base, address);
  }

  private RunningDesk.Response comment(RunningDesk.Browser reader, String name, String email, String text) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "text", text));
    if (email != null) {
      form.put("email", email);
    }
    return PublicSiteContract.post(reader, article, form);
  }

  private static String location(RunningDesk.Response r) {
    return r.headers().firstValue("Location").orElse("(status " + r.status() + ")");
  }

  private MimeMessage lastMailTo(String address, int expectedTotal) throws Exception {
    assertThat(smtp.waitForIncomingEmail(10_000, expectedTotal)).as("mail number " + expectedTotal + " arrived").isTrue();
    MimeMessage[] all = smtp.getReceivedMessages();
    assertThat(all).hasSize(expectedTotal);
    MimeMessage last = all[all.length - 1];
    assertThat(last.getAllRecipients()[0].toString()).isEqualTo(address);
    return last;
  }

  @Test
  @Order(1)
  void a_verified_commenter_gets_the_identity_and_an_impostor_typing_the_address_gets_nothing() throws Exception {
    RunningDesk.Browser ann = reader("198.51.100.1");
    RunningDesk.Response first = comment(ann, "Ann", "ann@mail.test", "Ann's first word on the meeting.");
    assertThat(location(first)).contains("comment=held").contains("mail=sent");
    assertThat(ann.get("/news/" + article + "?comment=held&mail=sent").body()).contains("We mailed you a link");
    MimeMessage mail = lastMailTo("ann@mail.test", 1);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("comments@harbour.test");
    Matcher m = LINK.matcher(mail.getContent().toString());
    assertThat(m.find()).as("the mail carries a confirmation link").isTrue();
    String link = m.group(1);
    assertThat(moderator.get("/desk/comments").body()).contains("Ann's first word").contains("not verified yet");

    // Opening the link shows a button; a mail scanner following the link confirms nothing.
    RunningDesk.Browser mailbox = reader("198.51.100.2");
    assertThat(mailbox.get(link).body()).contains("ann@mail.test").contains("confirm-email");
    assertThat(comment(ann, "Ann", "ann@mail.test", "Still unverified here.").headers().firstValue("Location")
        .orElse("")).contains("comment=held");
    assertThat(mailbox.post(link, Map.of()).body()).contains("ann@mail.test is confirmed");
    assertThat(mailbox.post(link, Map.of()).status()).as("a link works once").isEqualTo(400);

    long firstId = PublicSiteContract.heldId(moderator.get("/desk/comments").body(), "Ann's first word");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(firstId), "action", "approve")).status())
        .isEqualTo(303);
    RunningDesk.Response second = comment(ann, "Ann", "ann@mail.test", "Ann again, verified and known.");
    assertThat(location(second)).contains("comment=posted");
    assertThat(smtp.getReceivedMessages()).as("no new mail for a verified address").hasSize(1);

    // Someone else types Ann's address: no standing, held, and the link goes to Ann, not to them.
    RunningDesk.Browser impostor = reader("192.0.2.66");
    RunningDesk.Response fake = comment(impostor, "Ann", "ann@mail.test", "Impostor pretending to be Ann.");
    assertThat(location(fake)).contains("comment=held");
    lastMailTo("ann@mail.test", 2);
    assertThat(desk.browser().get("/news/" + article).body()).contains("Ann again, verified and known.")
        .doesNotContain("Impostor pretending");

    // A ban on Ann's verified identity keeps Ann out and does not follow the typed address.
    long secondId = PublicSiteContract.heldId(moderator.get("/desk/comments?view=approved").body(), "Ann again");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(secondId), "action", "ban_commenter",
        "note", "test ban")).status()).isEqualTo(303);
    assertThat(comment(ann, "Ann", "ann@mail.test", "Ann while banned.").status()).isEqualTo(403);
    assertThat(location(comment(impostor, "Ann", "ann@mail.test", "Impostor again."))).contains("comment=held");

    // The bans list shows the ban with the comment it came from; unban lets Ann back in.
    String bans = moderator.get("/desk/comments/bans").body();
    Matcher ban = Pattern.compile("<tr id=\"ban-(\\d+)\">((?!</tr>).)*#" + secondId + " by Ann", Pattern.DOTALL).matcher(bans);
    assertThat(ban.find()).as("the ban is listed with its comment").isTrue();
    assertThat(moderator.post("/desk/comments/bans/" + ban.group(1) + "/unban", Map.of()).status()).isEqualTo(303);
    assertThat(moderator.get("/desk/comments/bans").body()).doesNotContain("ban-" + ban.group(1) + "\"");
    assertThat(comment(ann, "Ann", "ann@mail.test", "Ann after the unban.").status()).isEqualTo(303);
    assertThat(desk.server.desk().detail(editor, article).audit().stream().map(a -> a.action()))
        .contains("comment.ban_commenter", "comment.unban");
  }

  @Test
  @Order(2)
  void an_address_ban_follows_the_address_the_trusted_proxy_reports() {
    RunningDesk.Browser troll = reader("203.0.113.50");
    comment(troll, "Troll", null, "A provocation from the troll.");
    long id = PublicSiteContract.heldId(moderator.get("/desk/comments").body(), "A provocation from the troll.");
    assertThat(moderator.post("/desk/comments", Map.of("ids", String.valueOf(id), "action", "ban_address")).status())
        .isEqualTo(303);
    // A new browser (a new signed identity) at the same address is still turned away ...
    assertThat(comment(reader("203.0.113.50"), "Fresh", null, "From a new browser.").status()).isEqualTo(403);
    // ... as is a forged hop written before the proxy's own entry ...
    assertThat(comment(reader("192.0.2.1, 203.0.113.50"), "Forger", null, "With a forged header.").status())
        .isEqualTo(403);
    // ... while a neighbour at another address may comment.
    assertThat(comment(reader("203.0.113.51"), "Neighbour", null, "A neighbour's comment.").status()).isEqualTo(303);
  }

  @Test
  @Order(3)
  void honeypot_hits_count_towards_the_rate_limit_and_are_never_shown() {
    RunningDesk.Browser bot = reader("203.0.113.77");
    int refused = 0;
    for (int i = 0; i < 8; i++) {
      Map<String, String> form = new HashMap<>(Map.of("name", "Bot", "text", "bot message " + i, "website", "http://bot.test"));
      if (PublicSiteContract.post(bot, article, form).status() == 429) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(2);
    assertThat(desk.browser().get("/news/" + article).body()).doesNotContain("bot message");
  }

  @Test
  @Order(4)
  void when_the_mail_server_is_down_the_comment_is_kept_and_the_reader_is_told() {
    smtp.stop();
    long before = desk.server.comments().countAll();
    RunningDesk.Response r = comment(reader("198.51.100.9"), "Bea", "bea@mail.test", "Sent while the mail server is down.");
    assertThat(location(r)).contains("comment=held").contains("mail=not-sent");
    assertThat(desk.server.comments().countAll()).isEqualTo(before + 1);
    assertThat(moderator.get("/desk/comments").body()).contains("Sent while the mail server is down.");
  }
}
