package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.browser.BuiltSite.SitePage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * With JavaScript switched off in Chromium, every page still shows its heading and its content: nothing
 * a parent needs may depend on a script.
 */
@Tag("browser")
class NoJavaScriptIT {

    @TempDir
    static Path tempDir;

    static BuiltSite site;
    static ChromeDriver chrome;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        site = BuiltSite.build(tempDir, true);
        chrome = Chromium.start(new Chromium.Settings(false, false));
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.quit(chrome);
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyPageShowsItsHeadingAndContentWithoutJavaScript() {
        List<String> problems = new ArrayList<>();
        for (SitePage page : site.pages()) {
            chrome.get(site.url(page));
            List<WebElement> mains = chrome.findElements(By.cssSelector("main"));
            if (mains.size() != 1) {
                problems.add(page.path() + "  has " + mains.size() + " main elements, not 1");
                continue;
            }
            WebElement main = mains.get(0);
            List<WebElement> headings = main.findElements(By.cssSelector("h1"));
            if (headings.isEmpty()) {
                problems.add(page.path() + "  has no h1 in main");
            } else if (!headings.get(0).isDisplayed()) {
                problems.add(page.path() + "  main h1 is not displayed");
            } else if (headings.get(0).getText().isBlank()) {
                problems.add(page.path() + "  main h1 shows no text");
            }
            String visible = main.getText();
            String heading = headings.isEmpty() ? "" : headings.get(0).getText();
            if (!main.isDisplayed() || visible.replace(heading, "").isBlank()) {
                problems.add(page.path() + "  main shows no content besides its heading");
            }
        }
        System.out.printf("Without JavaScript: %d pages, %d problems%n", site.pages().size(), problems.size());
        if (!problems.isEmpty()) {
            fail(String.format("%d pages depend on JavaScript:%n%s", problems.size(),
                    String.join(System.lineSeparator(), problems)));
        }
    }

    /** Guards the test above: a script in a page served by the preview server must not run. */
    @Test
    void javaScriptIsReallySwitchedOff() throws Exception {
        // A page of our own, written into the temporary output folder only, never into the project.
        Path canary = site.folder().resolve("no-js-canary");
        Files.createDirectories(canary);
        Files.writeString(canary.resolve("canary.js"), "document.title = 'scripts ran';", StandardCharsets.UTF_8);
        Files.writeString(canary.resolve("index.html"), "<!DOCTYPE html><html lang=\"en-GB\"><head>"
                + "<meta charset=\"utf-8\"><title>scripts off</title><script src=\"/no-js-canary/canary.js\"></script>"
                + "</head><body><main><h1>Canary</h1></main></body></html>", StandardCharsets.UTF_8);

        chrome.get(site.url("/no-js-canary/"));

        assertEquals("scripts off", chrome.getTitle(), "the canary page's script ran: JavaScript is on");
    }
}
