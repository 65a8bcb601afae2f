package org.localoffer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerIT {

    @TempDir
    static Path dir;
    static PreviewServer server;

    @BeforeAll
    static void start() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("services/x"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Home</title><h1>Home</h1>");
        Files.writeString(site.resolve("services/x/index.html"), "<!doctype html><title>X</title><h1>X</h1>");
        Files.writeString(site.resolve("404.html"), "<!doctype html><title>Not found</title><h1>Page not found</h1>");
        Files.writeString(dir.resolve("secret.txt"), "outside the output folder");
        server = new PreviewServer(site, 0);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a raw request line, so the path reaches the server exactly as written. */
    private String raw(String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesAPageAsItIsNowEvenWhenRewrittenWithinTheSameSecond() throws Exception {
        Path page = dir.resolve("site/services/y/index.html");
        Files.createDirectories(page.getParent());
        for (String text : new String[] {"first", "second version", "third"}) {
            Files.writeString(page, "<!doctype html><title>Y</title><h1>" + text + "</h1>");
            assertTrue(get("services/y/").body().contains("<h1>" + text + "</h1>"), text);
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void servesCleanUrlsWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get("services/x/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>X</h1>"));
        assertEquals(PreviewServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void answersMissingPagesWithTheSites404() throws Exception {
        HttpResponse<String> r = get("no/such/page/");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"));
    }

    @Test
    void neverListsFolders() throws Exception {
        Files.createDirectories(dir.resolve("site/empty"));
        HttpResponse<String> r = get("empty/");
        assertTrue(r.statusCode() == 403 || r.statusCode() == 404, "status " + r.statusCode());
        assertFalse(r.body().contains("Directory"));
    }

    @Test
    void neverServesFilesOutsideTheOutputFolder() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/services/%2e%2e/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/" + dir.resolve("secret.txt"), "//" + dir.resolve("secret.txt")}) {
            String response = raw(path);
            assertFalse(response.contains("outside the output folder"), path + " leaked: " + response);
            assertFalse(response.startsWith("HTTP/1.1 200"), path + " answered 200");
        }
    }

    @Test
    void servesTheReloadScriptOnlyFromThePreviewPath() throws Exception {
        HttpResponse<String> r = get("_localoffer/reload.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(r.body().contains("new EventSource('/_localoffer/events')"));
        assertFalse(Files.exists(dir.resolve("site/_localoffer")), "the script is never written into the site");
    }

    @Test
    void tellsOpenPagesToReloadAfterARebuild() throws Exception {
        try (Socket socket = openReloadStream()) {
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            long deadline = System.currentTimeMillis() + 5000;
            readUntil(in, seen, "retry: ", 1, deadline); // the page's stream is open and registered
            server.showSite();
            readUntil(in, seen, "event: reload", 1, deadline);
            assertTrue(seen.toString().contains("text/event-stream"), seen.toString());
            assertTrue(seen.toString().contains("event: reload"), seen.toString());
        }
    }

    /** Reloads and heartbeats from several threads at once are written one after another, not dropped. */
    @Test
    void keepsAPageConnectedThroughReloadsThatArriveTogether() throws Exception {
        try (Socket socket = openReloadStream()) {
            long deadline = System.currentTimeMillis() + 5000;
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            readUntil(in, seen, "retry: ", 1, deadline); // the page's stream is open and registered
            int threads = 4;
            int reloadsEach = 50;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i = 0; i < reloadsEach; i++) {
                        server.showSite();
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
            readUntil(in, seen, "event: reload", threads * reloadsEach, deadline);
            assertEquals(threads * reloadsEach, count(seen, "event: reload"), seen.toString());
        }
    }

    /** A page's reload stream, as the browser opens it. */
    private Socket openReloadStream() throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /_localoffer/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads the stream into {@code seen} until {@code part} is in it {@code times} times, it ends, or time is up. */
    private static void readUntil(InputStream in, StringBuilder seen, String part, int times, long deadline)
            throws Exception {
        byte[] buffer = new byte[8192];
        while (count(seen, part) < times && System.currentTimeMillis() < deadline) {
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
    }

    private static int count(CharSequence text, String part) {
        int n = 0;
        for (int i = text.toString().indexOf(part); i >= 0; i = text.toString().indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void showsABrokenBuildInTheBrowserUntilItIsFixed() throws Exception {
        org.localoffer.problem.Problems problems = new org.localoffer.problem.Problems();
        problems.error("content/a.md", 3, "type '<script>' is not a page type. Use one of service, guide, news, page.");
        server.showProblems(problems);
        try {
            HttpResponse<String> broken = get("services/x/");
            assertEquals(500, broken.statusCode());
            assertTrue(broken.body().contains("<h1 class=\"heading-xl\">The preview could not be built</h1>"));
            assertTrue(broken.body().contains("<code>content/a.md:3: error: type &#39;&lt;script&gt;&#39; is not a page type."),
                    broken.body());
            assertTrue(broken.body().contains("<script src=\"/_localoffer/reload.js\" defer></script>"));
        } finally {
            server.showSite();
        }
        assertEquals(200, get("services/x/").statusCode());
    }
}
