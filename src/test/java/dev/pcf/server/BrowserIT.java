package dev.pcf.server;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page in a real browser: headless Chromium driven by Selenium through chromedriver (the
 * Debian packages {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs).
 * Uploads the example and downloads its PDF, uploads a broken workbook and reads its problems with
 * their cells, switches the language, downloads the annotated workbook. Screenshots of every page
 * go to {@code target/screenshots}; with {@code -Dscreenshots.docs=true} the README's two go to
 * {@code docs/}.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    static PcfServer server;
    static String base;
    static Path downloads;
    static Path userData;
    static ChromeDriver driver;
    /** Selenium warns that it has no DevTools bindings for this Chromium; they are not used. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws IOException {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need /usr/bin/chromium and /usr/bin/chromedriver: apt-get install chromium chromium-driver"
                        + " (.ci/run installs them)");
        server = PcfServer.start(new Settings("127.0.0.1", 0, null, 2, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createTempDirectory("pcf-browser-downloads-");
        userData = Files.createTempDirectory("pcf-browser-profile-");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userData, "--window-size=1280,800", "--hide-scrollbars", "--lang=en-US");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        for (Path dir : new Path[] {downloads, userData}) {
            if (dir == null) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void uploadTheExampleAndGetThePdf() throws Exception {
        driver.get(base + "/?lang=en");
        upload(Http.EXAMPLE.toAbsolutePath());
        WebElement result = waitFor(By.id("result"));
        assertEquals("113.3858", driver.findElement(By.id("total")).getText(), "reference report T410267-3");
        assertEquals(5, result.findElements(By.cssSelector("#stage-chart tr")).size(), "five stages in the chart");
        assertTrue(driver.findElement(By.id("interval")).getText().matches("\\d+\\.\\d{4} – \\d+\\.\\d{4}"));
        shots("result");
        Path pdf = download(By.id("pdf-zh-en"), ".pdf");
        try (InputStream in = Files.newInputStream(pdf)) {
            assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.ISO_8859_1));
        }
        assertTrue(Files.size(pdf) > 100_000, "a whole report");
    }

    @Test
    void aBrokenWorkbookShowsItsProblemsWithTheirCellsAndTheAnnotatedWorkbook(@TempDir Path tmp) throws Exception {
        Path broken = broken(tmp.resolve("JX0317-D30-draft.xlsx"));
        driver.get(base + "/?lang=en");
        upload(broken);
        waitFor(By.id("problems"));
        String text = driver.findElement(By.id("problems")).getText();
        // the messages of the command line (see src/test/resources/hostile/expected.tsv for their shapes)
        for (String expected : List.of(
                "'活动数据 Activity'!D3 数量 Amount must be ≥ 0, found -5",
                "'活动数据 Activity'!D5 数量 Amount must be a number, found \"abc\"",
                "'活动数据 Activity'!H6 因子编号 Factor ID \"EF-NOPE\" is not a Factor ID of the Factors sheet",
                "'报告信息 Report'!B3 签发日期 Issue date must be a date (a date cell or yyyy-mm-dd), found \"13/25/2024\"")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        List<String> marked = driver.findElements(By.cssSelector("#problems td.error")).stream().map(WebElement::getText).toList();
        assertTrue(marked.containsAll(List.of("-5", "abc", "EF-NOPE", "13/25/2024")), "the rows' values, the cells marked: " + marked);
        shots("problems");

        Path annotated = download(By.id("annotated"), ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(annotated))) {
            assertEquals("问题清单 Problems", wb.getSheetName(0));
            Sheet activity = wb.getSheet("活动数据 Activity");
            assertTrue(activity.getRow(2).getCell(3).getCellComment() != null, "D3 carries its comment");
        }
    }

    @Test
    void theLanguageSwitchesAndIsRemembered() {
        driver.get(base + "/?lang=en");
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Check a workbook and get its report", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("lang-zh")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertEquals("检查工作簿并生成报告", driver.findElement(By.tagName("h1")).getText());
        driver.get(base + "/");
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"), "remembered in a cookie");
        driver.findElement(By.id("lang-en")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    private static void upload(Path file) {
        driver.findElement(By.id("workbook")).sendKeys(file.toString());
        driver.findElement(By.id("submit")).click();
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofMinutes(4)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Clicks a download link and waits for the finished file. */
    private static Path download(By link, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(downloads)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        driver.findElement(link).click();
        for (int i = 0; i < 1200; i++) {
            try (Stream<Path> s = Files.list(downloads)) {
                List<Path> done = s.filter(p -> p.toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    Thread.sleep(200);
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " downloaded");
    }

    /** The page now in zh and en, at 1280 × 800 and at a phone's 390 px (tall, to see it whole). */
    private static void shots(String name) throws IOException {
        String url = driver.getCurrentUrl().replaceAll("\\?.*", "");
        for (String lang : List.of("en", "zh")) {
            driver.get(url + "?lang=" + lang);
            viewport(1280, 800);
            shot(name + "-" + lang + "-1280");
            viewport(390, 2400);
            shot(name + "-" + lang + "-390");
        }
        viewport(1280, 800);
        driver.get(url + "?lang=en");
        if (Boolean.getBoolean("screenshots.docs")) {
            Files.copy(SHOTS.resolve(name + "-en-1280.png"), Path.of("docs/web-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Sizes the window so that the page itself (the viewport) is w × h. */
    private static void viewport(int w, int h) {
        driver.manage().window().setSize(new Dimension(w, h));
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        List<?> wh = (List<?>) inner;
        int dw = w - ((Number) wh.get(0)).intValue();
        int dh = h - ((Number) wh.get(1)).intValue();
        if (dw != 0 || dh != 0) driver.manage().window().setSize(new Dimension(w + dw, h + dh));
    }

    private static void shot(String name) throws IOException {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The example with four mistakes a company makes: a negative amount, text for a number, an unknown factor, a US date. */
    static Path broken(Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Http.EXAMPLE))) {
            Sheet activity = wb.getSheet("活动数据 Activity");
            activity.getRow(2).getCell(3).setCellValue(-5);
            activity.getRow(4).getCell(3).setCellValue("abc");
            activity.getRow(5).getCell(7).setCellValue("EF-NOPE");
            wb.getSheet("报告信息 Report").getRow(2).getCell(1).setCellValue("13/25/2024");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }
}
