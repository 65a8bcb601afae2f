package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.browser.BuiltSite.SitePage;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the demonstration site, checked in headless Chromium by axe-core against the WCAG 2.0, 2.1
 * and 2.2 level A and AA rules. Violations are collected across all pages and reported together.
 */
@Tag("browser")
class AccessibilityIT {

    /** WCAG 2.0 A and AA, 2.1 A and AA, and 2.2 AA (axe has no rules tagged wcag22a). */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path tempDir;

    static BuiltSite site;
    static ChromeDriver chrome;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        site = BuiltSite.build(tempDir, true);
        chrome = Chromium.start(Chromium.Settings.standard());
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.quit(chrome);
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyPageMeetsWcagAaAtDesktopWidth() {
        List<String> problems = new ArrayList<>();
        for (SitePage page : site.pages()) {
            chrome.get(site.url(page));
            problems.addAll(check(page.path()));
        }
        report("desktop (1280x1024)", site.pages().size(), problems);
    }

    @Test
    void representativePagesMeetWcagAaAtPhoneWidth() {
        List<String> paths = List.of("/", "/services/", aServicePage());
        List<String> problems = new ArrayList<>();
        try {
            phoneViewport(true);
            for (String path : paths) {
                chrome.get(site.url(path));
                Number width = (Number) chrome.executeScript("return window.innerWidth");
                assertEquals(Chromium.PHONE.getWidth(), width.intValue(), "viewport width at phone size");
                problems.addAll(check(path));
                problems.addAll(sidewaysScrolling(path));
            }
        } finally {
            phoneViewport(false);
        }
        report("phone (390x844)", paths.size(), problems);
    }

    /** Guards the tests above: axe-core must really run in the page and report what it finds. */
    @Test
    void axeFindsFailuresInABrokenPage() throws Exception {
        // A page of our own, written into the temporary output folder only, never into the project.
        Path canary = site.folder().resolve("axe-canary");
        Files.createDirectories(canary);
        Files.writeString(canary.resolve("index.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>axe canary</title></head><body><main><h1>Canary</h1>"
                + "<img src=\"/assets/images/favicon.svg\"><button></button></main></body></html>",
                StandardCharsets.UTF_8);
        chrome.get(site.url("/axe-canary/"));

        List<String> problems = check("/axe-canary/");

        for (String rule : List.of("html-has-lang", "image-alt", "button-name")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.contains("  " + rule + " (")),
                    "axe-core did not report " + rule + ": " + problems);
        }
    }

    /** One page of a single service, the most common kind of page on a Local Offer. */
    private static String aServicePage() {
        String preferred = "/services/audiology/";
        if (site.pages().stream().anyMatch(page -> page.path().equals(preferred))) {
            return preferred;
        }
        return site.pages().stream().map(SitePage::path)
                .filter(path -> path.matches("/services/[^/]+/") && !path.equals("/services/a-z/"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No service page in " + site.pages()));
    }

    /** A 390x844 phone screen (3x pixels, touch layout) through the DevTools protocol, or back to the window. */
    private static void phoneViewport(boolean on) {
        if (on) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", Chromium.PHONE.getWidth(), "height", Chromium.PHONE.getHeight(),
                    "deviceScaleFactor", 3, "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Runs axe-core on the loaded page and returns one readable line per failing element. */
    private static List<String> check(String path) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(chrome);
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getIncomplete()) {
            // axe-core could not decide (for example text over an image or inside SVG): a person must
            // judge, so these are printed, not failed.
            Map<String, List<String>> targetsByReason = new TreeMap<>();
            for (CheckedNode node : rule.getNodes()) {
                for (List<Check> checks : List.of(node.getAny(), node.getAll(), node.getNone())) {
                    for (Check check : checks == null ? List.<Check>of() : checks) {
                        targetsByReason.computeIfAbsent(oneLine(check.getMessage()), reason -> new ArrayList<>())
                                .add(String.valueOf(node.getTarget()));
                    }
                }
            }
            targetsByReason.forEach((reason, targets) -> System.out.printf(
                    "  needs review: %s  %s: %s (%d elements, e.g. %s)%n", path, rule.getId(), reason,
                    targets.size(), targets.subList(0, Math.min(3, targets.size()))));
        }
        if (results.isErrored()) {
            lines.add(path + "  axe-core did not finish: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(String.format("%s  %s (%s): %s%n      target: %s%n      html:   %s%n      fix:    %s%n      help:   %s",
                        path, rule.getId(), node.getImpact() != null ? node.getImpact() : rule.getImpact(),
                        rule.getHelp(), node.getTarget(), oneLine(node.getHtml()),
                        oneLine(node.getFailureSummary()), rule.getHelpUrl()));
            }
        }
        return lines;
    }

    /**
     * WCAG 1.4.10 Reflow: at 390 CSS pixels nothing should need scrolling sideways. axe-core cannot see this,
     * so the page is measured and the elements that stick out past the right edge are named.
     */
    @SuppressWarnings("unchecked")
    private static List<String> sidewaysScrolling(String path) {
        Map<String, Object> measured = (Map<String, Object>) chrome.executeScript(
                "const root = document.documentElement, width = root.clientWidth;"
                        + "const wide = [];"
                        + "for (const e of document.body.querySelectorAll('*')) {"
                        + "  const r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > width + 1 && wide.length < 10) {"
                        + "    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "      + (e.classList.length ? '.' + [...e.classList].join('.') : '') + ' (right edge '"
                        + "      + Math.round(r.right) + 'px)');"
                        + "  }"
                        + "}"
                        + "return {scrollWidth: root.scrollWidth, width: width, wide: wide};");
        long scrollWidth = ((Number) measured.get("scrollWidth")).longValue();
        long width = ((Number) measured.get("width")).longValue();
        if (scrollWidth <= width) {
            return List.of();
        }
        return List.of(String.format("%s  reflow (WCAG 1.4.10): the page scrolls sideways at %dpx wide "
                + "(content is %dpx wide)%n      elements past the right edge: %s", path, width, scrollWidth,
                measured.get("wide")));
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static void report(String viewport, int pages, List<String> problems) {
        System.out.printf("axe-core at %s: %d pages, %d failing elements%n", viewport, pages, problems.size());
        if (!problems.isEmpty()) {
            fail(String.format("%d accessibility failures at %s across %d pages:%n%s", problems.size(), viewport,
                    pages, String.join(System.lineSeparator(), problems)));
        }
    }
}
