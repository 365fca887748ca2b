package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.it.SeedCorpus;

/**
 * The site in a real headless Chromium (Debian's chromium + chromium-driver) over the seed articles' graph, as a
 * reader uses it: home, search, a person, a meeting, a source, and a query run from the query page. Saves a
 * screenshot of each page under {@code target/screenshots/}.
 */
class SiteInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static SeedCorpus seeds;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) && System.getenv("CI") == null)
            Assumptions.abort("Browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium chromium-driver); they run always in CI");
        seeds = SeedCorpus.get();
        profile = Files.createTempDirectory("plenary-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1400));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (profile != null) try (var s = Files.walk(profile)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    static String url(String path) { return "http://localhost:" + seeds.server.port() + path; }

    static WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(20)); }

    static Path shot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void aReaderSearchesANameAndFollowsLinksToAPersonAMeetingAndASource() throws IOException {
        driver.get(url("/"));
        assertEquals("Plenary", driver.findElement(By.tagName("h1")).getText());
        List<WebElement> meetings = driver.findElements(By.cssSelector("ul.meetings a"));
        assertFalse(meetings.isEmpty(), "the home page lists the meetings");
        shot("home");

        WebElement box = driver.findElement(By.cssSelector("header form.search input[name=q]"));
        box.sendKeys("Salmon");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        WebElement hit = driver.findElement(By.linkText("Elizabeth Salmón"));
        shot("search");
        hit.click();
        waiting().until(ExpectedConditions.urlContains("/page/person/"));
        assertEquals("Elizabeth Salmón", driver.findElement(By.tagName("h1")).getText());
        assertFalse(driver.findElements(By.cssSelector("ul.statements a.in-source")).isEmpty(), "her statements link into the source");
        shot("person");

        driver.findElement(By.cssSelector("header a.brand")).click();
        driver.findElement(By.cssSelector("ul.meetings a")).click();
        waiting().until(ExpectedConditions.urlContains("/page/meeting/"));
        assertFalse(driver.findElements(By.cssSelector("table.participants tbody tr")).isEmpty(), "participants");
        assertFalse(driver.findElements(By.cssSelector("section.speaker")).isEmpty(), "statements by speaker");
        shot("meeting"); // target/screenshots/meeting.png; docs/meeting-page.png is refreshed from it by hand, so a test run leaves the tree clean

        driver.findElement(By.cssSelector("ul.sources a")).click();
        waiting().until(ExpectedConditions.urlContains("/page/source/"));
        List<WebElement> statements = driver.findElements(By.cssSelector("div.article a.statement"));
        assertFalse(statements.isEmpty(), "statements highlighted in the article text");
        assertTrue(statements.get(0).getAttribute("href").contains("/page/statement/"));
        assertFalse(driver.findElements(By.cssSelector("div.article a.mention")).isEmpty(), "names highlighted");
        shot("source");

        String firstStatement = statements.get(0).getText();
        statements.get(0).click();
        waiting().until(ExpectedConditions.urlContains("/page/statement/"));
        assertTrue(driver.findElement(By.cssSelector("p.context mark")).getText().contains(firstStatement.strip()));
        shot("statement");
    }

    @Test
    void aQueryRunsFromTheQueryPageAndResultIrisOpenTheirPages() throws IOException {
        driver.get(url("/query"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        String text = (String) driver.executeScript("return window.plenaryYasgui.getTab().getQuery();");
        assertTrue(text.contains("SELECT"), "an example query is loaded: " + text);
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr td")));
        waiting().until(d -> !d.findElements(By.cssSelector(".yasr table tbody a[href^='/page/']")).isEmpty());
        shot("query");
        WebElement link = driver.findElement(By.cssSelector(".yasr table tbody a[href^='/page/']"));
        // YASR lays a span over its cells; the link's target is what matters: this server's page of the IRI.
        driver.get(link.getAttribute("href"));
        waiting().until(ExpectedConditions.urlContains("/page/"));
        assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank());
    }
}
