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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    private final Path cache;
    private final String npm;
    private final PrintStream out;

    /** Pagefind installed in {@code cache} with the {@code npm} command; lines printed to {@code out}. */
    public PagefindComparison(Path cache, String npm, PrintStream out) {
        this.cache = cache;
        this.npm = npm;
        this.out = out;
    }

    /** The comparison with Pagefind installed in ~/.cache/localoffer/pagefind, printed to standard output. */
    public static PagefindComparison standard() {
        return standardIn(System.out);
    }

    static PagefindComparison standardIn(PrintStream out) {
        return new PagefindComparison(Path.of(System.getProperty("user.home"), ".cache", "localoffer", "pagefind"), "npm", out);
    }

    /**
     * Prints the comparison for the built site in {@code output}. {@code source} is the site the
     * benchmark was given; its relevance set is used when it is the demonstration site.
     */
    public void report(Path output, Path source) {
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
            Figures browser = browserFigures(output);
            SearchRanking ranking = SearchRanking.open(output);
            long[] bytes = SearchFigures.TYPICAL.stream().mapToLong(q -> ranking.search(q).bytes()).sorted().toArray();
            Path searchJs = output.resolve("assets/js/search.js");
            double[] relevance = relevance(pagefind, source);
            out.printf("  search compared with Pagefind %s (same output; medians of %d typical queries, each in a fresh headless"
                    + " Chromium, cold cache, real time):%n", VERSION, SearchFigures.TYPICAL.size());
            row("", "localoffer", "Pagefind");
            row("index, all files", kb(ranking.indexBytes()), kb(treeBytes(output.resolve(SUBDIR))));
            row("bytes fetched a query (index)", kb(bytes[bytes.length / 2]), browser == null ? "-" : kb(browser.pfIndexBytes()));
            row("  plus search code (JS, WASM)", Files.exists(searchJs) ? kb(Files.size(searchJs)) : "-",
                    browser == null ? "-" : kb(browser.pfCodeBytes()));
            row("query time: search, first results", browser == null ? "-" : ms(browser.localMillis()),
                    browser == null ? "-" : ms(browser.pfSearchMillis()));
            row("  from loading pagefind.js", "-", browser == null ? "-" : ms(browser.pfMillis()));
            if (relevance != null) {
                row(String.format("success@3, demo site relevance (%d)", (int) relevance[2]),
                        String.format("%.3f", relevance[0]), String.format("%.3f", relevance[1]));
            } else {
                row("success@3, demo site relevance", "-", "-");
                out.println("    (success@3 only for the demonstration site: --source with " + RELEVANCE + ")");
            }
            out.println("    (localoffer's search time is search.js's own data-ms on /search/ (its index files fetched, ranked and the"
                    + " results shown); Pagefind's is");
            out.println("     pagefind.search() and data() of the first 3 results, with its defaults (web worker), once"
                    + " pagefind.js is loaded and initialised.)");
        } catch (Exception e) {
            out.println("  pagefind: skipped, " + e);
        }
    }

    private void row(String label, String localoffer, String pagefind) {
        out.printf("    %-36s %12s %12s%n", label, localoffer, pagefind);
    }

    private static String ms(Long millis) {
        return millis == null ? "-" : millis + " ms";
    }

    /** The pagefind executable, installed with npm if missing; null (after saying why) if it cannot be. */
    Path install() throws InterruptedException {
        Path bin = cache.resolve("node_modules/.bin/pagefind");
        if (Files.isExecutable(bin) && installedVersion().equals(VERSION)) {
            return bin;
        }
        try {
            Files.createDirectories(cache);
            Process p = new ProcessBuilder(npm, "install", "--no-audit", "--no-fund", "--prefix", cache.toString(), "pagefind@" + VERSION)
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

    /** Medians; null where nothing was measured. */
    record Figures(Long localMillis, Long pfMillis, Long pfSearchMillis, Long pfIndexBytes, Long pfCodeBytes) {
    }

    /** Both searches for the typical queries, one fresh headless Chromium each; null without Chromium. */
    Figures browserFigures(Path site) throws IOException, InterruptedException {
        if (!new File(CHROMIUM).canExecute()) {
            return null;
        }
        writeBenchPage(site, List.of());
        List<Long> local = new ArrayList<>();
        List<long[]> pf = new ArrayList<>();
        try (StaticServer server = new StaticServer(site)) {
            for (String q : SearchFigures.TYPICAL) {
                String query = URLEncoder.encode(q, StandardCharsets.UTF_8);
                List<String> r = server.load(BENCH_DIR + "/?localoffer=1&q=" + query).lines();
                if (r.size() == 1 && r.get(0).matches("time \\d+")) {
                    local.add(Long.parseLong(r.get(0).substring(5)));
                } else {
                    out.println("  localoffer: query '" + q + "' not timed in Chromium: " + String.join(" ", r));
                }
                Run run = server.load(BENCH_DIR + "/?q=" + query);
                r = run.lines();
                if (r.size() == 1 && r.get(0).matches("time [0-9.]+ [0-9.]+")) {
                    String[] f = r.get(0).split(" ");
                    pf.add(new long[] {Math.round(Double.parseDouble(f[1])), Math.round(Double.parseDouble(f[2])),
                            run.indexBytes(), run.codeBytes()});
                } else {
                    out.println("  pagefind: query '" + q + "' not timed in Chromium: " + String.join(" ", r));
                }
            }
        }
        return new Figures(median(local.stream().mapToLong(Long::longValue).toArray()), median(pf, 0), median(pf, 1),
                median(pf, 2), median(pf, 3));
    }

    private static Long median(List<long[]> rows, int column) {
        return median(rows.stream().mapToLong(r -> r[column]).toArray());
    }

    private static Long median(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
                results = server.load(BENCH_DIR + "/?relevance=1").lines();
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
                <body><script src="bench.js"></script><img src="/__wait" alt=""></body></html>
                """);
        Files.writeString(dir.resolve("queries.txt"), String.join("\n", queries));
        Files.writeString(dir.resolve("bench.js"), """
                // Posts what it measured to the benchmark's server, which then lets the page's load event fire.
                const report = (text) => fetch('/__result', {method: 'POST', body: text});
                (async () => {
                  const params = new URLSearchParams(location.search);
                  if (params.has('localoffer')) {
                    // localoffer's own search page in a frame; search.js times itself into data-ms.
                    const frame = document.createElement('iframe');
                    frame.src = '/search/?q=' + encodeURIComponent(params.get('q'));
                    document.body.append(frame);
                    const started = Date.now();
                    const poll = () => {
                      const shown = frame.contentDocument && frame.contentDocument.querySelector('[data-ms]');
                      if (shown) report('time ' + shown.getAttribute('data-ms'));
                      else if (Date.now() - started > 30000) report('localoffer search did not finish');
                      else setTimeout(poll, 5);
                    };
                    poll();
                    return;
                  }
                  try {
                    const t0 = performance.now();
                    const pagefind = await import('/%1$s/pagefind.js');
                    await pagefind.init();
                    const t1 = performance.now();
                    if (params.has('relevance')) {
                      const queries = (await (await fetch('queries.txt')).text()).split('\\n');
                      const lines = [];
                      for (const q of queries) {
                        const r = await pagefind.search(q);
                        const top = await Promise.all(r.results.slice(0, 3).map(x => x.data()));
                        lines.push(['top', ...top.map(d => d.url)].join(' '));
                      }
                      report(lines.join('\\n'));
                      return;
                    }
                    const r = await pagefind.search(params.get('q'));
                    await Promise.all(r.results.slice(0, 3).map(x => x.data()));
                    const t2 = performance.now();
                    report(r.results.length ? 'time ' + (t2 - t0).toFixed(1) + ' ' + (t2 - t1).toFixed(1) : 'no results');
                  } catch (e) {
                    report('error ' + e);
                  }
                })();
                """.formatted(SUBDIR));
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
     * has no 'wasm-unsafe-eval' and so would stop Pagefind's WebAssembly. It counts the bytes of
     * Pagefind's files it sends (so that what Pagefind's web worker fetches counts too), takes the
     * bench page's result at /__result, and holds /__wait until then so that the page's load event,
     * and with it Chromium's --dump-dom, waits for the result. Real time, not virtual time: Pagefind
     * waits for its worker with a timer, which virtual time would fast-forward.
     */
    static final class StaticServer implements AutoCloseable {
        private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
                "js", "text/javascript", "txt", "text/plain; charset=utf-8", "json", "application/json",
                "css", "text/css", "pagefind", "application/wasm");
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final AtomicLong indexBytes = new AtomicLong();
        private final AtomicLong codeBytes = new AtomicLong();
        private volatile CompletableFuture<String> result = new CompletableFuture<>();

        StaticServer(Path root) throws IOException {
            // Without it the JDK's server can hold small responses back for Nagle's algorithm (tens of ms each).
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Path folder = root.toAbsolutePath().normalize();
            server.createContext("/", exchange -> serve(folder, exchange));
            server.createContext("/__result", exchange -> {
                try (exchange) {
                    result.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.createContext("/__wait", exchange -> {
                try (exchange) {
                    try {
                        result.get(90, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // let the page finish loading anyway
                    }
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.setExecutor(threads);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        long indexBytes() {
            return indexBytes.get();
        }

        long codeBytes() {
            return codeBytes.get();
        }

        /** One cold load of {@code path} in headless Chromium: what the page reported and the Pagefind bytes served for it. */
        Run load(String path) throws IOException, InterruptedException {
            result = new CompletableFuture<>();
            indexBytes.set(0);
            codeBytes.set(0);
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
            Process p = new ProcessBuilder(Arrays.asList(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--dump-dom", url))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String text = result.getNow(null);
            return new Run(text == null ? List.of("Chromium did not report a result") : text.lines().toList(),
                    indexBytes.get(), codeBytes.get());
        }

        private void serve(Path root, HttpExchange exchange) throws IOException {
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
                long size = Files.size(file);
                if (path.startsWith("/" + SUBDIR + "/")) {
                    (ext.equals("js") || name.startsWith("wasm.") ? codeBytes : indexBytes).addAndGet(size);
                }
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, size);
                try (InputStream in = Files.newInputStream(file); OutputStream body = exchange.getResponseBody()) {
                    in.transferTo(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    record Run(List<String> lines, long indexBytes, long codeBytes) {
    }
}
