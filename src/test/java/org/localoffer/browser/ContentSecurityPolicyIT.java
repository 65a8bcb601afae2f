package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.browser.BuiltSite.SitePage;
import org.localoffer.serve.PreviewServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The preview server sends the strict Content-Security-Policy the published site should send (no inline
 * script or style, nothing from elsewhere). No page may break it: Chromium reports each violation in its
 * console, and this test reads that console on every page.
 */
@Tag("browser")
class ContentSecurityPolicyIT {

    @TempDir
    static Path tempDir;

    static BuiltSite site;
    static ChromeDriver chrome;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        site = BuiltSite.build(tempDir, true);
        chrome = Chromium.start(new Chromium.Settings(true, true));
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.quit(chrome);
        if (site != null) {
            site.close();
        }
    }

    @Test
    void thePreviewServerSendsTheStrictPolicy() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(site.url("/"))).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        assertEquals(PreviewServer.CONTENT_SECURITY_POLICY,
                response.headers().firstValue("Content-Security-Policy").orElse(null));
    }

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        List<String> otherErrors = new ArrayList<>();
        for (SitePage page : site.pages()) {
            for (LogEntry entry : consoleOf(page.path())) {
                String line = page.path() + "  [" + entry.getLevel() + "] " + entry.getMessage();
                if (entry.getMessage().contains("Content Security Policy")) {
                    violations.add(line);
                } else if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    otherErrors.add(line);
                }
            }
        }
        System.out.printf("Content Security Policy: %d pages, %d violations, %d other console errors%n",
                site.pages().size(), violations.size(), otherErrors.size());
        otherErrors.forEach(error -> System.out.println("  console: " + error));
        if (!violations.isEmpty()) {
            fail(String.format("%d Content Security Policy violations:%n%s", violations.size(),
                    String.join(System.lineSeparator(), violations)));
        }
    }

    /** Guards the test above: an inline style and an inline script must show up as violations. */
    @Test
    void violationsReachTheConsole() throws Exception {
        // A page of our own, written into the temporary output folder only, never into the project.
        Path canary = site.folder().resolve("csp-canary");
        Files.createDirectories(canary);
        Files.writeString(canary.resolve("index.html"), "<!DOCTYPE html><html lang=\"en-GB\"><head>"
                + "<meta charset=\"utf-8\"><title>CSP canary</title><style>p { color: red; }</style></head>"
                + "<body><main><h1>Canary</h1><script>document.title = 'inline';</script></main></body></html>",
                StandardCharsets.UTF_8);

        List<LogEntry> console = consoleOf("/csp-canary/");

        assertEquals("CSP canary", chrome.getTitle(), "an inline script ran despite the policy");
        long violations = console.stream().filter(entry -> entry.getMessage().contains("Content Security Policy"))
                .count();
        assertTrue(violations >= 2, "expected the inline style and script in the console, got: " + console);
    }

    /** Loads a page and returns what it wrote to the console while loading. */
    private static List<LogEntry> consoleOf(String path) {
        chrome.manage().logs().get(LogType.BROWSER); // empty the log: only this page's messages follow
        chrome.get(site.url(path));
        return chrome.manage().logs().get(LogType.BROWSER).getAll();
    }
}
