package org.localoffer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search index, made with Lucene's analysis and inverted in memory, as what the browser needs: for every indexed
 * term, the pages it is in and how often in each field; and for every word form seen, its term.
 */
public final class SearchIndex {

    /** A term's postings: per page (in {@link #documents} order), its frequency in each field. */
    public record Postings(String term, TreeMap<Integer, int[]> byDoc) {
    }

    private final List<SearchDocument> documents;
    private final TreeMap<String, Postings> terms;
    private final TreeMap<String, String> dictionary;
    private final TreeMap<String, String> seen;

    private SearchIndex(List<SearchDocument> documents, TreeMap<String, Postings> terms, TreeMap<String, String> seen,
                        TreeMap<String, String> dictionary) {
        this.documents = documents;
        this.terms = terms;
        this.seen = seen;
        this.dictionary = dictionary;
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
        HashMap<String, TreeMap<Integer, int[]>> inverted = new HashMap<>();
        for (int doc = 0; doc < analysed.size(); doc++) {
            for (Map.Entry<String, int[]> e : analysed.get(doc).freqs.entrySet()) {
                inverted.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(doc, e.getValue());
            }
        }
        TreeMap<String, Postings> terms = new TreeMap<>();
        inverted.forEach((term, byDoc) -> terms.put(term, new Postings(term, byDoc)));
        TreeSet<String> surfaceSet = new TreeSet<>();
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
        return new SearchIndex(List.copyOf(documents), terms, dictionary, all);
    }

    /** One page's term frequencies per field, and the word forms in it. */
    private record Analyzed(HashMap<String, int[]> freqs, HashSet<String> surfaces) {
    }

    /**
     * The page's word forms through the surface analyzer, each counted under its term: the index analyzer is the
     * surface analyzer then stop words and the Porter stemmer, token by token, so this is what it would count.
     */
    private static Analyzed analyse(SearchDocument d, SearchAnalysis analysis, Analyzer surfaces, int fieldCount) {
        HashMap<String, int[]> freqs = new HashMap<>();
        HashSet<String> forms = new HashSet<>();
        for (int f = 0; f < fieldCount; f++) {
            int field = f;
            java.util.function.Consumer<String> count = surface -> {
                forms.add(surface);
                String stem = analysis.stem(surface);
                if (!stem.isEmpty()) {
                    freqs.computeIfAbsent(stem, k -> new int[fieldCount])[field]++;
                }
            };
            String text = d.field(SearchDocument.FIELDS.get(f));
            // The same words as Lucene's synonym filter gives (SynonymPhrasesTest), at a fraction of the cost.
            analysis.phrases().expand(SearchAnalysis.terms(surfaces, text), count);
        }
        return new Analyzed(freqs, forms);
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
        int[][] lengths = new int[documents.size()][SearchDocument.FIELDS.size()];
        for (Postings p : terms.values()) {
            for (Map.Entry<Integer, int[]> e : p.byDoc().entrySet()) {
                for (int f = 0; f < lengths[0].length; f++) {
                    lengths[e.getKey()][f] += e.getValue()[f];
                }
            }
        }
        return lengths;
    }

    /** The word forms of each term, for highlighting matches in snippets. */
    public Map<String, List<String>> formsByTerm() {
        Map<String, List<String>> out = new TreeMap<>();
        seen.forEach((surface, stem) -> out.computeIfAbsent(stem, k -> new ArrayList<>()).add(surface));
        return out;
    }
}
