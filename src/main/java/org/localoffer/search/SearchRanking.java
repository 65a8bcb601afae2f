package org.localoffer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference for search.js: the same steps over the same exported files, in Java. Tests check that the
 * browser ranks exactly as this does, and the relevance set and the benchmark measure search with it.
 *
 * <ol>
 *   <li>Keep the first {@value #MAX_QUERY} characters; split into words ({@link SearchAnalysis#queryWords});
 *       keep the first {@value #MAX_WORDS}; drop stop words.</li>
 *   <li>Look each word up in the dictionary chunk that holds it. A word that is not there, of 4 or more
 *       letters, is corrected to the closest word form within 1 edit (2 from 8 letters), transpositions
 *       counting as one; ties go to the form whose term is on more pages, then to the first in order.</li>
 *   <li>Score every page with BM25 per field (k1 1.2, b 0.75), weighted title 3, summary 2, headings 1.5,
 *       body 1, with idf ln(1 + (N - df + 0.5) / (df + 0.5)) over pages. Each term's weight in a page (before
 *       idf) is computed at bake time and stored rounded to 1/{@value SearchShardWriter#SCORE_SCALE}.</li>
 *   <li>Apply the filters, round scores to 6 decimal places, sort by score, then page order.</li>
 * </ol>
 */
public final class SearchRanking {

    public static final int MAX_QUERY = 200;
    public static final int MAX_WORDS = 12;

    /** Which pages to keep; null for any. */
    public record Filters(String category, String need, String age, String area) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    public record Hit(String url, double score) {
    }

    /**
     * @param corrected the query with typos corrected, or null when nothing was corrected
     * @param hits      the first results, in exact order (as many as were asked for)
     * @param total     how many pages match, after the filters
     * @param files     every index file this query needed, with fragments for the first 10 results
     * @param bytes     the bytes of those files
     * @param gzipBytes the bytes of those files gzipped, as a server would send them
     */
    public record Result(List<Hit> hits, int total, String corrected, List<String> terms, Set<String> files, long bytes,
                         long gzipBytes) {
        public List<String> urls() {
            return hits.stream().map(Hit::url).toList();
        }

        /** True when {@code shown}, the "did you mean" words a browser showed (or null), are the same. */
        public boolean equalsCorrected(String shown) {
            return java.util.Objects.equals(corrected, shown);
        }
    }

    /** BM25 parameters. */
    public static final double K1 = 1.2;
    public static final double B = 0.75;
    /** Results shown at a time, and so ranked exactly by default. */
    public static final int PAGE = 10;

    private final Path folder;
    private final Map<String, Object> manifest;
    private final Map<String, Object> cache = new HashMap<>();

    @SuppressWarnings("unchecked")
    private SearchRanking(Path folder) {
        this.folder = folder;
        this.manifest = (Map<String, Object>) load(SearchShardWriter.MANIFEST);
    }

    /** The index in {@code site}/search/index. */
    public static SearchRanking open(Path site) {
        return new SearchRanking(site.resolve(SearchShardWriter.FOLDER));
    }

    public int pages() {
        return ((Number) manifest.get("pages")).intValue();
    }

    public Result search(String query) {
        return search(query, Filters.NONE);
    }

    public Result search(String query, Filters filters) {
        return search(query, filters, PAGE);
    }

    /** {@link SearchShardWriter#BOOSTS} unboxed, as termScore runs for every posting of every term. */
    private static final double[] BOOST = SearchShardWriter.BOOSTS.stream().mapToDouble(Double::doubleValue).toArray();

    /** A term's BM25 weight in one page, before idf: the same arithmetic, in the same order, as search.js. */
    static double termScore(int[] freqs, int[] lengths, double[] avg) {
        double s = 0;
        for (int f = 0; f < freqs.length; f++) {
            double tf = freqs[f];
            if (tf > 0) {
                double len = lengths[f];
                double norm = K1 * (1 - B + B * len / avg[f]);
                s += BOOST[f] * tf * (K1 + 1) / (tf + norm);
            }
        }
        return s;
    }

    /** What is known of one query term: its idf, its pages, and the scores of the pages fetched so far. */
    private static final class TermState {
        double idf;
        /** The pages that have the term, as a bit set; null when all of them are in {@link #known}. */
        byte[] member;
        /** Segment files after the term's entry, and the first (highest) score in each. */
        List<List<Object>> more = List.of();
        /** The first segment of {@link #more} not fetched yet. */
        int next;
        /** The version and pages per block of the term's scores in page order, or null when there are none. */
        List<Object> blocks;
        final Map<Integer, Long> known = new HashMap<>();

        boolean has(int doc) {
            return member == null ? known.containsKey(doc) : (member[doc >> 3] & (1 << (doc & 7))) != 0;
        }

        /** The most a page not in {@link #known} can score: the next segment's first score. */
        long bound() {
            return ((Number) more.get(next).get(1)).longValue();
        }
    }

    /**
     * The first {@code k} results in exact order, fetching only what is needed to be sure of them: each term's
     * postings are stored best first in segments, so a page not seen yet in a term can score at most the first
     * score of that term's next segment. Segments are fetched in order, for the page that could score most,
     * until no page left can reach the k-th result; when a term's next segment is longer than the manifest's
     * "random", the block of that page's scores in page order is fetched instead.
     */
    @SuppressWarnings("unchecked")
    public Result search(String query, Filters filters, int k) {
        Set<String> files = new LinkedHashSet<>(List.of(SearchShardWriter.MANIFEST));
        String q = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        List<String> words = SearchAnalysis.queryWords(q);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        Set<String> stop = new HashSet<>((List<String>) manifest.get("stop"));
        List<String> shown = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        boolean corrected = false;
        for (String word : words) {
            if (stop.contains(word)) {
                shown.add(word);
                continue;
            }
            String file = chunkFor((List<List<String>>) manifest.get("dict"), word);
            String stem = null;
            if (file != null) {
                files.add(file);
                Object value = ((Map<String, Object>) load(file)).get(word);
                if (value != null) {
                    stem = value.equals("") ? word : (String) value;
                }
            }
            if (stem == null) {
                String wordsFile = (String) manifest.get("words");
                List<Object> fix = closest(word, (List<List<Object>>) load(wordsFile));
                files.add(wordsFile);
                if (fix != null) {
                    corrected = true;
                    shown.add((String) fix.get(0));
                    stem = fix.get(1).equals("") ? (String) fix.get(0) : (String) fix.get(1);
                } else {
                    shown.add(word);
                }
            } else {
                shown.add(word);
            }
            if (stem != null && !terms.contains(stem)) {
                terms.add(stem);
            }
        }

        int n = pages();
        double toMillionths = 1e6 / ((Number) manifest.get("scale")).doubleValue();
        int random = ((Number) manifest.get("random")).intValue();
        byte[] keep = filterSet(filters, files);
        List<TermState> states = new ArrayList<>();
        for (String term : terms) {
            String file = chunkFor((List<List<String>>) manifest.get("terms"), term);
            if (file == null) {
                continue;
            }
            files.add(file);
            Map<String, Object> entry = (Map<String, Object>) ((Map<String, Object>) load(file)).get(term);
            if (entry == null) {
                continue;
            }
            TermState t = new TermState();
            double df = ((Number) entry.get("n")).doubleValue();
            t.idf = StrictMath.log(1 + (n - df + 0.5) / (df + 0.5));
            if (entry.containsKey("m")) {
                t.member = Base64.getDecoder().decode((String) entry.get("m"));
                t.more = (List<List<Object>>) entry.get("s");
                t.blocks = (List<Object>) entry.get("b");
            }
            addSegment(t, (Map<String, Object>) entry.get("p"));
            states.add(t);
        }

        List<Integer> order = new ArrayList<>();
        long[] rounded = new long[n];
        int total;
        while (true) {
            order.clear();
            total = 0;
            long maxUpper = -1;
            double bestUpper = -1;
            int best = -1;
            for (int d = 0; d < n; d++) {
                if (keep != null && (keep[d >> 3] & (1 << (d & 7))) == 0) {
                    continue;
                }
                double score = 0;
                double upper = 0;
                boolean member = false;
                boolean complete = true;
                for (TermState t : states) {
                    if (!t.has(d)) {
                        continue;
                    }
                    member = true;
                    Long s = t.known.get(d);
                    if (s != null) {
                        score += t.idf * s;
                        upper += t.idf * s;
                    } else {
                        complete = false;
                        upper += t.idf * t.bound();
                    }
                }
                if (!member) {
                    continue;
                }
                total++;
                if (complete) {
                    rounded[d] = Math.round(score * toMillionths);
                    order.add(d);
                } else {
                    maxUpper = Math.max(maxUpper, Math.round(upper * toMillionths));
                    if (upper > bestUpper) {
                        bestUpper = upper;
                        best = d;
                    }
                }
            }
            order.sort(Comparator.comparingLong((Integer d) -> -rounded[d]).thenComparingInt(d -> d));
            if (maxUpper < 0 || (order.size() >= k && maxUpper < rounded[order.get(k - 1)])) {
                break;
            }
            // Fetch the next segment of a term of the page that could score most: of its terms not known, the one that could add most.
            TermState next = null;
            for (TermState t : states) {
                if (t.has(best) && !t.known.containsKey(best) && (next == null || t.idf * t.bound() > next.idf * next.bound())) {
                    next = t;
                }
            }
            if (next.blocks != null && ((Number) next.more.get(next.next).get(2)).intValue() > random) {
                // The next segment is long: fetch the scores of the block of pages holding this page instead.
                int per = ((Number) next.blocks.get(1)).intValue();
                int block = best / per;
                String file = "blk-" + next.blocks.get(0) + "-" + block + ".json";
                files.add(file);
                List<Object> scores = (List<Object>) load(file);
                int i = 0;
                for (int d = block * per; d < Math.min(n, (block + 1) * per); d++) {
                    if (next.has(d)) {
                        next.known.put(d, ((Number) scores.get(i++)).longValue());
                    }
                }
            } else {
                String file = (String) next.more.get(next.next).get(0);
                files.add(file);
                next.next++;
                addSegment(next, (Map<String, Object>) load(file));
            }
        }
        List<Hit> hits = new ArrayList<>();
        String version = (String) manifest.get("frag");
        for (int d : order.subList(0, Math.min(k, order.size()))) {
            String frag = "frag/" + d + "." + version + ".json";
            if (hits.size() < PAGE) {
                files.add(frag);
            }
            hits.add(new Hit((String) ((Map<String, Object>) load(frag)).get("url"), rounded[d] / 1e6));
        }
        long bytes = 0;
        long gzip = 0;
        for (String f : files) {
            bytes += size(f);
            gzip += gzipSize(folder.resolve(f));
        }
        return new Result(hits, total, corrected ? String.join(" ", shown) : null, terms, files, bytes, gzip);
    }

    /** The pages the filters keep, as a bit set, or null when no filter is chosen. */
    @SuppressWarnings("unchecked")
    private byte[] filterSet(Filters filters, Set<String> files) {
        Map<String, Map<String, String>> all = (Map<String, Map<String, String>>) manifest.get("filters");
        String[][] chosen = {{"category", filters.category()}, {"need", filters.need()}, {"age", filters.age()},
                {"area", filters.area()}};
        byte[] keep = null;
        for (String[] c : chosen) {
            if (c[1] == null) {
                continue;
            }
            String file = all.get(c[0]).get(c[1]);
            if (file == null && c[0].equals("need")) {
                file = all.get(c[0]).get("any");
            }
            byte[] set = new byte[(pages() + 7) / 8];
            if (file != null) {
                files.add(file);
                set = Base64.getDecoder().decode((String) load(file));
            }
            if (keep == null) {
                keep = set.clone();
            } else {
                for (int i = 0; i < keep.length; i++) {
                    keep[i] &= set[i];
                }
            }
        }
        return keep;
    }

    /** Adds a segment's postings: pages "d", and scores "q", the first whole, then each as how much it is below the last. */
    @SuppressWarnings("unchecked")
    private static void addSegment(TermState t, Map<String, Object> segment) {
        List<Object> docs = (List<Object>) segment.get("d");
        List<Object> scores = (List<Object>) segment.get("q");
        long score = 0;
        for (int i = 0; i < docs.size(); i++) {
            long q = ((Number) scores.get(i)).longValue();
            score = i == 0 ? q : score - q;
            t.known.put(((Number) docs.get(i)).intValue(), score);
        }
    }

    private long size(String f) {
        try {
            return Files.size(folder.resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of {@code file} gzipped (level 6, as web servers commonly send it). */
    public static long gzipSize(Path file) {
        try {
            return gzipSize(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long gzipSize(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** The chunk whose first key is the last one at or before {@code key}, or null before the first. */
    static String chunkFor(List<List<String>> chunks, String key) {
        int lo = 0;
        int hi = chunks.size() - 1;
        String found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (chunks.get(mid).get(0).compareTo(key) <= 0) {
                found = chunks.get(mid).get(1);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The word form closest to {@code word} within the allowed edits, or null. */
    static List<Object> closest(String word, List<List<Object>> words) {
        int length = word.length();
        if (length < 4 || word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        int max = length >= 8 ? 2 : 1;
        List<Object> best = null;
        int bestDistance = max + 1;
        int bestPages = -1;
        for (List<Object> w : words) {
            String form = (String) w.get(0);
            if (Math.abs(form.length() - length) > max) {
                continue;
            }
            int d = distance(word, form, max);
            int pages = ((Number) w.get(2)).intValue();
            if (d > max) {
                continue;
            }
            if (d < bestDistance || (d == bestDistance && pages > bestPages)) {
                best = w;
                bestDistance = d;
                bestPages = pages;
            }
        }
        return best;
    }

    /** Edits between a and b (insert, delete, replace, swap two neighbours); max + 1 once it is over max. */
    static int distance(String a, String b, int max) {
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }

    private Object load(String file) {
        return cache.computeIfAbsent(file, f -> {
            try {
                return Json.read(Files.readString(folder.resolve(f), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Bytes of every file in the index. */
    public long indexBytes() {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
