package org.localoffer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Pagefind comparison never fails the benchmark, and its file server serves what the bench page needs. */
class PagefindComparisonTest {

    @TempDir
    Path temp;

    private List<String> reportWith(String npm) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PagefindComparison(temp.resolve("cache"), npm, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .report(temp.resolve("output"), temp);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void withoutNpmTheComparisonIsSkippedWithOneLine() {
        List<String> lines = reportWith(temp.resolve("no-such-npm").toString());
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("  pagefind: skipped, npm could not be run"), lines.get(0));
    }

    @Test
    void whenNpmFailsTheComparisonIsSkippedWithOneLine() {
        List<String> lines = reportWith("false");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("  pagefind: skipped, npm install pagefind@" + PagefindComparison.VERSION + " failed (exit 1)"),
                lines.get(0));
    }

    @Test
    void theServerServesFilesWithoutCspAndCountsPagefindBytes() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("pagefind-index/fragment"));
        Files.writeString(site.resolve("pagefind-index/pagefind.js"), "export const x = 1;");
        Files.write(site.resolve("pagefind-index/fragment/a.pf_fragment"), new byte[100]);
        Files.writeString(temp.resolve("secret.txt"), "outside");
        PagefindComparison.writeBenchPage(site, List.of("speech therapy", "SALT"));
        try (PagefindComparison.StaticServer server = new PagefindComparison.StaticServer(site)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/";
            HttpResponse<String> js = http.send(HttpRequest.newBuilder(URI.create(base + "pagefind-index/pagefind.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, js.statusCode());
            assertEquals("text/javascript", js.headers().firstValue("Content-Type").orElse(""));
            assertTrue(js.headers().firstValue("Content-Security-Policy").isEmpty());
            http.send(HttpRequest.newBuilder(URI.create(base + "pagefind-index/fragment/a.pf_fragment")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(100, server.indexBytes());
            assertEquals(19, server.codeBytes());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "pagefind-bench/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("<script src=\"bench.js\"></script>"), page.body());
            HttpResponse<String> queries = http.send(HttpRequest.newBuilder(URI.create(base + "pagefind-bench/queries.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("speech therapy\nSALT", queries.body());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "../secret.txt")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
