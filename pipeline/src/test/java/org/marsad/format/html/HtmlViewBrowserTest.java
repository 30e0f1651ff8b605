package org.marsad.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Needs;
import org.marsad.format.SampleRun;
import org.marsad.write.OutputFormat;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The HTML view of the sample run in a real headless Chromium (Debian's chromium and chromium-driver; see {@link Needs}). */
class HtmlViewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ARTICLE = "iraq-withdrawal-26sep";

    private static WebDriver browser;

    @BeforeAll
    static void openTheSampleView(@TempDir Path dir) throws IOException {
        Needs.tool(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + "), not installed here");
        Path page = Files.writeString(dir.resolve("view.html"), SampleRun.write(OutputFormat.HTML));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageLoadsWithoutConsoleErrors() {
        assertThat(browser.getTitle()).isEqualTo("مرصد · Marsad");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void theIndexTableHoldsARowPerDocumentInOrder() {
        // The rows come with their documents (the page is written as the run goes); the script moves them.
        List<WebElement> links = browser.findElements(By.cssSelector("nav.index tbody tr td:first-child a"));
        assertThat(links).hasSize(62);
        assertThat(links.get(0).getDomAttribute("href")).isEqualTo("#doc-" + SampleRun.documents().get(0).id().replaceAll("\\s", "_"));
        assertThat(browser.findElement(By.cssSelector("nav.index")).getLocation().getY())
                .isLessThan(browser.findElement(By.id("doc-" + ARTICLE)).getLocation().getY());
    }

    @Test
    void theArticleShowsItsMentionsHighlightedRightToLeft() {
        WebElement article = browser.findElement(By.id("doc-" + ARTICLE));
        WebElement text = article.findElement(By.cssSelector(".text"));
        assertThat(text.getCssValue("direction")).isEqualTo("rtl");
        List<WebElement> marks = text.findElements(By.cssSelector("mark.m"));
        assertThat(marks).hasSize(SampleRun.document(ARTICLE).mentions().size());
        WebElement kadhimi = text.findElement(By.cssSelector("mark[data-entity='per:mustafa-al-kadhimi']"));
        assertThat(kadhimi.getDomAttribute("title")).startsWith("مصطفى الكاظمي · Mustafa al-Kadhimi");
        WebElement pmf = text.findElement(By.cssSelector("mark[data-entity='org:popular-mobilization-forces']"));
        assertThat(kadhimi.getCssValue("background-color")).isNotEqualTo(pmf.getCssValue("background-color"))
                .isNotIn("rgba(0, 0, 0, 0)", "transparent");
    }

    @Test
    void clickingAnActorMarksExactlyItsMentions() {
        WebElement article = browser.findElement(By.id("doc-" + ARTICLE));
        List<WebElement> biden = article.findElements(By.cssSelector(".text mark[data-entity='per:joe-biden']"));
        assertThat(biden).hasSizeGreaterThanOrEqualTo(2);
        WebElement actor = article.findElement(By.cssSelector("button[data-actor='per:joe-biden']"));
        assertThat(actor.findElement(By.className("count")).getText()).isEqualTo(String.valueOf(biden.size()));

        actor.click();
        List<WebElement> selected = browser.findElements(By.cssSelector(".selected"));
        assertThat(selected).containsExactlyInAnyOrderElementsOf(biden);
        assertThat(actor.getDomAttribute("aria-pressed")).isEqualTo("true");

        actor.click();
        assertThat(browser.findElements(By.cssSelector(".selected"))).isEmpty();
    }
}
