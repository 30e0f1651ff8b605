package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.Needs;
import org.marsad.store.CorpusDatabase;
import org.marsad.store.SampleCorpus;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst web app in a real headless Chromium (Debian's chromium and chromium-driver; see
 * {@link Needs}) against a real server over the sample corpus, plus one hostile document whose
 * every field is markup: it must show as text and run nothing. Saves docs/webapp-*.png.
 */
class WebAppBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path DOCS = Path.of("..", "docs");
    private static final String KADHIMI = "per:mustafa-al-kadhimi";
    private static final String ARTICLE = "iraq-withdrawal-26sep";
    /** Markup in every field: if any of it reached the page as HTML, window.hacked would be set. */
    private static final String HOSTILE_ID = "x\"><img src=x onerror=window.hacked=1>";
    private static final String HOSTILE_ACTOR = "per:<img src=x onerror=window.hacked=2>";
    private static final String HOSTILE_NAME = "<img src=x onerror=window.hacked=3>سمير";
    private static final String HOSTILE_MENTION = "<b onmouseover=window.hacked=4>سمير</b>";
    /** An emoji (two code points, four UTF-16 units) before the mentions: offsets count code points. */
    private static final String HOSTILE_TEXT = "🇮🇶 <script>window.hacked=5</script> التقى " + HOSTILE_MENTION + " وفدًا في بغداد.";

    private static ObservatoryServer server;
    private static WebDriver browser;
    private static String base;
    private static List<String> articleMentions;
    private static long kadhimiDays;
    private static long coMentioned;
    private static long actorCount;

    @BeforeAll
    static void serveTheSampleCorpus(@TempDir Path dir) throws Exception {
        Needs.tool(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + "), not installed here");
        Path file = dir.resolve("corpus.duckdb");
        try (CorpusDatabase db = SampleCorpus.open(file)) {
            db.index(SampleCorpus.records(dir));
            addTheHostileDocument(db);
            db.refresh();
            articleMentions = strings(db, "SELECT text FROM mentions WHERE document = ? ORDER BY \"start\"", ARTICLE);
            kadhimiDays = db.count("SELECT count(DISTINCT d.published) FROM mentions m JOIN documents d ON d.id = m.document "
                    + "WHERE m.actor = '" + KADHIMI + "'");
            coMentioned = db.count("SELECT count(*) FROM co_mentions WHERE actor = '" + KADHIMI + "'");
            actorCount = db.count("SELECT count(*) FROM actors");
        }
        server = ObservatoryServer.start(Marsad.standard(), CorpusDatabase.openReadOnly(file), ObservatoryServer.Options.local(0));
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--window-size=1280,1240",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    /** Straight into the tables (no analyser writes markup into names), as indexing would have put it. */
    private static void addTheHostileDocument(CorpusDatabase db) throws SQLException {
        try (PreparedStatement document = db.connection().prepareStatement("INSERT INTO documents VALUES (?, 'document', NULL, "
                + "'hostile.jsonl', 'javascript:window.hacked=6', '<script>window.hacked=7</script>', ?, DATE '2020-01-01', 'ar', ?, ar_norm(?))");
             PreparedStatement mention = db.connection().prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, 0, ?, ?, ?, ?, NULL, ?, NULL, "
                     + "DATE '2020-01-01', '<script>window.hacked=7</script>')")) {
            document.setString(1, HOSTILE_ID);
            document.setString(2, "<img src=x onerror=window.hacked=8>عنوان");
            document.setString(3, HOSTILE_TEXT);
            document.setString(4, HOSTILE_TEXT);
            document.execute();
            for (String[] m : List.of(new String[] {HOSTILE_MENTION, "PERSON", HOSTILE_ACTOR, HOSTILE_NAME, "false"},
                    new String[] {"بغداد", "LOCATION", "loc:baghdad", "بغداد", "true"})) {
                int at = HOSTILE_TEXT.codePointCount(0, HOSTILE_TEXT.indexOf(m[0]));
                mention.setString(1, HOSTILE_ID);
                mention.setInt(2, at);
                mention.setInt(3, at + m[0].codePointCount(0, m[0].length()));
                mention.setString(4, m[0]);
                mention.setString(5, m[1]);
                mention.setString(6, m[2]);
                mention.setString(7, m[3]);
                mention.setBoolean(8, Boolean.parseBoolean(m[4]));
                mention.execute();
            }
        }
    }

    private static List<String> strings(CorpusDatabase db, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Every test's page loads and runs without an error in the console, and no markup from the data ran. */
    @AfterEach
    void noConsoleErrorsAndNothingRan() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    }

    @Test
    void typingSuggestsActorsAndEnterListsActorsAndDocuments() {
        open("");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("الكاظ");
        WebElement suggestion = until(By.cssSelector("#suggestions li a"));
        assertThat(suggestion.getText()).isEqualTo("مصطفى الكاظمي");
        q.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(until(By.cssSelector("header.title h2")).getText()).isEqualTo("مصطفى الكاظمي");
        assertThat(browser.findElement(By.id("suggestions")).isDisplayed()).isFalse();

        q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys("الكاظمي", Keys.ENTER);
        until(By.cssSelector("tr.actor-row"));
        assertThat(browser.getCurrentUrl()).endsWith("#actors?q=" + URLEncoder.encode("الكاظمي", StandardCharsets.UTF_8));
        assertThat(texts("tr.actor-row td:first-child a")).containsExactly("مصطفى الكاظمي");
        assertThat(texts("ol.documents li > a")).hasSize(3).contains("بايدن يستقبل الكاظمي في البيت الأبيض");
    }

    @Test
    void theActorPageDrawsItsTimelineAndNetworkAndANodeOpensItsActor() throws IOException {
        open("#actor/" + KADHIMI);
        until(By.cssSelector("svg.network"));
        assertThat(texts("dd span.chip")).contains("الكاظمي", "رئيس الوزراء العراقي");
        assertThat(browser.findElements(By.cssSelector("svg.timeline rect.day"))).hasSize((int) kadhimiDays);
        List<WebElement> nodes = browser.findElements(By.cssSelector("svg.network a.node"));
        assertThat(nodes).hasSize(1 + (int) Math.min(12, coMentioned));
        assertThat(browser.findElement(By.cssSelector("svg.network a.node.center")).getDomAttribute("data-actor")).isEqualTo(KADHIMI);
        assertThat(browser.findElements(By.cssSelector("svg.network line.edge"))).hasSize(nodes.size() - 1);
        assertThat(texts("ol.documents li > a")).contains("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها");
        screenshot("webapp-actor.png");

        browser.findElement(By.cssSelector("svg.network a.node[data-actor='per:joe-biden'] circle")).click();
        until(ExpectedConditions.textToBe(By.cssSelector("header.title h2"), "جو بايدن"));
    }

    @Test
    void theDocumentShowsItsMentionsHighlightedRightToLeftEachLinkingToItsActor() throws IOException {
        open("#document/" + ARTICLE);
        WebElement text = until(By.cssSelector(".text"));
        assertThat(text.getCssValue("direction")).isEqualTo("rtl");
        assertThat(texts(".text .m")).isEqualTo(articleMentions);
        assertThat(browser.findElements(By.cssSelector(".types .stack .m"))).hasSizeBetween(2, 4);
        assertThat(texts(".types .chip")).anyMatch(chip -> chip.startsWith("شخص "));
        WebElement kadhimi = text.findElement(By.cssSelector("a.m[data-actor='" + KADHIMI + "']"));
        WebElement pmf = text.findElement(By.cssSelector("a.m.ORGANIZATION"));
        assertThat(kadhimi.getCssValue("background-color")).isNotEqualTo(pmf.getCssValue("background-color"))
                .isNotIn("rgba(0, 0, 0, 0)", "transparent");
        screenshot("webapp-document.png");

        kadhimi.click();
        until(ExpectedConditions.textToBe(By.cssSelector("header.title h2"), "مصطفى الكاظمي"));
    }

    @Test
    void theActorsListPagesOnAndItsFiltersNarrowIt() {
        assertThat(actorCount).as("the sample corpus's actors fill a second page, not a third").isBetween(51L, 100L);
        open("#actors");
        until(By.cssSelector("tr.actor-row"));
        assertThat(browser.findElements(By.cssSelector("tr.actor-row"))).hasSize(50);
        browser.findElement(By.cssSelector("button.more")).click();
        until(page -> page.findElements(By.cssSelector("tr.actor-row")).size() == actorCount);
        assertThat(browser.findElement(By.cssSelector("button.more")).isDisplayed()).isFalse();

        new Select(browser.findElement(By.name("type"))).selectByValue("PERSON");
        until(page -> page.getCurrentUrl().endsWith("#actors?type=PERSON") && !texts("tr.actor-row .chip").isEmpty()
                && texts("tr.actor-row .chip").stream().allMatch("شخص"::equals));

        open("#actors");
        new Select(until(By.name("publisher"))).selectByValue("وكالة مرصد");
        until(page -> page.findElements(By.cssSelector("tr.actor-row")).size() < actorCount);
        assertThat(browser.getCurrentUrl()).endsWith("#actors?publisher=" + URLEncoder.encode("وكالة مرصد", StandardCharsets.UTF_8));
        assertThat(texts("tr.actor-row td:first-child a")).contains("جو بايدن", "مصطفى الكاظمي");

        open("#actors?from=2020-01-01&to=2020-01-01");
        until(By.cssSelector("tr.actor-row"));
        assertThat(browser.findElement(By.name("from")).getDomProperty("value")).isEqualTo("2020-01-01");
        assertThat(texts("tr.actor-row td:first-child a")).containsExactlyInAnyOrder(HOSTILE_NAME, "بغداد");
    }

    @Test
    void markupInTheDataShowsAsTextAndRunsNothing() {
        open("");
        browser.findElement(By.id("q")).sendKeys("onerror");
        WebElement suggestion = until(By.cssSelector("#suggestions li a"));
        assertThat(suggestion.getText()).isEqualTo(HOSTILE_NAME);
        suggestion.click();
        assertThat(until(By.cssSelector("header.title h2")).getText()).isEqualTo(HOSTILE_NAME);
        assertThat(texts("ol.documents li > a")).containsExactly("<img src=x onerror=window.hacked=8>عنوان");

        browser.findElement(By.cssSelector("ol.documents li > a")).click();
        WebElement text = until(By.cssSelector(".text"));
        assertThat(text.getText()).isEqualTo(HOSTILE_TEXT);
        assertThat(texts(".text .m")).containsExactly(HOSTILE_MENTION, "بغداد");
        assertThat(browser.findElement(By.cssSelector("header.title .meta")).getText()).startsWith("<script>window.hacked=7</script>");
        assertThat(browser.findElements(By.cssSelector("#view img, #view script, #view b, a[href^='javascript']"))).isEmpty();
    }

    /** A fresh load of the app at a view (a change of fragment alone would leave the last view's elements to find). */
    private static void open(String fragment) {
        browser.get("about:blank");
        browser.get(base + fragment);
    }

    private static void until(Function<WebDriver, Boolean> condition) {
        // A condition reading a list that the app is replacing finds elements gone: it then asks again.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static WebElement until(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(DOCS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
