// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.accounts.User;
import org.factdesk.comments.Comment;
import org.factdesk.comments.ModerationAction;
import org.factdesk.desk.ArticleKind;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's side in a real headless Chromium: read a published article, leave a comment,
 * see it held, approve it as a moderator, see it appear; then hostile text in comments and
 * article bodies that must never run. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ReaderDayIT {
  /** Classic filter-evasion vectors (after the OWASP cheat sheet), each trying to set window.__xss. */
  static final List<String> VECTORS = List.of(
      "<script>window.__xss=1</script>",
      "<SCRIPT SRC=//xss.test/x.js></SCRIPT>",
      "<IMG SRC=\"javascript:window.__xss=1\">",
      "<IMG SRC=javascript:window.__xss=1>",
      "<IMG SRC=`javascript:window.__xss=1`>",
      "<img src=x onerror=\"window.__xss=1\">",
      "<IMG \"\"\"><SCRIPT>window.__xss=1</SCRIPT>\">",
      "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>",
      "<svg/onload=window.__xss=1>",
      "<BODY ONLOAD=window.__xss=1>",
      "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
      "<a href=\"javascript:window.__xss=1\">click</a>",
      "\"><script>document.title='XSS'</script>",
      "'';!--\"<XSS>=&{()}",
      "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:window.__xss=1;\">",
      "<STYLE>@import'javascript:window.__xss=1';</STYLE>",
      "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:window.__xss=1;\">",
      "<DIV STYLE=\"background-image: url(javascript:window.__xss=1)\">",
      "<details open ontoggle=window.__xss=1>",
      "</script><script>document.title='XSS'</script>",
      "https://x.test/\"onmouseover=\"window.__xss=1",
      "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>");

  private RunningDesk desk;
  private ChromeDriver browser;
  private User editor;
  private User moderator;

  @BeforeAll
  void start() throws IOException {
    desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(),
        Map.of("comments.per-address-per-minute", "1000", "comments.per-commenter-per-minute", "1000"));
    editor = desk.addUser("erin@news.test", Role.EDITOR);
    moderator = desk.addUser("mo@news.test", Role.MODERATOR);
    browser = HeadlessChromium.start(Duration.ofSeconds(60));
    // A click that posts a form can return before the next page is there; look for up to 10 s.
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    desk.close();
  }

  @Test
  void a_reader_comments_a_moderator_approves_and_the_comment_appears() throws IOException {
    long id = PublicSiteContract.publish(desk.server.desk(), editor, ArticleKind.OWN, "Ministers meet in Lisbon",
        DeskContract.ARTICLE);
    browser.get(desk.base + "/news/" + id);
    assertThat(browser.findElement(By.id("headline")).getText()).isEqualTo("Ministers meet in Lisbon");
    assertThat(browser.findElement(By.id("fact-checked")).isDisplayed()).isTrue();
    shot("r01-article");
    browser.findElement(By.id("name")).sendKeys("Paula from Porto");
    browser.findElement(By.id("text")).sendKeys("The container figure matches what the port told us, see https://port.example.org/2024");
    browser.findElement(By.id("post-comment")).click();
    assertThat(browser.findElement(By.id("comment-notice")).getText()).contains("once a moderator has read it");
    assertThat(browser.findElement(By.id("comment-count")).getText()).isEqualTo("0");
    shot("r02-held");

    browser.get(desk.base + "/login");
    browser.findElement(By.id("email")).sendKeys("mo@news.test");
    browser.findElement(By.id("password")).sendKeys(RunningDesk.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    // Signing in navigates too; the queue must not be asked for before the session exists.
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("logout")).isEmpty());
    browser.get(desk.base + "/desk/comments");
    assertThat(browser.findElement(By.cssSelector("td.reason")).getText()).contains("First comment");
    browser.findElement(By.cssSelector("input[name=ids]")).click();
    shot("r03-queue");
    browser.findElement(By.id("approve")).click();
    assertThat(browser.findElement(By.id("queue-empty")).getText()).contains("No comments are waiting");
    browser.findElement(By.id("logout")).click();
    // Signing out navigates; on a loaded machine the next page must not race that navigation.
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("logout")).isEmpty());

    browser.get(desk.base + "/news/" + id);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("comment-count")).isEmpty());
    assertThat(browser.findElement(By.id("comment-count")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.cssSelector(".comment-text")).getText()).contains("matches what the port told us");
    assertThat(browser.findElement(By.cssSelector(".comment-text a")).getAttribute("rel")).isEqualTo("nofollow ugc noopener");
    shot("r04-approved");
  }

  @Test
  void hostile_markup_in_comments_titles_and_article_bodies_never_runs() throws IOException {
    String body = "# Hostile input\n\n" + String.join("\n\n", VECTORS) + "\n\nThe harbour handled 2.3 million containers in 2024.\n";
    long id = PublicSiteContract.publish(desk.server.desk(), editor, ArticleKind.OWN,
        "Hostile <script>document.title='XSS'</script> title", body);
    RunningDesk.Browser reader = desk.browser();
    for (String v : VECTORS) {
      assertThat(PublicSiteContract.post(reader, id, Map.of("name", v.substring(0, Math.min(v.length(), 90)), "text", v))
          .status()).as(v).isEqualTo(303);
    }
    List<Long> held = desk.server.comments().queue(moderator, 500).stream().map(Comment::id).toList();
    desk.server.comments().decide(moderator, held, ModerationAction.APPROVE, "XSS test");
    for (String path : List.of("/news/" + id, "/news", "/corrections")) {
      browser.get(desk.base + path);
      String expected = browser.getTitle();
      // The hostile title is shown as text, so the page title reads it literally; a script would replace it.
      assertThat(expected).isNotEqualTo("XSS").endsWith("· Factdesk");
      new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.tagName("main"))).perform();
      Object flag = browser.executeScript("return window.__xss === undefined ? 'clean' : 'ran';");
      assertThat(flag).as("window.__xss on " + path).isEqualTo("clean");
      assertThat(browser.getTitle()).isEqualTo(expected).doesNotStartWith("XSS");
      try {
        browser.switchTo().alert();
        throw new AssertionError("an alert opened on " + path);
      } catch (NoAlertPresentException expectedNoAlert) {
        // No dialog: good.
      }
    }
    browser.get(desk.base + "/news/" + id);
    assertThat(browser.findElements(By.cssSelector(".comment")).size()).isEqualTo(VECTORS.size());
    shot("r05-hostile");
  }

  private void shot(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
