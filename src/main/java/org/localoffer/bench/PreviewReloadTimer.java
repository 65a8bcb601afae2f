package org.localoffer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.PreviewBuilder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.content.Page;
import org.localoffer.serve.ChangeWatcher;
import org.localoffer.serve.PreviewLoop;
import org.localoffer.serve.PreviewServer;

/**
 * Times what a young adviser sees: from saving a page to the browser asking for the reloaded page.
 * It runs the real preview (server, watcher, rebuild, reload stream) with the page open in headless
 * Chromium, appends a sentence to the page's file, and notes when Chromium's reload request arrives.
 */
public final class PreviewReloadTimer {

    static final String CHROMIUM = "/usr/bin/chromium";

    private PreviewReloadTimer() {
    }

    /**
     * @param site  a site folder; its preview is built into a temporary folder
     * @param page  the page's file, under the site's content folder
     * @return one time in milliseconds per edit; empty when Chromium is missing or never opened the page
     */
    public static List<Long> measure(Path site, Path page, int edits) throws Exception {
        List<Long> times = new ArrayList<>();
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            return times;
        }
        Path work = Files.createTempDirectory("localoffer-reload");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Process chromium = null;
        Thread loop = null;
        try {
            Path output = work.resolve("preview");
            PreviewBuilder builder = new PreviewBuilder(new SiteBuilder(), site, output);
            builder.rebuild();
            String source = site.resolve(Page.CONTENT_FOLDER).relativize(page).toString().replace('\\', '/');
            String url = Page.urlFor(source);
            try (PreviewServer server = new PreviewServer(output, 0)) {
                server.start();
                BlockingQueue<Long> requests = new LinkedBlockingQueue<>();
                server.onRequest(path -> {
                    if (path.equals(url)) {
                        requests.add(System.nanoTime());
                    }
                });
                PreviewLoop preview = new PreviewLoop(builder, server, new ChangeWatcher(site), quiet, quiet);
                loop = new Thread(() -> {
                    try {
                        preview.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, "localoffer-preview-loop");
                loop.setDaemon(true);
                loop.start();
                chromium = new ProcessBuilder(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                        "--user-data-dir=" + work.resolve("chromium"), server.url() + url.substring(1))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (requests.poll(60, TimeUnit.SECONDS) == null) {
                    return times;
                }
                for (int i = 0; i < 400 && server.reloadClients() == 0; i++) {
                    Thread.sleep(50); // the page's reload stream connects
                }
                Thread.sleep(2000); // search is brought up to date
                for (int i = 0; i < edits; i++) {
                    requests.clear();
                    long saved = System.nanoTime();
                    Files.writeString(page, "\nOne more sentence, reload " + i + ".\n", StandardOpenOption.APPEND);
                    Long reloaded = requests.poll(30, TimeUnit.SECONDS);
                    if (reloaded == null) {
                        break;
                    }
                    times.add((reloaded - saved) / 1_000_000);
                    Thread.sleep(2000); // a pause between saves, as when writing; search catches up meanwhile
                }
            }
        } finally {
            if (chromium != null) {
                stop(chromium.toHandle());
            }
            if (loop != null) {
                loop.interrupt();
                loop.join(10_000);
            }
            OutputFolder.deleteTree(work);
        }
        return times;
    }

    /**
     * Stops Chromium and every process it started, and waits for them: its helpers go on writing to the
     * profile folder for a moment after the main process is killed, and the folder is deleted next.
     */
    static void stop(ProcessHandle process) {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(0, process);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone already, or will not go: deleting the folder reports what is left
            }
        }
    }
}
