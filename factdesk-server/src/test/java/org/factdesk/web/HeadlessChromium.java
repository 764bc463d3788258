// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (installed by .ci/run), headless, with the flags this
 * closed network needs, and screenshots saved under target/screenshots for people to look at.
 */
final class HeadlessChromium {
  static final Path SHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  static ChromeDriver start(Duration pageLoadTimeout) throws IOException {
    Files.createDirectories(SHOTS);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1600");
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(pageLoadTimeout);
    return browser;
  }

  static void screenshot(ChromeDriver browser, String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Waits-for condition: the element's page has gone. Chromium reports a replaced page's element
   * either as stale or as a node that "does not belong to the document"; both mean it has gone.
   */
  static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(org.openqa.selenium.WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }
}
