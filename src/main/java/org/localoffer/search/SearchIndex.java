package org.localoffer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search index, made with Lucene's analysis and inverted in memory, as what the browser needs: for every indexed
 * term, the pages it is in and how often in each field; and for every word form seen, its term.
 */
public final class SearchIndex {

    /**
     * A term's postings: the pages that have it, in {@link #documents} order, and for each its frequency in each field.
     * Kept as arrays: a map of boxed page numbers per term was most of the index's memory on big sites.
     */
    public record Postings(String term, int[] docs, int[][] freqs) {

        /** How many pages have the term. */
        public int size() {
            return docs.length;
        }

        /** The postings as page to frequencies, in page order. */
        public TreeMap<Integer, int[]> byDoc() {
            TreeMap<Integer, int[]> out = new TreeMap<>();
            for (int i = 0; i < docs.length; i++) {
                out.put(docs[i], freqs[i]);
            }
            return out;
        }
    }

    /** A term's postings while pages are added in order. */
    private static final class PostingsBuilder {
        private int[] docs = new int[4];
        private int[][] freqs = new int[4][];
        private int size;

        void add(int doc, int[] f) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                freqs = java.util.Arrays.copyOf(freqs, size * 2);
            }
            docs[size] = doc;
            freqs[size] = f;
            size++;
        }

        Postings build(String term) {
            return new Postings(term, java.util.Arrays.copyOf(docs, size), java.util.Arrays.copyOf(freqs, size));
        }
    }

    private final List<SearchDocument> documents;
    private final TreeMap<String, Postings> terms;
    private final TreeMap<String, String> dictionary;
    private final TreeMap<String, String> seen;
    private final int[][] fieldLengths;

    private SearchIndex(List<SearchDocument> documents, TreeMap<String, Postings> terms, TreeMap<String, String> seen,
                        TreeMap<String, String> dictionary, int[][] fieldLengths) {
        this.documents = documents;
        this.terms = terms;
        this.seen = seen;
        this.dictionary = dictionary;
        this.fieldLengths = fieldLengths;
    }

    /**
     * Analyses every page (in parallel, with the analyzer Lucene would index with) and inverts the counts: the same
     * terms and frequencies as a Lucene index with DOCS_AND_FREQS, without building one.
     */
    public static SearchIndex build(List<SearchDocument> documents, SearchAnalysis analysis) throws IOException {
        int fieldCount = SearchDocument.FIELDS.size();
        List<Analyzed> analysed;
        if (analysis.phrases() == null) {
            throw new IllegalArgumentException("indexing needs the glossary's synonyms: new SearchAnalysis(GlossarySynonyms)");
        }
        try (Analyzer surfaces = SearchAnalysis.phraseAnalyzer()) {
            analysed = documents.parallelStream().map(d -> analyse(d, analysis, surfaces, fieldCount)).toList();
        }
        HashMap<String, PostingsBuilder> inverted = new HashMap<>();
        int[][] lengths = new int[analysed.size()][fieldCount];
        for (int doc = 0; doc < analysed.size(); doc++) {
            Analyzed page = analysed.get(doc);
            for (int t = 0; t < page.terms.size(); t++) {
                int[] freqs = page.freqs.get(t);
                inverted.computeIfAbsent(page.terms.get(t), k -> new PostingsBuilder()).add(doc, freqs);
                for (int f = 0; f < fieldCount; f++) {
                    lengths[doc][f] += freqs[f];
                }
            }
        }
        TreeMap<String, Postings> terms = new TreeMap<>();
        inverted.forEach((term, postings) -> terms.put(term, postings.build(term)));
        // Every form seen, in no order: the dictionary sorts them itself.
        HashSet<String> surfaceSet = new HashSet<>();
        for (Analyzed a : analysed) {
            surfaceSet.addAll(a.surfaces);
        }
        TreeMap<String, String> dictionary = new TreeMap<>();
        for (String surface : surfaceSet) {
            if (SearchAnalysis.isQueryWord(surface)) {
                String stem = analysis.stem(surface);
                if (!stem.isEmpty() && terms.containsKey(stem)) {
                    dictionary.put(surface, stem);
                }
            }
        }
        TreeMap<String, String> all = new TreeMap<>(dictionary);
        addInflections(all, analysis);
        return new SearchIndex(List.copyOf(documents), terms, dictionary, all, lengths);
    }

    /**
     * One page's terms with their frequencies per field, and the word forms in it, each once, in the order first
     * seen: lists, as walking the hash maps they were counted in cost more than filling them.
     */
    private record Analyzed(List<String> terms, List<int[]> freqs, List<String> surfaces) {
    }

    /** Marks a word form that is a stop word, in a page's form-to-counts map. */
    private static final int[] STOP_WORD = new int[0];

    /**
     * The page's word forms through the surface analyzer, each counted under its term: the index analyzer is the
     * surface analyzer then stop words and the Porter stemmer, token by token, so this is what it would count.
     */
    private static Analyzed analyse(SearchDocument d, SearchAnalysis analysis, Analyzer surfaces, int fieldCount) {
        HashMap<String, int[]> freqs = new HashMap<>();
        // Each form seen in the page, to its term's counts: a page repeats its words, so most are one look-up.
        HashMap<String, int[]> forms = new HashMap<>();
        Analyzed out = new Analyzed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int f = 0; f < fieldCount; f++) {
            int field = f;
            java.util.function.Consumer<String> count = surface -> {
                int[] counts = forms.get(surface);
                if (counts == null) {
                    String stem = analysis.stem(surface);
                    counts = stem.isEmpty() ? STOP_WORD : freqs.get(stem);
                    if (counts == null) {
                        counts = new int[fieldCount];
                        freqs.put(stem, counts);
                        out.terms.add(stem);
                        out.freqs.add(counts);
                    }
                    forms.put(surface, counts);
                    out.surfaces.add(surface);
                }
                if (counts != STOP_WORD) {
                    counts[field]++;
                }
            };
            String text = d.field(SearchDocument.FIELDS.get(f));
            // The same words as Lucene's synonym filter gives (SynonymPhrasesTest), at a fraction of the cost.
            analysis.phrases().expand(SurfaceWords.of(surfaces, text), count);
        }
        return out;
    }

    /**
     * Other forms of the words seen ("dressed" when pages say "dressing"), so that a query in a form no page
     * uses still finds its term. A form is added only when Lucene's stemmer gives it the same term, so the
     * dictionary stays exactly what Lucene would do.
     */
    static void addInflections(TreeMap<String, String> dictionary, SearchAnalysis analysis) {
        TreeMap<String, String> extra = new TreeMap<>();
        for (Map.Entry<String, String> e : dictionary.entrySet()) {
            String w = e.getKey();
            if (w.length() < 3 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            List<String> bases = new ArrayList<>(List.of(w));
            if (w.endsWith("e")) {
                bases.add(w.substring(0, w.length() - 1));
            }
            if (w.endsWith("y")) {
                bases.add(w.substring(0, w.length() - 1) + "i");
            }
            for (String ing : List.of("ing", "ed", "es", "s")) {
                if (w.endsWith(ing) && w.length() > ing.length() + 2) {
                    bases.add(w.substring(0, w.length() - ing.length()));
                }
            }
            for (String base : bases) {
                for (String ending : List.of("", "s", "es", "e", "ed", "d", "ing", "ies", "ied")) {
                    String form = base + ending;
                    if (!dictionary.containsKey(form) && !extra.containsKey(form) && analysis.stem(form).equals(e.getValue())) {
                        extra.put(form, e.getValue());
                    }
                }
            }
        }
        dictionary.putAll(extra);
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    /** Every indexed term, in order. */
    public TreeMap<String, Postings> terms() {
        return terms;
    }

    /**
     * Word form (lower case, as a query is split) to its indexed term: every form seen in the pages, and
     * other forms of those words that Lucene stems to the same term. Stop words are not here.
     */
    public TreeMap<String, String> dictionary() {
        return dictionary;
    }

    /** Only the word forms seen in the pages, to their terms: for typo correction and highlighting. */
    public TreeMap<String, String> seenForms() {
        return seen;
    }

    /** How many words each page has in each field: the sum of its term frequencies. */
    public int[][] fieldLengths() {
        return fieldLengths;
    }

    /** The word forms of each term, for highlighting matches in snippets. */
    public Map<String, List<String>> formsByTerm() {
        Map<String, List<String>> out = new TreeMap<>();
        seen.forEach((surface, stem) -> out.computeIfAbsent(stem, k -> new ArrayList<>()).add(surface));
        return out;
    }
}
