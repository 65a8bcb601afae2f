package org.localoffer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *       body 1, with idf ln(1 + (N - df + 0.5) / (df + 0.5)) over pages.</li>
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
     * @param files     every index file this query needed, with fragments for the first 10 results
     */
    public record Result(List<Hit> hits, String corrected, List<String> terms, Set<String> files, long bytes) {
        public List<String> urls() {
            return hits.stream().map(Hit::url).toList();
        }

        /** True when {@code shown}, the "did you mean" words a browser showed (or null), are the same. */
        public boolean equalsCorrected(String shown) {
            return java.util.Objects.equals(corrected, shown);
        }
    }

    private final Path folder;
    private final Map<String, Object> manifest;
    private final List<List<Object>> docs;
    private final Map<String, Object> cache = new HashMap<>();

    @SuppressWarnings("unchecked")
    private SearchRanking(Path folder) {
        this.folder = folder;
        this.manifest = (Map<String, Object>) load(SearchShardWriter.MANIFEST);
        Map<String, Object> meta = (Map<String, Object>) load((String) manifest.get("docs"));
        this.docs = (List<List<Object>>) meta.get("docs");
    }

    /** The index in {@code site}/search/index. */
    public static SearchRanking open(Path site) {
        return new SearchRanking(site.resolve(SearchShardWriter.FOLDER));
    }

    public int pages() {
        return docs.size();
    }

    public Result search(String query) {
        return search(query, Filters.NONE);
    }

    @SuppressWarnings("unchecked")
    public Result search(String query, Filters filters) {
        Set<String> files = new LinkedHashSet<>(List.of(SearchShardWriter.MANIFEST, (String) manifest.get("docs")));
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

        int n = docs.size();
        int fieldCount = ((List<Object>) manifest.get("fields")).size();
        double[] avg = new double[fieldCount];
        for (List<Object> d : docs) {
            List<Object> lengths = (List<Object>) d.get(2);
            for (int f = 0; f < fieldCount; f++) {
                avg[f] += ((Number) lengths.get(f)).doubleValue();
            }
        }
        for (int f = 0; f < fieldCount; f++) {
            avg[f] = n == 0 ? 0 : avg[f] / n;
        }
        List<Object> boosts = (List<Object>) manifest.get("boosts");
        double k1 = ((Number) manifest.get("k1")).doubleValue();
        double b = ((Number) manifest.get("b")).doubleValue();
        double[] scores = new double[n];
        boolean[] matched = new boolean[n];
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
            List<Object> p = (List<Object>) entry.get("p");
            int stride = fieldCount + 1;
            int df = p.size() / stride;
            double idf = StrictMath.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < p.size(); i += stride) {
                int doc = ((Number) p.get(i)).intValue();
                List<Object> lengths = (List<Object>) docs.get(doc).get(2);
                double s = 0;
                for (int f = 0; f < fieldCount; f++) {
                    double tf = ((Number) p.get(i + 1 + f)).doubleValue();
                    if (tf > 0) {
                        double len = ((Number) lengths.get(f)).doubleValue();
                        double norm = k1 * (1 - b + b * len / avg[f]);
                        s += ((Number) boosts.get(f)).doubleValue() * tf * (k1 + 1) / (tf + norm);
                    }
                }
                scores[doc] += idf * s;
                matched[doc] = true;
            }
        }
        List<Integer> order = new ArrayList<>();
        long[] rounded = new long[n];
        for (int d = 0; d < n; d++) {
            if (matched[d] && keep(docs.get(d), filters)) {
                rounded[d] = Math.round(scores[d] * 1e6);
                order.add(d);
            }
        }
        order.sort(Comparator.comparingLong((Integer d) -> -rounded[d]).thenComparingInt(d -> d));
        List<Hit> hits = new ArrayList<>();
        for (int d : order) {
            hits.add(new Hit((String) docs.get(d).get(0), rounded[d] / 1e6));
            if (hits.size() <= 10) {
                files.add("frag/" + docs.get(d).get(1));
            }
        }
        long bytes = 0;
        for (String f : files) {
            try {
                bytes += Files.size(folder.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(hits, corrected ? String.join(" ", shown) : null, terms, files, bytes);
    }

    @SuppressWarnings("unchecked")
    private boolean keep(List<Object> doc, Filters filters) {
        if (filters.category() != null && !((List<Object>) doc.get(4)).contains(filters.category())) {
            return false;
        }
        List<Object> needs = (List<Object>) doc.get(5);
        if (filters.need() != null && !needs.contains(filters.need()) && !needs.contains("any")) {
            return false;
        }
        if (filters.age() != null) {
            List<Object> ages = (List<Object>) doc.get(6);
            List<Object> group = (List<Object>) ((Map<String, Object>) manifest.get("ages")).get(filters.age());
            if (ages.isEmpty() || group == null || ((Number) ages.get(0)).intValue() > ((Number) group.get(1)).intValue()
                    || ((Number) ages.get(1)).intValue() < ((Number) group.get(0)).intValue()) {
                return false;
            }
        }
        return filters.area() == null || ((List<Object>) doc.get(7)).contains(filters.area());
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
