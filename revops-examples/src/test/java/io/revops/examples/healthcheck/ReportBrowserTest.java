package io.revops.examples.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report in a real browser: Debian's {@code /usr/bin/chromium} driven headless through
 * {@code /usr/bin/chromedriver} (paths set explicitly, so Selenium Manager never downloads anything). One
 * browser for the class. It opens the report of the bundled sample in both locales, clicks a breached-leads
 * bar and checks the rows shown, checks the Russian formats, and proves from the performance log and the
 * page's resource entries that nothing was fetched. Screenshots go to {@code target/report-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Held so that its level holds: without the selenium-devtools artifacts Selenium warns once that it has no
   * DevTools binding for this Chromium; the performance log this test reads does not need one.
   */
  static final java.util.logging.Logger CDP_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  Path dir;
  ChromeDriver driver;

  @BeforeAll
  void startChromium() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"
            + " (.ci/run installs them)")
        .isTrue();
    dir = Path.of("target", "report-browser-test").toAbsolutePath();
    Files.createDirectories(dir);
    for (String locale : List.of("en", "ru")) {
      int status = HealthCheckTest.run("--out", dir.resolve(locale).toString(), "--locale", locale).status();
      assertThat(status).isZero();
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1600", "--no-first-run", "--disable-background-networking", "--disable-sync",
        "--disable-component-update", "--disable-default-apps", "--disable-extensions",
        "--metrics-recording-only", "--no-proxy-server", "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    CDP_LOG.setLevel(Level.SEVERE);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @AfterAll
  void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String locale) {
    driver.get(dir.resolve(locale).resolve("report.html").toUri().toString());
  }

  /** Every network request the page made since the last call, from the DevTools performance log. */
  private List<String> requests() {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\"")).toList();
  }

  @Test
  void clickingABreachedBarShowsTheLeadsBehindIt() throws Exception {
    open("en");
    List<WebElement> bars = driver.findElements(By.cssSelector("svg.chart-breached-by-rep rect.drill"));
    assertThat(bars).isNotEmpty();
    WebElement bar = bars.get(0);
    String filter = bar.getAttribute("data-filter");
    long count = Long.parseLong(bar.getAttribute("data-count"));
    assertThat(driver.findElement(By.id("drill")).isDisplayed()).isFalse();
    bar.click();
    WebElement panel = driver.findElement(By.id("drill"));
    assertThat(panel.isDisplayed()).isTrue();
    String rep = java.net.URLDecoder.decode(filter.replaceAll(".*rep=([^;]*).*", "$1"),
        java.nio.charset.StandardCharsets.UTF_8);
    List<WebElement> rows = driver.findElements(By.cssSelector("#drill-rows tr"));
    assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo((int) count);
    for (WebElement row : rows) {
      assertThat(row.getAttribute("data-rep")).isEqualTo(rep);
      assertThat(row.getAttribute("data-status")).isEqualTo("breached");
      assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo(rep);
    }
    // the same rows as the list holds for this rep
    long inList = driver.findElements(By.cssSelector("#watch-list tbody tr")).stream()
        .filter(r -> rep.equals(r.getAttribute("data-rep")) && "breached".equals(r.getAttribute("data-status")))
        .count();
    assertThat(rows).hasSize((int) inList);
    assertThat(driver.findElement(By.id("drill-count")).getText()).startsWith(rows.size() + " of " + count + " shown");
    Files.write(dir.resolve("report-en.png"), driver.getScreenshotAs(OutputType.BYTES));

    // a table cell drills down too: the breached count of an obligation
    WebElement cell = driver.findElements(By.cssSelector("#sla-by-obligation td.drill")).get(0);
    cell.click();
    String key = cell.getAttribute("data-k").split("/")[1];
    for (WebElement row : driver.findElements(By.cssSelector("#drill-rows tr"))) {
      assertThat(row.getAttribute("data-key")).isEqualTo(key);
    }
  }

  @Test
  void theRussianReportHasRussianLabelsAndFormats() throws Exception {
    open("ru");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Проверка здоровья RevOps");
    String body = driver.findElement(By.tagName("body")).getText();
    assertThat(body).contains("Соблюдение SLA по менеджерам", "Лиды с нарушениями и рисками", "Europe/Moscow");
    // 28,4 % style: a decimal comma and a no-break space before the percent sign
    // textContent, not getText(): WebDriver's visible text turns no-break spaces into plain ones
    assertThat(driver.findElement(By.cssSelector("[data-k='revenue/grr']")).getDomProperty("textContent"))
        .matches("\\d+,\\d\\d\u00a0%");
    // money: 1 200 000,00 ₽ with no-break spaces between thousands
    assertThat(driver.findElement(By.cssSelector("[data-k='mrr/end']")).getDomProperty("textContent"))
        .matches("\\d{1,3}(\u00a0\\d{3})*,\\d\\d\u00a0₽");
    driver.findElements(By.cssSelector("svg.chart-breached-by-rep rect.drill")).get(0).click();
    assertThat(driver.findElement(By.id("drill-count")).getText()).startsWith("показано ");
    Files.write(dir.resolve("report-ru.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void nothingIsFetchedFromTheNetwork() {
    requests(); // drop what earlier tests logged
    for (String locale : List.of("en", "ru")) {
      open(locale);
      driver.findElements(By.cssSelector("[data-filter]")).stream().limit(3).forEach(WebElement::click);
      Object resources = ((JavascriptExecutor) driver).executeScript(
          "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
      assertThat((List<?>) resources).as("resources fetched by the %s page", locale).isEmpty();
      List<String> requests = requests();
      // the one request is the page itself, from the file system
      assertThat(requests).as("requests of the %s page", locale).allMatch(m -> m.contains("\"url\":\"file://"));
      String csp = driver.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']"))
          .getAttribute("content");
      assertThat(csp).startsWith("default-src 'none'");
    }
  }

  /** Keeps a copy of the screenshot for the README when asked: {@code -Dreport.screenshot=../docs}. */
  @Test
  void screenshotIsSavedForTheReadme() throws Exception {
    open("en");
    Path shot = dir.resolve("report-en-top.png");
    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);
    String to = System.getProperty("report.screenshot");
    if (to != null) {
      Files.copy(shot, Path.of(to).resolve("report-en.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
