package dev.hirekit.examples.service;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver};
 * {@code HIREKIT_TEST_CHROMIUM} and {@code HIREKIT_TEST_CHROMEDRIVER} name others), started
 * headless with the flags this closed network needs. Selenium never downloads a browser or a
 * driver here.
 */
final class Browser {
  private static final Path CHROMIUM = Path.of(env("HIREKIT_TEST_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(env("HIREKIT_TEST_CHROMEDRIVER",
      "/usr/bin/chromedriver"));

  private Browser() {}

  /**
   * Skips the calling test class, saying why, when Chromium or its driver is missing, unless
   * the run is CI's ({@code CI=true}), where a browser still missing after five minutes fails
   * it: CI installs them, in the background.
   */
  static void requireInstalled() {
    boolean ci = "true".equals(System.getenv("CI"));
    // In CI, .ci/run installs the browser beside the first test run: give it five minutes.
    long deadline = System.nanoTime() + (ci ? Duration.ofMinutes(5).toNanos() : 0);
    while (!installed() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    boolean installed = installed();
    String why = "the browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
        + DRIVER + " (apt-get install chromium chromium-driver)";
    if (!installed && ci) {
      fail(why + "; CI must install them (.ci/run does)");
    }
    assumeTrue(installed, () -> "SKIPPED: " + why);
  }

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** A new headless browser window of 1400 x 900 pixels. */
  static WebDriver open() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,900");
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(driver, options);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
