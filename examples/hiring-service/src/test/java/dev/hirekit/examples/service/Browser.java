package dev.hirekit.examples.service;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * the run is CI's ({@code CI=true}), where a missing browser fails it: CI installs them.
   */
  static void requireInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String why = "the browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
        + DRIVER + " (apt-get install chromium chromium-driver)";
    if (!installed && "true".equals(System.getenv("CI"))) {
      fail(why + "; CI must install them (.ci/run does)");
    }
    assumeTrue(installed, () -> "SKIPPED: " + why);
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
