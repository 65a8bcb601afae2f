package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
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
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

class SearchIndexTest {

    private final SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(new Glossary(List.of(
            new GlossaryEntry("Speech and language therapy", "SALT", List.of(), "Talking.", 1),
            new GlossaryEntry("Education, health and care plan", "EHCP", List.of(), "A plan.", 1)))));

    private static SearchDocument doc(String url, String title, String summary, String headings, String body) {
        return new SearchDocument(url, "service", title, summary, headings, body, List.of(), List.of(), null, List.of());
    }

    /** The in-memory inversion counts exactly what a Lucene index of the same pages with the index analyzer holds. */
    @Test
    void termsAndFrequenciesAreThoseOfALuceneIndex() throws Exception {
        List<SearchDocument> docs = List.of(
                doc("/a/", "Speech and language therapy (SALT)", "Help with talking, listening and eating.",
                        "Who it is for. How to get it", "Children's speech therapists help children who can't talk. SALT SALT."),
                doc("/b/", "EHCP", "An education, health and care plan.", "", "Ask for an EHCP; the EHCP is reviewed yearly."),
                doc("/c/", "Nothing", "", "", ""));
        SearchIndex index = SearchIndex.build(docs, analysis);
        TreeMap<String, TreeMap<Integer, int[]>> lucene = luceneFrequencies(docs);
        assertEquals(lucene.keySet(), index.terms().keySet());
        for (Map.Entry<String, TreeMap<Integer, int[]>> e : lucene.entrySet()) {
            TreeMap<Integer, int[]> ours = index.terms().get(e.getKey()).byDoc();
            assertEquals(e.getValue().keySet(), ours.keySet(), e.getKey());
            for (int d : ours.keySet()) {
                assertArrayEquals(e.getValue().get(d), ours.get(d), e.getKey() + " in " + d);
            }
        }
        assertEquals("salt", index.dictionary().get("salt"));
        assertEquals("therapist", index.dictionary().get("therapists"));
    }

    private TreeMap<String, TreeMap<Integer, int[]>> luceneFrequencies(List<SearchDocument> docs) throws Exception {
        TreeMap<String, TreeMap<Integer, int[]>> out = new TreeMap<>();
        FieldType text = new FieldType();
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        text.setTokenized(true);
        text.freeze();
        int fields = SearchDocument.FIELDS.size();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); Analyzer analyzer = analysis.indexAnalyzer()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SearchDocument d : docs) {
                    Document doc = new Document();
                    for (String field : SearchDocument.FIELDS) {
                        doc.add(new Field(field, d.field(field), text));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (int f = 0; f < fields; f++) {
                    Terms terms = leaf.terms(SearchDocument.FIELDS.get(f));
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    BytesRef term;
                    while ((term = it.next()) != null) {
                        PostingsEnum postings = it.postings(null, PostingsEnum.FREQS);
                        TreeMap<Integer, int[]> byDoc = out.computeIfAbsent(term.utf8ToString(), k -> new TreeMap<>());
                        int doc;
                        while ((doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS) {
                            byDoc.computeIfAbsent(doc, k -> new int[fields])[f] = postings.freq();
                        }
                    }
                }
            }
        }
        return out;
    }
}
