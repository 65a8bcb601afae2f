package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.search.SearchRanking;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * search.js in headless Chromium over the demonstration site: it ranks exactly as the Java reference
 * ({@link SearchRanking}) for every query in the relevance set, copes with bad input without console errors
 * or injected markup, works from the keyboard and fits a 390px screen.
 */
@Tag("browser")
class SearchBrowserIT {

    @TempDir
    static Path tempDir;

    static BuiltSite site;
    static ChromeDriver chrome;
    static SearchRanking reference;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        site = BuiltSite.build(tempDir, true);
        chrome = Chromium.start(new Chromium.Settings(true, true));
        reference = SearchRanking.open(site.folder());
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.quit(chrome);
        if (site != null) {
            site.close();
        }
    }

    /** Opens /search/?q=query and waits until the script has finished with it. */
    private static void search(String query) {
        chrome.get(site.url("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    }

    private static List<String> relevanceQueries() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t")[0]);
            }
        }
        return out;
    }

    @Test
    void theBrowserRanksExactlyAsTheJavaReference() throws Exception {
        List<String> problems = new ArrayList<>();
        long totalMs = 0;
        List<String> queries = relevanceQueries();
        for (String query : queries) {
            search(query);
            WebElement results = chrome.findElement(By.id("search-results"));
            String ranking = results.getAttribute("data-ranking");
            List<String> browser = ranking == null || ranking.isEmpty() ? List.of() : Arrays.asList(ranking.split(" "));
            SearchRanking.Result java = reference.search(query);
            if (!browser.equals(java.urls()) || !results.getAttribute("data-count").equals(String.valueOf(java.total()))) {
                problems.add(query + "\n    browser: " + browser + " of " + results.getAttribute("data-count")
                        + "\n    java:    " + java.urls() + " of " + java.total());
            }
            List<String> shown = results.findElements(By.cssSelector("li h2 a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            if (!shown.equals(java.urls().subList(0, Math.min(10, java.urls().size())))) {
                problems.add(query + "\n    links shown: " + shown);
            }
            String suggestion = chrome.findElement(By.id("search-suggestion")).isDisplayed()
                    ? chrome.findElement(By.cssSelector("#search-suggestion a")).getText() : null;
            if (!java.equalsCorrected(suggestion)) {
                problems.add(query + "\n    did you mean: browser " + suggestion + ", java " + java.corrected());
            }
            totalMs += Long.parseLong(results.getAttribute("data-ms"));
        }
        System.out.printf("Search in Chromium: %d queries agree with the Java reference; mean %d ms a query%n",
                queries.size() - problems.size(), totalMs / queries.size());
        if (!problems.isEmpty()) {
            fail(problems.size() + " queries ranked differently:\n" + String.join("\n", problems));
        }
    }

    @Test
    void badInputGivesAMessageAndInjectsNothing() {
        String html = "<script>window.injected=1</script><img src=x onerror=\"window.injected=2\"><b>bold</b>";
        Map<String, String> cases = Map.of(
                "", "Type what you are looking for, then press Search.",
                "?!.,;: -- ...", "Type some words to search for, for example speech therapy.",
                html, "results for <script>window.injected=1</script><img src=x",
                "логопед для ребёнка", "No results for логопед для ребёнка.",
                "言語療法", "No results for 言語療法.",
                "speech therapy ".repeat(134), "results for ");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            chrome.manage().logs().get(LogType.BROWSER);
            search(c.getKey());
            String status = chrome.findElement(By.id("search-status")).getText();
            String label = c.getKey().length() > 40 ? c.getKey().substring(0, 40) + "..." : c.getKey();
            if (!status.contains(c.getValue())) {
                problems.add("'" + label + "': status was '" + status + "'");
            }
            if (chrome.executeScript("return window.injected") != null) {
                problems.add("'" + label + "': a script in the query ran");
            }
            if (!chrome.findElements(By.cssSelector("main img, main b, #search-status script")).isEmpty()) {
                problems.add("'" + label + "': markup from the query was put into the page");
            }
            for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER).getAll()) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add("'" + label + "': console: " + entry.getMessage());
                }
            }
        }
        search(html);
        assertTrue(chrome.findElement(By.cssSelector("#search-status strong")).getText().startsWith("<script>"),
                "the query is shown as text");
        search("speech therapy ".repeat(134));
        assertTrue(chrome.findElement(By.id("search-status")).getText().contains("Only the first 200 characters were searched."));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void searchWorksFromTheKeyboardAndSaysHowManyResults() {
        chrome.get(site.url("/search/"));
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertFalse(chrome.findElement(By.id("search-no-js")).isDisplayed(), "the no-JavaScript notice hides when the script runs");
        WebElement input = chrome.findElement(By.id("search-q"));
        input.sendKeys("hearing aids", Keys.ENTER);
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText().contains("results for"));
        assertTrue(chrome.getCurrentUrl().endsWith("/search/?q=hearing+aids"), chrome.getCurrentUrl());
        WebElement status = chrome.findElement(By.id("search-status"));
        assertEquals("polite", status.getDomAttribute("aria-live"));
        assertEquals("/services/audiology/", chrome.findElement(By.cssSelector("#search-results li h2 a")).getDomAttribute("href"));
        assertFalse(chrome.findElements(By.cssSelector("#search-results mark")).isEmpty(), "matched words are marked");
        input = chrome.findElement(By.id("search-q"));
        assertEquals(input, chrome.switchTo().activeElement(), "focus stays in the search box");
        input.sendKeys(Keys.TAB);
        assertEquals("Search", chrome.switchTo().activeElement().getText(), "focus moves on to the button");
        chrome.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("summary", chrome.switchTo().activeElement().getTagName(), "and then to the filters");
        chrome.switchTo().activeElement().sendKeys(Keys.ENTER);
        chrome.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("search-category", chrome.switchTo().activeElement().getDomAttribute("id"), "which open from the keyboard");
    }

    @Test
    void fitsAPhoneScreenAndScreenshots() throws Exception {
        try {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Chromium.PHONE.getWidth(),
                    "height", Chromium.PHONE.getHeight(), "deviceScaleFactor", 2, "mobile", true));
            for (String path : List.of("/search/?q=occupaitonal+therapy", "/services/speech-and-language-therapy/")) {
                chrome.get(site.url(path));
                new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("search-status")).isEmpty()
                        || !d.findElement(By.id("search-status")).getText().isEmpty());
                Number scrollWidth = (Number) chrome.executeScript("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth.intValue() <= Chromium.PHONE.getWidth(), path + " scrolls sideways: " + scrollWidth);
                Path shot = Path.of(System.getProperty("search.screenshots", "target/search-screenshots"));
                Files.createDirectories(shot);
                Files.write(shot.resolve((path.startsWith("/search") ? "search" : "service") + "-390.png"),
                        chrome.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
