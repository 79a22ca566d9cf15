package dev.hirekit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The board in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * ChromeDriver, against the service on H2 with its seed (app-cand-ada at review, app-cand-ben at
 * the call, app-cand-cy at the take-home, app-cand-dee rejected, app-cand-eve at the offer with
 * one of two approvals). The tests share one service; the seed's picture is taken first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserTest {
  private static RunningService service;
  private static String base;
  private WebDriver browser;

  @BeforeAll
  static void startService() throws IOException {
    Browser.requireInstalled();
    service = RunningService.start(Map.of("hirekit.data-dir",
        Files.createTempDirectory("hirekit-board-").toString()));
    base = service.base();
  }

  @AfterAll
  static void stopService() {
    if (service != null) {
      service.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aRecruiterAdvancesACardAndSeesItMoveToTheNextColumn() {
    signIn("rita");
    WebElement card = card("app-cand-ada");
    assertThat(columnOf(card)).isEqualTo("review");

    card.findElement(By.cssSelector("button[data-action='advance']")).click();

    waitFor().until(d -> "call".equals(columnOf(card("app-cand-ada"))));
    assertThat(service.get("rita", "/api/applications/app-cand-ada").body()
        .at("/application/stage").asString()).isEqualTo("call");
  }

  @Test
  void aButtonTheActorMayNotUseIsAbsent() {
    signIn("ines"); // an interviewer: neither moves candidates nor rejects them
    WebElement card = card("app-cand-ben");
    List<String> actions = card.findElements(By.cssSelector("button[data-action]")).stream()
        .map(b -> b.getDomAttribute("data-action")).toList();

    assertThat(actions).doesNotContain("advance", "reject", "move", "hire", "withdraw");
    List<String> listed = service.get("ines", "/api/applications/app-cand-ben").body()
        .get("allowedActions").valueStream().map(a -> a.get("action").asString()).toList();
    assertThat(listed).containsAll(actions);
  }

  @Test
  void theSecondApproverApprovesTheOfferFromItsCard() {
    signIn("finn");
    card("app-cand-eve").findElement(By.cssSelector("button[data-action='approve_offer']"))
        .click();

    waitFor().until(d -> card("app-cand-eve").findElement(By.cssSelector("[data-test='offer']"))
        .getText().contains(": approved"));
    assertThat(card("app-cand-eve").findElements(By.cssSelector(
        "button[data-action='approve_offer']"))).isEmpty();
    JsonNode history = service.get("rita", "/api/applications/app-cand-eve").body()
        .at("/application/history");
    assertThat(history.get(history.size() - 1).get("type").asString())
        .isEqualTo("offer.approved");
  }

  @Test
  void aStaleBoardSaysSoAndChangesNothing() {
    signIn("rita");
    WebElement card = card("app-cand-cy");
    long version = Long.parseLong(card.getDomAttribute("data-version"));
    // Someone else moves the application on after this board was loaded.
    RunningService.Response advanced = service.post("hank",
        "/api/applications/app-cand-cy/actions/advance", "{}", version);
    assertThat(advanced.status()).isEqualTo(200);

    card.findElement(By.cssSelector("button[data-action='advance']")).click();

    WebElement message = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("message")));
    assertThat(message.getText()).contains("out of date").contains("app-cand-cy");
    assertThat(service.get("rita", "/api/applications/app-cand-cy").version())
        .isEqualTo(advanced.version());
  }

  @Test
  void aWrongPasswordIsRefusedOnThePage() {
    browser.get(base + "/");
    browser.findElement(By.id("username")).sendKeys("rita");
    browser.findElement(By.id("password")).sendKeys("not-her-password");
    browser.findElement(By.cssSelector("#sign-in button[type='submit']")).click();

    WebElement message = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("message")));
    assertThat(message.getText()).contains("Wrong user name or password");
    assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
  }

  @Test
  @Order(1) // before the other tests change the seed
  void theSeedBoardShowsEveryStageAndCanBePhotographed() throws IOException {
    signIn("hank");
    card("app-cand-ada");
    List<String> columns = browser.findElements(By.cssSelector("section.column")).stream()
        .map(c -> c.getDomAttribute("data-stage")).toList();
    assertThat(columns).startsWith("review", "call", "take-home");
    WebElement offer = card("app-cand-eve").findElement(By.cssSelector("[data-test='offer']"));
    assertThat(offer.getText()).contains("pending_approval").contains("approvals 1 of 2")
        .contains("vp-engineering ✓").contains("finance-1");

    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Path target = Path.of(System.getProperty("hirekit.board.screenshot",
        "target/board.png"));
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, png);
  }

  private void signIn(String user) {
    browser.get(base + "/");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(RunningService.PASSWORDS.get(user));
    browser.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("board")));
  }

  private WebElement card(String application) {
    return waitFor().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("article.card[data-application='" + application + "']")));
  }

  private static String columnOf(WebElement card) {
    return card.findElement(By.xpath("ancestor::section[contains(@class,'column')]"))
        .getDomAttribute("data-stage");
  }

  private WebDriverWait waitFor() {
    // The board redraws its cards after every action: an element found just before may be gone.
    return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class);
  }
}
