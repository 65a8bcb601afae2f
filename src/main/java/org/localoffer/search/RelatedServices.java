package org.localoffer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.jsoup.Jsoup;
import org.localoffer.content.PageType;
import org.localoffer.data.Glossary;
import org.localoffer.render.RenderedPage;

/**
 * "Related services" for every service and guide page, found before the bake so templates can list
 * them as plain links. Each page is described by its most telling words (tf-idf, read with the same
 * English as search: stemming, stop words, glossary synonyms, so a page about "ASD" is like one about
 * autism), and pages that share telling words are alike (cosine similarity).
 *
 * <p>It grows in a straight line with the number of pages: each page keeps at most
 * {@link #WORDS_PER_PAGE} words, and each word keeps only the {@link #PAGES_PER_WORD} services for
 * which it matters most, so a page is compared with a bounded number of others. (Lucene's
 * MoreLikeThis, used before, scored every page containing any of the words: quadratic on big sites.)
 */
public final class RelatedServices {

    /** How many related services a page lists at most. */
    public static final int LIMIT = 4;
    static final int WORDS_PER_PAGE = 30;
    static final int PAGES_PER_WORD = 200;
    /** Cosine similarity a page must reach to be listed at all, and the share of the best match it must reach. */
    static final double MIN_SIMILARITY = 0.05;
    static final double CLOSE_TO_BEST = 0.6;
    /** Words on more than this share of pages say little about any one page (small sites keep pairs). */
    private static final int MAX_SHARE_PERCENT = 40;

    /** Words read as search reads them: stemming, stop words and the glossary's synonyms. */
    private final SearchAnalysis analysis;

    public RelatedServices(Glossary glossary) {
        this.analysis = new SearchAnalysis(GlossarySynonyms.from(glossary));
    }

    /** A page's telling words and their weights, scaled to length 1. */
    private record Profile(String[] words, double[] weights) {
    }

    private record Entry(int page, double weight) {
    }

    /**
     * Related services for each service and guide page, by source path; pages with none are left out.
     *
     * @param bodyText the text of each page's body HTML (as jsoup's {@code text()} gives it) by source path,
     *                 which the build has from linking; a page missing from it has its HTML parsed
     */
    public Map<String, List<RenderedPage>> find(List<RenderedPage> pages, Map<String, String> bodyText) {
        List<RenderedPage> sorted = pages.stream().sorted(Comparator.comparing(p -> p.page().url())).toList();
        List<Map<String, int[]>> counts;
        try (Analyzer analyzer = SearchAnalysis.phraseAnalyzer()) {
            counts = sorted.parallelStream().map(p -> wordCounts(analyzer, p, bodyText.get(p.page().sourcePath())))
                    .toList();
        }
        Map<String, Integer> pagesWithWord = new HashMap<>();
        for (Map<String, int[]> c : counts) {
            c.keySet().forEach(w -> pagesWithWord.merge(w, 1, Integer::sum));
        }
        int n = sorted.size();
        int maxPages = Math.max(2, n * MAX_SHARE_PERCENT / 100);
        List<Profile> profiles = counts.parallelStream().map(c -> profile(c, pagesWithWord, n, maxPages)).toList();

        Map<String, List<Entry>> servicesByWord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (sorted.get(i).page().type() != PageType.SERVICE) {
                continue;
            }
            Profile p = profiles.get(i);
            for (int w = 0; w < p.words().length; w++) {
                servicesByWord.computeIfAbsent(p.words()[w], k -> new ArrayList<>()).add(new Entry(i, p.weights()[w]));
            }
        }
        servicesByWord.replaceAll((word, entries) -> entries.size() <= PAGES_PER_WORD ? entries
                : entries.stream().sorted(Comparator.comparingDouble(Entry::weight).reversed()
                        .thenComparingInt(Entry::page)).limit(PAGES_PER_WORD).toList());

        Map<String, List<RenderedPage>> out = new HashMap<>();
        ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(n));
        java.util.stream.IntStream.range(0, n).parallel()
                .filter(i -> sorted.get(i).page().type() == PageType.SERVICE || sorted.get(i).page().type() == PageType.GUIDE)
                .mapToObj(i -> Map.entry(sorted.get(i).page().sourcePath(),
                        mostAlike(i, profiles.get(i), servicesByWord, sorted, scores.get())))
                .filter(e -> !e.getValue().isEmpty())
                .toList()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One thread's running scores by page, reused from page to page: a map of boxed scores cost more than the sums. */
    private static final class Scores {
        final double[] score;
        final int[] touched;
        int size;

        Scores(int n) {
            score = new double[n];
            touched = new int[n];
        }
    }

    private static List<RenderedPage> mostAlike(int self, Profile profile, Map<String, List<Entry>> servicesByWord,
                                                List<RenderedPage> sorted, Scores scores) {
        double[] score = scores.score;
        scores.size = 0;
        for (int w = 0; w < profile.words().length; w++) {
            double weight = profile.weights()[w];
            for (Entry e : servicesByWord.getOrDefault(profile.words()[w], List.of())) {
                if (e.page() != self) {
                    // Summed in the same order as ever, so equal pages get equal (bit for bit) scores.
                    if (score[e.page()] == 0) {
                        scores.touched[scores.size++] = e.page();
                    }
                    score[e.page()] += weight * e.weight();
                }
            }
        }
        // The best LIMIT, highest score first and then the lower page number, as a sort would give them.
        int[] best = new int[LIMIT];
        int count = 0;
        for (int t = 0; t < scores.size; t++) {
            int page = scores.touched[t];
            int at = count;
            while (at > 0 && better(page, best[at - 1], score)) {
                at--;
            }
            if (at < LIMIT) {
                System.arraycopy(best, at, best, at + 1, Math.min(count, LIMIT - 1) - at);
                best[at] = page;
                count = Math.min(count + 1, LIMIT);
            }
        }
        List<RenderedPage> out = List.of();
        if (count > 0) {
            // A short list of close matches helps more than a full list padded with distant ones.
            double enough = Math.max(MIN_SIMILARITY, score[best[0]] * CLOSE_TO_BEST);
            List<RenderedPage> close = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (score[best[i]] >= enough) {
                    close.add(sorted.get(best[i]));
                }
            }
            out = List.copyOf(close);
        }
        for (int t = 0; t < scores.size; t++) {
            score[scores.touched[t]] = 0;
        }
        return out;
    }

    private static boolean better(int page, int than, double[] score) {
        return score[page] > score[than] || score[page] == score[than] && page < than;
    }

    /** Words of the title count three times and of the summary twice: they say what the page is about. */
    private Map<String, int[]> wordCounts(Analyzer analyzer, RenderedPage p, String knownBodyText) {
        Map<String, int[]> counts = new HashMap<>();
        // Each word form seen in the page, to its stem's count: a page repeats its words, so most are one look-up.
        Map<String, int[]> forms = new HashMap<>();
        add(counts, forms, analyzer, p.page().title(), 3);
        add(counts, forms, analyzer, p.page().summary() == null ? "" : p.page().summary(), 2);
        add(counts, forms, analyzer, knownBodyText != null ? knownBodyText : Jsoup.parseBodyFragment(p.html()).text(), 1);
        return counts;
    }

    /** Marks a word form that is a stop word. */
    private static final int[] STOP_WORD = new int[0];

    /** Each word, with the glossary's synonyms added as search adds them (SynonymPhrases), counted by its stem. */
    private void add(Map<String, int[]> counts, Map<String, int[]> forms, Analyzer analyzer, String text, int weight) {
        analysis.phrases().expand(SurfaceWords.of(analyzer, text), surface -> {
            int[] count = forms.get(surface);
            if (count == null) {
                String stem = analysis.stem(surface);
                count = stem.isEmpty() ? STOP_WORD : counts.computeIfAbsent(stem, k -> new int[1]);
                forms.put(surface, count);
            }
            if (count != STOP_WORD) {
                count[0] += weight;
            }
        });
    }

    private static Profile profile(Map<String, int[]> counts, Map<String, Integer> pagesWithWord, int n, int maxPages) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, int[]> c : counts.entrySet()) {
            int df = pagesWithWord.get(c.getKey());
            if (df < 2 || df > maxPages) {
                continue; // a word on one page links it to nothing; one on most pages links it to everything
            }
            double idf = 1 + Math.log((double) n / (df + 1));
            scored.add(Map.entry(c.getKey(), Math.sqrt(c.getValue()[0]) * idf * idf));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int size = Math.min(WORDS_PER_PAGE, scored.size());
        String[] words = new String[size];
        double[] weights = new double[size];
        double length = 0;
        for (int i = 0; i < size; i++) {
            words[i] = scored.get(i).getKey();
            weights[i] = scored.get(i).getValue();
            length += weights[i] * weights[i];
        }
        length = Math.sqrt(length);
        for (int i = 0; i < size; i++) {
            weights[i] /= length;
        }
        return new Profile(words, weights);
    }
}
