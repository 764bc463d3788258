// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.factdesk.accounts.Role;
import org.factdesk.desk.DeskEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A day on the desk in a real headless Chromium, the scenario step by step: import an
 * article with a stale title, be refused "fixed" without changing a word, rate one claim
 * inaccurate and be refused "checked", correct the sentence and rate it, publish with the label;
 * a verdict change takes the label off publicly until a correction, which /corrections lists;
 * the next article repeating a published claim shows the prior fact-check under it, and the
 * editor rejects it; a claim is added from a text selection; revisions diff; the public site at
 * 390 px. Then the sourcing findings' trigger words, a link added to an unlinked source, and a
 * newsroom fact ending a term that the next analysis uses. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DeskDayIT {
  private RunningDesk desk;
  private ChromeDriver browser;

  @BeforeAll
  void start() throws IOException {
    desk = new RunningDesk(TestDatabases.H2, DeskEngine.loadDefault(),
        Map.of("archive.dir", PriorFactChecksContract.tempDir("day-archive")));
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
  void an_editor_earns_the_label_keeps_it_honest_after_publishing_and_corrects() throws IOException {
    browser.get(desk.base + "/login");
    browser.findElement(By.id("email")).sendKeys("erin@news.test");
    browser.findElement(By.id("password")).sendKeys(RunningDesk.PASSWORD);
    clickAndWait(By.id("sign-in"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The desk");
    shot("01-desk");

    // The scenario: "President Joe Biden said on Monday …", dated 2025-06-03.
    browser.get(desk.base + "/articles/new");
    browser.findElement(By.id("title")).sendKeys("Leaders talk about shipping");
    setValue(browser.findElement(By.id("text")), EarnedLabelContract.STALE);
    new Select(browser.findElement(By.id("format"))).selectByValue("markdown");
    setValue(browser.findElement(By.id("asOf")), "2025-06-03");
    shot("02-import");
    WebElement create = browser.findElement(By.id("save-article"));
    create.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(create));
    waitForAnalysis();
    String article = browser.getCurrentUrl();
    assertThat(browser.findElements(By.cssSelector(".finding .badge.error"))).as("the stale title").isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("mark.sev-error"))).isNotEmpty();
    assertThat(browser.findElement(By.id("legend")).getText()).contains("claim awaiting a verdict").contains("claim checked");
    assertThat(browser.findElement(By.id("article-date")).getText()).contains("Dated 2025-06-03");
    shot("03-findings");
    clickAndWait(By.id("to-in_review"));

    // "Fixed" without changing a word is refused, with the reason.
    WebElement stale = openError();
    new Select(stale.findElement(By.name("status"))).selectByValue("fixed");
    WebElement fixButton = stale.findElement(By.cssSelector("button[type=submit]"));
    fixButton.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(fixButton));
    assertThat(browser.findElement(By.id("problem")).getText()).contains("cannot be marked fixed").contains("still raises time.role");
    shot("04-fixed-refused");
    browser.get(article);

    // No verdict is preselected; one claim inaccurate, the rest accurate.
    assertThat(new Select(claimCards(0).get(0).findElement(By.name("verdict"))).getFirstSelectedOption().getAttribute("value"))
        .as("no verdict preselected").isEmpty();
    int claims = claimCards(0).size();
    for (int i = 0; i < claims; i++) {
      boolean biden = claimCards(i).get(i).getText().contains("Joe Biden");
      recordVerdict(i, biden ? "inaccurate" : "accurate");
    }
    assertThat(browser.findElements(By.cssSelector("mark.claim-wrong, .card.claim-wrong"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".card.claim-checked"))).isNotEmpty();
    browser.get(article);
    shot("05-verdicts");
    clickAndWait(By.id("to-checked"));
    String refusal = browser.findElement(By.id("problem")).getText();
    assertThat(refusal).contains("cannot be marked checked").contains("is rated inaccurate and is still in the text")
        .contains("error finding is still open");
    shot("06-checked-refused");
    browser.get(article);
    assertThat(browser.findElements(By.id("label"))).isEmpty();

    // Correct the sentence: the error goes away by itself; the new sentence needs its own verdict.
    clickAndWait(By.id("edit"));
    setValue(browser.findElement(By.id("text")), EarnedLabelContract.CORRECTED);
    WebElement save = browser.findElement(By.id("save-edit"));
    save.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(save));
    waitForAnalysis();
    assertThat(browser.findElements(By.cssSelector(".finding .badge.error"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".card.claim-open"))).hasSize(1);
    shot("07-corrected-sentence");
    int open = indexOf(".card.claim-open");
    recordVerdict(open, "accurate");
    browser.get(article);
    clickAndWait(By.id("to-checked"));
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("checked");
    clickAndWait(By.id("to-published"));
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("published");
    assertThat(browser.findElement(By.id("label")).getText()).isEqualTo("fact-checked");
    shot("08-published");
    String publicPage = desk.base + "/news/" + article.replaceAll(".*/articles/(\\d+).*", "$1");
    browser.get(publicPage);
    assertThat(browser.findElement(By.id("fact-checked")).getText()).isEqualTo("Fact-checked");
    shot("09-public-label");

    // A verdict changes after publishing: the label comes off publicly at once.
    browser.get(article);
    int port = indexOfText("2.3 million containers");
    recordVerdict(port, "unverifiable");
    assertThat(browser.findElement(By.id("under-review")).getText()).contains("Under review since");
    assertThat(browser.findElements(By.id("label"))).isEmpty();
    browser.get(publicPage);
    assertThat(browser.findElement(By.id("under-review")).getText()).contains("Under review since");
    assertThat(browser.findElements(By.id("fact-checked"))).isEmpty();
    shot("10-public-under-review");
    browser.get(desk.base + "/inbox");
    assertThat(browser.findElement(By.id("notices")).getText()).contains("lost its fact-checked label");
    shot("11-inbox");

    // Only a correction brings the label back, and /corrections lists it.
    browser.get(article);
    recordVerdict(indexOfText("2.3 million containers"), "accurate");
    assertThat(browser.findElements(By.id("label"))).as("not without a correction").isEmpty();
    browser.findElement(By.id("whatWasWrong")).sendKeys("We briefly rated the container figure unverifiable.");
    browser.findElement(By.id("whatChanged")).sendKeys("The port's annual report confirms the figure; no change to the text.");
    clickAndWait(By.id("add-correction"));
    assertThat(browser.findElements(By.cssSelector("li.correction"))).hasSize(1);
    assertThat(browser.findElement(By.id("label")).getText()).isEqualTo("fact-checked");
    shot("12-corrected");
    browser.get(publicPage);
    assertThat(browser.findElement(By.id("fact-checked")).getText()).isEqualTo("Fact-checked");
    browser.get(desk.base + "/corrections");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("We briefly rated the container figure unverifiable.");
    shot("13-corrections");

    // The next article repeating a published claim shows our fact-check under it; the editor rejects it.
    browser.get(desk.base + "/articles/new");
    browser.findElement(By.id("title")).sendKeys("Ports this week");
    setValue(browser.findElement(By.id("text")), """
        # Ports this week

        The port of Lisbon handled 2.3 million containers in 2024, according to its annual report, the minister said.
        """);
    new Select(browser.findElement(By.id("format"))).selectByValue("markdown");
    setValue(browser.findElement(By.id("asOf")), java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    WebElement createNext = browser.findElement(By.id("save-article"));
    createNext.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(createNext));
    waitForAnalysis();
    String next = browser.getCurrentUrl();
    WebElement match = browser.findElement(By.cssSelector(".prior-check[data-timing=before]"));
    assertThat(match.getText()).contains("rated Accurate").contains("2.3 million containers")
        .contains("Agrees:").contains("Differs:");
    assertThat(match.findElement(By.cssSelector("a.prior-check-link")).getAttribute("href")).isEqualTo(publicPage
        .replace("localhost", "127.0.0.1"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", match);
    shot("14-prior-fact-check");
    match.findElement(By.name("reason")).sendKeys("Checked for a different story.");
    clickAndWait(By.cssSelector(".prior-check button[value=rejected]"));
    WebElement rejected = browser.findElement(By.cssSelector(".prior-check[data-decision=rejected]"));
    assertThat(rejected.findElement(By.className("decision")).getText()).contains("rejected by erin")
        .contains("Checked for a different story.");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", rejected);
    shot("15-prior-fact-check-rejected");
    browser.get(next);
    assertThat(browser.findElement(By.id("audit-heading")).findElement(By.xpath("..")).getText()).contains("match.rejected");

    // A claim from a text selection: selected words fill "Add a claim".
    Object selected = ((JavascriptExecutor) browser).executeScript("""
        var root = document.getElementById('article-text'), want = arguments[0];
        var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (var n = walk.nextNode(); n; n = walk.nextNode()) {
          var at = n.data.indexOf(want);
          if (at >= 0) {
            var r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + want.length);
            var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
            root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return true;
          }
        }
        return false;""", "handled 2.3 million containers in 2024");
    assertThat(selected).isEqualTo(Boolean.TRUE);
    assertThat(browser.findElement(By.id("claim-words")).getAttribute("value")).isEqualTo("handled 2.3 million containers in 2024");
    assertThat(browser.findElement(By.id("add-claim")).getAttribute("open")).isNotNull();
    shot("16-claim-from-selection");
    clickAndWait(By.id("save-claim"));
    assertThat(claimCards(1).stream().map(WebElement::getText).filter(t -> t.contains("added by hand")).toList())
        .singleElement().asString().contains("handled 2.3 million containers in 2024");

    // Revisions and their difference.
    browser.get(article + "/revisions?from=1&to=2");
    assertThat(browser.findElement(By.id("diff")).findElement(By.tagName("del")).getText()).contains("Joe Biden");
    shot("17-revisions");

    // Nothing on the public site overflows a 390 px screen.
    browser.manage().window().setSize(new Dimension(390, 844));
    for (String path : List.of(publicPage.substring(desk.base.length()), "/corrections", "/fact-checks/", "/news", "/news/99999999")) {
      browser.get(desk.base + path);
      long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow).as("horizontal overflow on " + path + " at 390 px").isLessThanOrEqualTo(0);
    }
    browser.get(publicPage);
    shot("18-public-390px");
    browser.get(desk.base + "/news/99999999");
    assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Page not found");
    shot("19-public-404-390px");
    browser.manage().window().setSize(new Dimension(1280, 1600));
  }

  @Test
  void an_editor_links_an_unlinked_source_and_ends_a_term_that_the_next_analysis_uses() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 1600));
    browser.get(desk.base + "/login");
    browser.findElement(By.id("email")).sendKeys("erin@news.test");
    browser.findElement(By.id("password")).sendKeys(RunningDesk.PASSWORD);
    clickAndWait(By.id("sign-in"));
    browser.get(desk.base + "/articles/new");
    browser.findElement(By.id("title")).sendKeys("Leeds visit");
    setValue(browser.findElement(By.id("text")), NewsroomFactsContract.ARTICLE);
    new Select(browser.findElement(By.id("format"))).selectByValue("markdown");
    setValue(browser.findElement(By.id("asOf")), "2026-06-01");
    WebElement create = browser.findElement(By.id("save-article"));
    create.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(create));
    waitForAnalysis();
    String article = browser.getCurrentUrl();

    // The words that triggered each sourcing finding are shown on it.
    assertThat(browser.findElement(By.cssSelector("[data-trigger='attribution.vague']")).getText())
        .containsIgnoringCase("experts say");
    assertThat(browser.findElement(By.cssSelector("[data-trigger='source.unlinked']")).getText()).contains("report");
    assertThat(browser.findElements(By.cssSelector(".finding .badge.error"))).as("Starmer is in office").isEmpty();
    shot("20-trigger-words");

    // A link for the unlinked report: a new revision, and the finding is gone after the analysis.
    WebElement form = browser.findElement(By.cssSelector("form.add-link"));
    form.findElement(By.name("url")).sendKeys("https://example.org/trust/annual-report.pdf");
    WebElement add = form.findElement(By.cssSelector("button[type=submit]"));
    add.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(add));
    waitForAnalysis();
    assertThat(browser.findElements(By.cssSelector("form.add-link"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".finding:has([data-status=open]) [data-trigger='source.unlinked']")))
        .isEmpty();
    assertThat(browser.findElement(By.cssSelector("[data-trigger='attribution.vague']")).isDisplayed()).isTrue();
    shot("21-link-added");

    // The newsroom learns the Prime Minister left on 1 March: the next analysis flags the title.
    browser.get(desk.base + "/desk/kb");
    browser.findElement(By.id("end-person")).sendKeys("Keir Starmer");
    browser.findElement(By.id("end-end")).sendKeys("2026-03-01");
    browser.findElement(By.id("end-source")).sendKeys("https://www.gov.uk/government/news/example");
    clickAndWait(By.cssSelector("#end-term button[type=submit]"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Keir Starmer").contains("to 2026-03-01")
        .contains("ended");
    shot("22-newsroom-facts");
    browser.get(article);
    clickAndWait(By.xpath("//button[text()='Analyse again']"));
    waitForAnalysis();
    assertThat(browser.findElements(By.cssSelector(".finding .badge.error"))).as("time.role after the term ended")
        .isNotEmpty();
    assertThat(browser.findElement(By.id("findings-heading")).findElement(By.xpath("..")).getText()).contains("time.role");
    shot("23-term-ended");
  }

  private WebElement openError() {
    return browser.findElements(By.cssSelector(".card.finding")).stream()
        .filter(c -> !c.findElements(By.cssSelector(".badge.error")).isEmpty()
            && !c.findElements(By.cssSelector("[data-status=open]")).isEmpty())
        .findFirst().orElseThrow(() -> new AssertionError("no open error finding"));
  }

  private int indexOf(String css) {
    List<WebElement> cards = claimCards(0);
    for (int i = 0; i < cards.size(); i++) {
      if ((" " + cards.get(i).getAttribute("class") + " ").contains(" " + css.replace(".card.", "") + " ")) {
        return i;
      }
    }
    throw new AssertionError("no claim card " + css);
  }

  private int indexOfText(String text) {
    List<WebElement> cards = claimCards(0);
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).findElement(By.tagName("blockquote")).getText().contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no claim with " + text);
  }

  /** Waits for the page a form post leads to: a click returns before the next page has loaded. */
  private List<WebElement> claimCards(int atLeast) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(".card.claim")).size() > atLeast);
    return browser.findElements(By.cssSelector(".card.claim"));
  }

  private void recordVerdict(int index, String verdict) {
    WebElement card = claimCards(index).get(index);
    new Select(card.findElement(By.name("verdict"))).selectByValue(verdict);
    WebElement evidence = card.findElement(By.name("evidence"));
    evidence.clear();
    evidence.sendKeys("https://example.org/port-statistics-2024");
    card.findElement(By.xpath(".//button[text()='Record verdict']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(HeadlessChromium.gone(card));
    assertThat(claimCards(index).get(index)
        .findElement(By.cssSelector("[data-verdict]")).getAttribute("data-verdict")).isEqualTo(verdict);
  }

  /** Clicks and waits for the next page: a click returns before the page it leads to has loaded. */
  private void clickAndWait(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = browser.findElement(by);
      try {
        element.click();
      } catch (org.openqa.selenium.WebDriverException e) {
        // The page reloaded under the click (it refreshes itself while work is under way): find it again.
        boolean reloaded = e instanceof org.openqa.selenium.StaleElementReferenceException
            || String.valueOf(e.getMessage()).contains("does not belong to the document");
        if (!reloaded || attempt == 3) {
          throw e;
        }
        continue;
      }
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(HeadlessChromium.gone(element));
      return;
    }
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
