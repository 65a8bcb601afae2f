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

/** Search figures for the benchmark: index size, bytes a typical query fetches, and query time in Chromium. */
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
        long[] bytes = TYPICAL.stream().mapToLong(q -> ranking.search(q).bytes()).sorted().toArray();
        StringBuilder out = new StringBuilder();
        out.append(String.format("  search: %d pages indexed, index %.1f KB in all%n", ranking.pages(), ranking.indexBytes() / 1024.0));
        out.append(String.format("  bytes fetched a query %8.1f KB (median of %d typical queries; first query, cold cache)%n",
                bytes[bytes.length / 2] / 1024.0, bytes.length));
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
