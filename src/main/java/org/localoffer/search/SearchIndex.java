package org.localoffer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index, made by Lucene in memory and read back as what the browser needs: for every indexed
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

    public static SearchIndex build(List<SearchDocument> documents, SearchAnalysis analysis) throws IOException {
        TreeMap<String, Postings> terms = new TreeMap<>();
        FieldType text = new FieldType();
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        text.setTokenized(true);
        text.freeze();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             Analyzer analyzer = analysis.indexAnalyzer()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument d : documents) {
                    Document doc = new Document();
                    doc.add(new StringField("url", d.url(), Field.Store.YES));
                    for (String field : SearchDocument.FIELDS) {
                        doc.add(new Field(field, d.field(field), text));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (!reader.leaves().isEmpty()) {
                    LeafReader leaf = reader.leaves().get(0).reader();
                    for (int f = 0; f < SearchDocument.FIELDS.size(); f++) {
                        Terms fieldTerms = leaf.terms(SearchDocument.FIELDS.get(f));
                        if (fieldTerms == null) {
                            continue;
                        }
                        TermsEnum it = fieldTerms.iterator();
                        BytesRef term;
                        PostingsEnum postings = null;
                        while ((term = it.next()) != null) {
                            String t = term.utf8ToString();
                            Postings p = terms.computeIfAbsent(t, k -> new Postings(k, new TreeMap<>()));
                            postings = it.postings(postings, PostingsEnum.FREQS);
                            int doc;
                            while ((doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS) {
                                p.byDoc().computeIfAbsent(doc, k -> new int[SearchDocument.FIELDS.size()])[f] = postings.freq();
                            }
                        }
                    }
                    for (int i = 0; i < documents.size(); i++) {
                        if (!leaf.storedFields().document(i).get("url").equals(documents.get(i).url())) {
                            throw new IllegalStateException("Lucene reordered the search documents");
                        }
                    }
                }
            }
        }
        TreeMap<String, String> dictionary = new TreeMap<>();
        try (Analyzer surfaces = analysis.surfaceAnalyzer()) {
            for (SearchDocument d : documents) {
                for (String field : SearchDocument.FIELDS) {
                    for (String surface : SearchAnalysis.terms(surfaces, d.field(field))) {
                        if (!dictionary.containsKey(surface) && SearchAnalysis.isQueryWord(surface)) {
                            String stem = analysis.stem(surface);
                            if (!stem.isEmpty() && terms.containsKey(stem)) {
                                dictionary.put(surface, stem);
                            }
                        }
                    }
                }
            }
        }
        TreeMap<String, String> all = new TreeMap<>(dictionary);
        addInflections(all, analysis);
        return new SearchIndex(List.copyOf(documents), terms, dictionary, all);
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
