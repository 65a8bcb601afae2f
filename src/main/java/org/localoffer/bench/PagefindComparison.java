package org.localoffer.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.search.SearchFigures;
import org.localoffer.search.SearchRanking;

/**
 * Runs Pagefind (npm {@code pagefind}, whose binary comes in a registry package) over the same built
 * output as localoffer's own search, and prints both side by side: index bytes, bytes a typical query
 * fetches, query time in headless Chromium and, for the demonstration site, success@3 on the relevance
 * set. Pagefind is installed into ~/.cache/localoffer/pagefind on first use; when it cannot be, the
 * comparison is skipped with one line saying why and the benchmark goes on.
 */
public final class PagefindComparison {

    static final String VERSION = "1.6.0";
    static final String SUBDIR = "pagefind-index";
    static final String BENCH_DIR = "pagefind-bench";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final Path RELEVANCE = Path.of("src/test/resources/search/relevance.tsv");
    private static final Pattern LOCAL_MS = Pattern.compile("query time in Chromium\\s+(\\d+) ms");
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    private final Path cache;
    private final PrintStream out;

    public PagefindComparison(Path cache, PrintStream out) {
        this.cache = cache;
        this.out = out;
    }

    /** The comparison with Pagefind installed in ~/.cache/localoffer/pagefind. */
    public static PagefindComparison standard() {
        return new PagefindComparison(Path.of(System.getProperty("user.home"), ".cache", "localoffer", "pagefind"), System.out);
    }

    /**
     * Prints the comparison for the built site in {@code output}. {@code localReport} is what
     * {@link SearchFigures#report} printed (its Chromium query time is reused rather than measured
     * twice); {@code source} is the site the benchmark was given, whose relevance set is used when it
     * is the demonstration site.
     */
    public void report(Path output, String localReport, Path source) {
        try {
            Path pagefind = install();
            if (pagefind == null) {
                return;
            }
            String why = index(pagefind, output);
            if (why != null) {
                out.println("  pagefind: skipped, " + why);
                return;
            }
            Figures pf = browserFigures(output);
            SearchRanking ranking = SearchRanking.open(output);
            long[] bytes = SearchFigures.TYPICAL.stream().mapToLong(q -> ranking.search(q).bytes()).sorted().toArray();
            Matcher ms = LOCAL_MS.matcher(localReport == null ? "" : localReport);
            Long localMs = ms.find() ? Long.parseLong(ms.group(1)) : null;
            double[] relevance = relevance(pagefind, source);
            out.printf("  search compared with Pagefind %s (same output, %d typical queries, medians, cold cache):%n",
                    VERSION, SearchFigures.TYPICAL.size());
            out.printf("    %-34s %14s %14s%n", "", "localoffer", "Pagefind");
            out.printf("    %-34s %14s %14s%n", "index, all files", kb(ranking.indexBytes()), kb(treeBytes(output.resolve(SUBDIR))));
            out.printf("    %-34s %14s %14s%n", "bytes fetched a query (index)", kb(bytes[bytes.length / 2]),
                    pf == null ? "-" : kb(pf.indexBytes));
            out.printf("    %-34s %14s %14s%n", "  plus search code (JS, WASM)", "-", pf == null ? "-" : kb(pf.codeBytes));
            out.printf("    %-34s %14s %14s%n", "query time in Chromium", localMs == null ? "-" : localMs + " ms",
                    pf == null ? "-" : pf.millis + " ms");
            if (relevance != null) {
                out.printf("    %-34s %14.3f %14.3f%n", String.format("success@3, relevance set (%d)", (int) relevance[2]),
                        relevance[0], relevance[1]);
            } else {
                out.printf("    %-34s %14s %14s%n", "success@3, relevance set", "-", "-");
                out.println("    (success@3 only for the demonstration site: --source with " + RELEVANCE + ")");
            }
            out.println("    (localoffer's bytes are its own JSON index files; Pagefind's are its .pf_* files and entry JSON,"
                    + " with pagefind.js and its WASM apart.");
            out.println("     Pagefind's time runs from loading pagefind.js to the first 3 results' data.)");
        } catch (Exception e) {
            out.println("  pagefind: skipped, " + e);
        }
    }

    /** The pagefind executable, installed with npm if missing; null (after saying why) if it cannot be. */
    Path install() throws InterruptedException {
        Path bin = cache.resolve("node_modules/.bin/pagefind");
        if (Files.isExecutable(bin) && installedVersion().equals(VERSION)) {
            return bin;
        }
        try {
            Files.createDirectories(cache);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", cache.toString(), "pagefind@" + VERSION)
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.println("  pagefind: skipped, npm install pagefind@" + VERSION + " took more than 5 minutes");
                return null;
            }
            if (p.exitValue() != 0 || !Files.isExecutable(bin)) {
                String last = log.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
                out.println("  pagefind: skipped, npm install pagefind@" + VERSION + " failed (exit " + p.exitValue() + "): " + last);
                return null;
            }
            return bin;
        } catch (IOException e) {
            out.println("  pagefind: skipped, npm could not be run (" + e.getMessage() + ")");
            return null;
        }
    }

    private String installedVersion() {
        try {
            Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(cache.resolve("node_modules/pagefind/package.json")));
            return m.find() ? m.group(1) : "";
        } catch (Exception e) {
            return "";
        }
    }

    /** Runs Pagefind over {@code site}; null when it worked, else why not. */
    static String index(Path pagefind, Path site) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(pagefind.toString(), "--site", site.toString(), "--output-subdir", SUBDIR)
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "pagefind took more than 10 minutes";
        }
        if (p.exitValue() != 0 || !Files.exists(site.resolve(SUBDIR).resolve("pagefind.js"))) {
            String last = log.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
            return "pagefind failed (exit " + p.exitValue() + "): " + last;
        }
        return null;
    }

    record Figures(long millis, long indexBytes, long codeBytes) {
    }

    /** Medians over the typical queries, one cold Chromium each; null without Chromium or results. */
    Figures browserFigures(Path site) throws IOException, InterruptedException {
        if (!new File(CHROMIUM).canExecute()) {
            return null;
        }
        writeBenchPage(site, List.of());
        List<long[]> runs = new ArrayList<>();
        try (StaticServer server = new StaticServer(site)) {
            for (String q : SearchFigures.TYPICAL) {
                List<String> r = chromium(server.url() + BENCH_DIR + "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                if (r.size() == 1 && r.get(0).matches("time [0-9.]+ \\d+ \\d+")) {
                    String[] f = r.get(0).split(" ");
                    runs.add(new long[] {Math.round(Double.parseDouble(f[1])), Long.parseLong(f[2]), Long.parseLong(f[3])});
                } else {
                    out.println("  pagefind: query '" + q + "' not measured in Chromium: " + String.join(" ", r));
                }
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        int mid = runs.size() / 2;
        return new Figures(runs.stream().mapToLong(r -> r[0]).sorted().toArray()[mid],
                runs.stream().mapToLong(r -> r[1]).sorted().toArray()[mid], runs.stream().mapToLong(r -> r[2]).sorted().toArray()[mid]);
    }

    /**
     * success@3 of localoffer and Pagefind, and the number of queries, on the demonstration site built
     * from {@code source}; null when {@code source} has no relevance set or its pages are not there.
     */
    double[] relevance(Path pagefind, Path source) throws Exception {
        Path tsv = source.resolve(RELEVANCE);
        if (!Files.isRegularFile(tsv) || !new File(CHROMIUM).canExecute()) {
            return null;
        }
        List<String[]> set = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] parts = line.split("\t");
            if (!line.startsWith("#") && parts.length == 2) {
                set.add(parts);
            }
        }
        Path work = Files.createTempDirectory("localoffer-pagefind");
        try {
            Path site = work.resolve("site");
            new SiteBuilder().build(BuildRequest.production(source, site));
            for (String[] q : set) {
                if (!Files.exists(site.resolve(q[1].substring(1)).resolve("index.html"))) {
                    return null;
                }
            }
            String why = index(pagefind, site);
            if (why != null) {
                out.println("  pagefind: relevance not measured, " + why);
                return null;
            }
            writeBenchPage(site, set.stream().map(q -> q[0]).toList());
            List<String> results;
            try (StaticServer server = new StaticServer(site)) {
                results = chromium(server.url() + BENCH_DIR + "/?relevance=1");
            }
            if (results.size() != set.size() || !results.stream().allMatch(l -> l.startsWith("top"))) {
                out.println("  pagefind: relevance not measured, Chromium did not finish the queries: " + String.join(" ", results));
                return null;
            }
            SearchRanking ranking = SearchRanking.open(site);
            int local = 0;
            int pf = 0;
            for (int i = 0; i < set.size(); i++) {
                List<String> urls = ranking.search(set.get(i)[0]).urls();
                if (urls.subList(0, Math.min(3, urls.size())).contains(set.get(i)[1])) {
                    local++;
                }
                if (Arrays.asList(results.get(i).split(" ")).subList(1, Math.min(4, results.get(i).split(" ").length))
                        .contains(set.get(i)[1])) {
                    pf++;
                }
            }
            return new double[] {local / (double) set.size(), pf / (double) set.size(), set.size()};
        } finally {
            OutputFolder.deleteTree(work);
        }
    }

    /** A page under the site that runs Pagefind's JS API and writes what it measured into {@code <pre id="result">}. */
    static void writeBenchPage(Path site, List<String> queries) throws IOException {
        Path dir = site.resolve(BENCH_DIR);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.html"), """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark</title></head>
                <body><pre id="result"></pre><script src="bench.js"></script></body></html>
                """);
        Files.writeString(dir.resolve("queries.txt"), String.join("\n", queries));
        Files.writeString(dir.resolve("bench.js"), """
                (async () => {
                  const out = document.getElementById('result');
                  const params = new URLSearchParams(location.search);
                  try {
                    const t0 = performance.now();
                    const pagefind = await import('/%1$s/pagefind.js');
                    await pagefind.init();
                    if (params.has('relevance')) {
                      const queries = (await (await fetch('queries.txt')).text()).split('\\n');
                      const lines = [];
                      for (const q of queries) {
                        const r = await pagefind.search(q);
                        const top = await Promise.all(r.results.slice(0, 3).map(x => x.data()));
                        lines.push(['top', ...top.map(d => d.url)].join(' '));
                      }
                      out.textContent = lines.join('\\n');
                      return;
                    }
                    const r = await pagefind.search(params.get('q'));
                    await Promise.all(r.results.slice(0, 3).map(x => x.data()));
                    const ms = performance.now() - t0;
                    let index = 0, code = 0;
                    for (const e of performance.getEntriesByType('resource')) {
                      const path = new URL(e.name).pathname;
                      if (!path.startsWith('/%1$s/')) continue;
                      const size = e.encodedBodySize || e.transferSize || 0;
                      if (/\\.js$|^\\/%1$s\\/wasm\\./.test(path) || path.endsWith('.pagefind')) code += size; else index += size;
                    }
                    out.textContent = r.results.length ? ['time', ms.toFixed(1), index, code].join(' ') : 'no results';
                  } catch (e) {
                    out.textContent = 'error ' + e;
                  }
                })();
                """.formatted(SUBDIR));
    }

    /** Loads {@code url} in headless Chromium and returns the lines the bench page left in its DOM. */
    static List<String> chromium(String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Arrays.asList(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--virtual-time-budget=30000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return List.of("Chromium took more than 2 minutes");
        }
        Matcher m = RESULT.matcher(dom);
        if (!m.find() || m.group(1).isBlank()) {
            return List.of("no result in the page");
        }
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").lines().toList();
    }

    static long treeBytes(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            long sum = 0;
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    sum += Files.size(p);
                }
            }
            return sum;
        }
    }

    static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    /**
     * Serves the output as files, without the preview server's Content-Security-Policy, which rightly
     * has no 'wasm-unsafe-eval' and so would stop Pagefind's WebAssembly.
     */
    static final class StaticServer implements AutoCloseable {
        private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
                "js", "text/javascript", "json", "application/json", "css", "text/css", "pagefind", "application/wasm");
        private final HttpServer server;

        StaticServer(Path root) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Path folder = root.toAbsolutePath().normalize();
            server.createContext("/", exchange -> serve(folder, exchange));
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        private static void serve(Path root, HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, Files.size(file));
                try (InputStream in = Files.newInputStream(file); OutputStream body = exchange.getResponseBody()) {
                    in.transferTo(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
