// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.ArticleAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A day on the desk in a real headless Chromium: sign in, import an article with a stale title,
 * see the finding, record verdicts, be refused when marking it checked too early, resolve,
 * publish, correct. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DeskDayIT {
  private RunningDesk desk;
  private ChromeDriver browser;

  @BeforeAll
  void start() throws IOException {
    desk = new RunningDesk(TestDatabases.H2, ArticleAnalysis.loadDefault(), Map.of());
    desk.addUser("erin@news.test", Role.EDITOR);
    browser = HeadlessChromium.start(Duration.ofSeconds(120));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    desk.close();
  }

  @Test
  void an_editor_works_an_article_from_import_to_correction() throws IOException {
    browser.get(desk.base + "/login");
    browser.findElement(By.id("email")).sendKeys("erin@news.test");
    browser.findElement(By.id("password")).sendKeys(RunningDesk.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The desk");
    shot("01-desk");

    browser.get(desk.base + "/articles/new");
    browser.findElement(By.id("title")).sendKeys("Ministers meet in Lisbon");
    setValue(browser.findElement(By.id("text")), DeskContract.ARTICLE);
    new Select(browser.findElement(By.id("format"))).selectByValue("markdown");
    setValue(browser.findElement(By.id("asOf")), "2025-05-13");
    shot("02-import");
    browser.findElement(By.id("save-article")).click();
    waitForAnalysis();
    List<WebElement> errors = browser.findElements(By.cssSelector(".finding .badge.error"));
    assertThat(errors).as("the stale title is an error finding").isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("mark.sev-error"))).isNotEmpty();
    shot("03-findings");

    browser.findElement(By.id("to-in_review")).click();
    recordVerdict(0);
    shot("04-first-verdict");
    browser.findElement(By.id("to-checked")).click();
    String refusal = browser.findElement(By.id("problem")).getText();
    assertThat(refusal).contains("cannot be marked checked");
    assertThat(refusal).containsAnyOf("waiting for a verdict", "error finding");
    shot("05-refused");
    browser.findElement(By.linkText("Go back")).click();

    int claims = claimCards(0).size();
    for (int i = 0; i < claims; i++) {
      recordVerdict(i);
    }
    while (!browser.findElements(By.cssSelector(".finding [data-status=open]")).isEmpty()
        && !browser.findElements(By.cssSelector(".finding .badge.error")).isEmpty()) {
      WebElement open = browser.findElements(By.cssSelector(".card.finding")).stream()
          .filter(c -> !c.findElements(By.cssSelector(".badge.error")).isEmpty()
              && !c.findElements(By.cssSelector("[data-status=open]")).isEmpty())
          .findFirst().orElse(null);
      if (open == null) {
        break;
      }
      new Select(open.findElement(By.name("status"))).selectByValue("fixed");
      open.findElement(By.cssSelector("button[type=submit]")).click();
    }
    shot("06-resolved");
    browser.findElement(By.id("to-checked")).click();
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("checked");
    browser.findElement(By.id("to-published")).click();
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("published");
    assertThat(browser.findElement(By.id("label")).getText()).isEqualTo("fact-checked");
    shot("07-published");

    browser.findElement(By.id("whatWasWrong")).sendKeys("The port handled 2.3 million containers, not 2.1 million.");
    browser.findElement(By.id("whatChanged")).sendKeys("No change to the text; a caption was wrong.");
    browser.findElement(By.id("add-correction")).click();
    assertThat(browser.findElements(By.cssSelector("li.correction"))).hasSize(1);
    shot("08-corrected");
  }

  /** Waits for the page a form post leads to: a click returns before the next page has loaded. */
  private List<WebElement> claimCards(int atLeast) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(".card.claim")).size() > atLeast);
    return browser.findElements(By.cssSelector(".card.claim"));
  }

  private void recordVerdict(int index) {
    WebElement card = claimCards(index).get(index);
    new Select(card.findElement(By.name("verdict"))).selectByValue("accurate");
    WebElement evidence = card.findElement(By.name("evidence"));
    evidence.clear();
    evidence.sendKeys("https://example.org/port-statistics-2024");
    card.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(card));
    assertThat(claimCards(index).get(index)
        .findElement(By.cssSelector("[data-verdict]")).getAttribute("data-verdict")).isEqualTo("accurate");
  }

  private void waitForAnalysis() {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!browser.findElements(By.cssSelector("meta[http-equiv=refresh]")).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("analysis did not finish");
      }
      browser.navigate().refresh();
    }
  }

  private void setValue(WebElement element, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", element, value);
  }

  private void shot(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }
}
