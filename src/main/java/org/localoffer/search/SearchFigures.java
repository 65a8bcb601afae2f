package org.localoffer.search;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search figures for the benchmark: index size, the bytes a first query and a later query fetch, and query time in
 * Chromium. Bytes are as a server sends them gzipped: the preview server does not compress, so each file the Java
 * reference says a query fetches (the same files search.js fetches) is gzipped here and measured.
 */
public final class SearchFigures {

    /** Queries of the kind parents type; the median over them is "typical". */
    public static final List<String> TYPICAL = List.of("speech therapy", "autism assessment", "help getting to school",
            "occupaitonal therapy", "short breaks");
    static final String CHROMIUM = "/usr/bin/chromium";
    private static final Pattern MS = Pattern.compile("data-ms=\"(\\d+)\"");

    private SearchFigures() {
    }

    /** Lines to print for the built site in {@code site}; {@code baseUrl} serves it (null: no browser timing). */
    public static String report(Path site, String baseUrl) throws IOException, InterruptedException {
        SearchRanking ranking = SearchRanking.open(site);
        Path index = site.resolve(SearchShardWriter.FOLDER);
        Path script = site.resolve("assets/js/search.js");
        long scriptGzip = java.nio.file.Files.exists(script) ? SearchRanking.gzipSize(script) : 0;
        // First query: a cold cache, so search.js and every file the query needs (each typical query on its own).
        long[] first = TYPICAL.stream().mapToLong(q -> scriptGzip + ranking.search(q).gzipBytes()).sorted().toArray();
        long[] raw = TYPICAL.stream().mapToLong(q -> ranking.search(q).bytes()).sorted().toArray();
        // Later queries: the typical queries one after another; each fetches only the files not fetched before.
        java.util.Set<String> fetched = new java.util.HashSet<>();
        List<Long> later = new ArrayList<>();
        for (String q : TYPICAL) {
            long more = 0;
            for (String file : ranking.search(q).files()) {
                if (fetched.add(file)) {
                    more += SearchRanking.gzipSize(index.resolve(file));
                }
            }
            later.add(more);
        }
        later.remove(0);
        long[] laterSorted = later.stream().mapToLong(Long::longValue).sorted().toArray();
        StringBuilder out = new StringBuilder();
        out.append(String.format("  search: %d pages indexed, index %.1f KB in all (%.1f KB gzipped)%n", ranking.pages(),
                ranking.indexBytes() / 1024.0, indexGzipBytes(index) / 1024.0));
        out.append(String.format("  first query fetches %8.1f KB gzipped (median of %d typical queries, cold cache, with search.js "
                + "%.1f KB; max %.1f KB; %.1f KB uncompressed)%n", first[first.length / 2] / 1024.0, first.length,
                scriptGzip / 1024.0, first[first.length - 1] / 1024.0, raw[raw.length / 2] / 1024.0));
        out.append(String.format("  a later query fetches %6.1f KB gzipped more (median of %d different typical queries after the "
                + "first; max %.1f KB)%n", laterSorted[laterSorted.length / 2] / 1024.0, laterSorted.length,
                laterSorted[laterSorted.length - 1] / 1024.0));
        if (baseUrl == null || !new File(CHROMIUM).canExecute()) {
            out.append("  query time in Chromium: not measured (no ").append(CHROMIUM).append(")\n");
            return out.toString();
        }
        List<Long> times = new ArrayList<>();
        for (String q : TYPICAL) {
            Long ms = chromiumMillis(baseUrl + "search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (ms != null) {
                times.add(ms);
            }
        }
        if (times.isEmpty()) {
            out.append("  query time in Chromium: not measured (Chromium did not finish a search)\n");
        } else {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format("  query time in Chromium %6d ms (median of %d; fetching, ranking and showing results, "
                    + "cold cache)%n", sorted[sorted.length / 2], sorted.length));
        }
        return out.toString();
    }

    /** Bytes of every file in the index, each gzipped. */
    static long indexGzipBytes(Path index) throws IOException {
        try (var walk = java.nio.file.Files.walk(index)) {
            return walk.filter(java.nio.file.Files::isRegularFile).mapToLong(SearchRanking::gzipSize).sum();
        }
    }

    /** search.js's own timing of one search (data-ms on the results), from headless Chromium's final DOM. */
    static Long chromiumMillis(String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Arrays.asList(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--virtual-time-budget=10000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        Matcher m = MS.matcher(dom);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }
}
