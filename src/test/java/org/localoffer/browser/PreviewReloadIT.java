package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.PreviewBuilder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.serve.ChangeWatcher;
import org.localoffer.serve.PreviewLoop;
import org.localoffer.serve.PreviewServer;
import org.localoffer.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as a young adviser uses it: the page is open in Chromium, they save an edit, the page
 * reloads with it; they save a broken link, the page shows what is wrong; they fix it, the page comes back.
 */
@Tag("browser")
class PreviewReloadIT {

    @TempDir
    Path temp;

    @Test
    void savedEditsReloadTheOpenPageAndABrokenEditShowsItsError() throws Exception {
        TestSite site = TestSite.create(temp.resolve("source"));
        PreviewBuilder builder = new PreviewBuilder(new SiteBuilder(), site.root(), temp.resolve("preview"));
        builder.rebuild();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ChromeDriver chrome = null;
        Thread loop = null;
        try (PreviewServer server = new PreviewServer(temp.resolve("preview"), 0)) {
            server.start();
            java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
            server.onRequest(path -> {
                if (path.equals(PreviewServer.PREVIEW_PATH + "events")) {
                    listening.countDown();
                }
            });
            PreviewLoop preview = new PreviewLoop(builder, server, new ChangeWatcher(site.root()), quiet, quiet);
            loop = new Thread(() -> {
                try {
                    preview.run();
                } catch (Exception e) {
                    // interrupted at the end of the test
                }
            });
            loop.setDaemon(true);
            loop.start();
            chrome = Chromium.start(Chromium.Settings.standard());
            chrome.get(server.url() + "services/speech-and-language-therapy/");
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
            // The page reloads itself between finding its body and reading it; then it is looked for again.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            assertTrue(listening.await(20, java.util.concurrent.TimeUnit.SECONDS), "the page never opened its reload stream");
            for (int i = 0; i < 200 && server.reloadClients() == 0; i++) {
                Thread.sleep(50);
            }
            assertTrue(server.reloadClients() > 0, "the page is not listening for reloads");

            site.write("content/services/speech-and-language-therapy.md",
                    TestSite.service("Speech and language therapy", "Drop-in sessions start in January."));
            ChromeDriver c = chrome;
            wait.until(d -> c.findElement(By.tagName("body")).getText().contains("Drop-in sessions start in January."));

            site.write("content/services/speech-and-language-therapy.md",
                    TestSite.service("Speech and language therapy", "See [the old page](old-page.md)."));
            wait.until(d -> c.findElement(By.tagName("body")).getText().contains("old-page.md"));
            assertTrue(c.findElement(By.tagName("body")).getText().contains("content/services/speech-and-language-therapy.md"));

            site.write("content/services/speech-and-language-therapy.md",
                    TestSite.service("Speech and language therapy", "Sessions are on Tuesdays."));
            wait.until(d -> c.findElement(By.tagName("body")).getText().contains("Sessions are on Tuesdays."));
            assertTrue(Files.readString(temp.resolve("preview/services/speech-and-language-therapy/index.html"))
                    .contains("Sessions are on Tuesdays."));
        } finally {
            Chromium.quit(chrome);
            if (loop != null) {
                loop.interrupt();
            }
        }
    }
}
