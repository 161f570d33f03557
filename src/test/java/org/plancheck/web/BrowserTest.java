package org.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's visit, in Debian's Chromium driven by its chromedriver (headless, offline, a fresh profile): upload
 * a draft on the upload page, wait for the result, read the findings on the page. They must be the findings of the
 * JSON report. Skipped when Chromium or chromedriver is missing, except under CI, where that is a failure.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void uploadsADraftAndReadsTheFindingsOnThePage() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            fail("CI needs chromium and chromium-driver (.ci/run installs them)");
        }
        assumeTrue(present, "chromium / chromedriver not installed: the browser test is skipped "
                + "(apt-get install chromium chromium-driver)");
        Path draft = Path.of("samples/ningyuan-15th-draft.pdf").toAbsolutePath();
        try (WebServer server = Servers.start(Servers.options(data))) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1280,2000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            WebDriver browser = new ChromeDriver(service, o);
            try {
                browser.get(server.uri().toString());
                assertEquals("上传规划文件 · plancheck 规划衔接检查", browser.getTitle());
                browser.findElement(By.id("files")).sendKeys(draft.toString());
                assertTrue(browser.findElement(By.id("chosen")).getText().contains("ningyuan-15th-draft.pdf"),
                        "the chosen file is listed");
                browser.findElement(By.name("uploader")).sendKeys("发改委规划科");
                browser.findElement(By.id("submit")).click();
                new WebDriverWait(browser, Duration.ofMinutes(2), Duration.ofMillis(200))
                        .until(d -> d.getCurrentUrl().matches(".*/checks/[0-9a-f]{32}$")
                                && d.findElement(By.id("state")).getText().equals("已完成"));
                String id = browser.getCurrentUrl().replaceAll(".*/checks/", "");
                shot(browser, "result");

                List<String> onPage = new ArrayList<>();
                for (WebElement row : browser.findElements(By.cssSelector("section#doc-1 table tbody tr"))) {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    onPage.add(cells.get(1).getText() + " " + cells.get(2).getText());
                }
                JsonNode report = new Http(server.uri()).await(id, Duration.ofSeconds(5)).get("report");
                List<String> inReport = new ArrayList<>();
                report.at("/documents/0/findings").forEach(f -> inReport.add(f.get("ruleId").asText() + " "
                        + f.get("indicatorName").asText() + "（" + f.get("indicatorId").asText() + "）"));
                assertFalse(inReport.isEmpty());
                assertEquals(inReport, onPage, "the findings a reviewer reads are the report's");
                String page = browser.findElement(By.tagName("body")).getText();
                assertTrue(page.contains("上传人 发改委规划科"));
                assertTrue(page.contains("宁远县"));
                assertTrue(page.contains("审核意见草稿（Markdown）"), "downloads are offered");

                browser.get(server.uri().resolve("/targets").toString());
                assertTrue(browser.findElements(By.cssSelector("tbody tr")).size() > 100, "targets browsable");
                browser.get(server.uri().resolve("/rules").toString());
                assertTrue(browser.findElement(By.id("PC-STRICT")).getText().contains("目标弱于上位规划"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void shot(WebDriver browser, String name) {
        try {
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path out = Path.of("target", "browser", name + ".png");
            Files.createDirectories(out.getParent());
            Files.copy(png.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            // a screenshot is for a person to look at; the test does not depend on it
        }
    }
}
