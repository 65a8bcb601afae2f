package org.localoffer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.localoffer.content.PageType;
import org.localoffer.data.Glossary;
import org.localoffer.render.RenderedPage;

/**
 * "Related services" for every service and guide page, found by Lucene's MoreLikeThis over the pages'
 * own words before the bake, so templates can list them as plain links. Reads the same English as search
 * (stemming, stop words, glossary synonyms), so a page about "ASD" is like one about autism.
 */
public final class RelatedServices {

    /** How many related services a page lists at most. */
    public static final int LIMIT = 4;

    private static final String[] FIELDS = {"title", "summary", "body"};

    private final SearchAnalysis analysis;

    public RelatedServices(Glossary glossary) {
        this.analysis = new SearchAnalysis(GlossarySynonyms.from(glossary).map());
    }

    /** Related services for each service and guide page, by source path; pages with none are left out. */
    public Map<String, List<RenderedPage>> find(List<RenderedPage> pages) {
        List<RenderedPage> sorted = pages.stream().sorted(java.util.Comparator.comparing(p -> p.page().url())).toList();
        Map<String, List<RenderedPage>> out = new HashMap<>();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             Analyzer analyzer = analysis.indexAnalyzer()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (RenderedPage p : sorted) {
                    Document doc = new Document();
                    doc.add(new StringField("type", p.page().type().id(), Field.Store.NO));
                    doc.add(new StringField("url", p.page().url(), Field.Store.NO));
                    doc.add(new TextField("title", p.page().title(), Field.Store.YES));
                    doc.add(new TextField("summary", p.page().summary() == null ? "" : p.page().summary(), Field.Store.YES));
                    doc.add(new TextField("body", Jsoup.parseBodyFragment(p.html()).text(), Field.Store.YES));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(FIELDS);
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
                // Words on more than 40% of pages say little about any one page (but small sites keep pairs).
                mlt.setMaxDocFreq(Math.max(2, reader.numDocs() * 40 / 100));
                mlt.setMaxQueryTerms(30);
                mlt.setBoost(true);
                for (int i = 0; i < sorted.size(); i++) {
                    RenderedPage p = sorted.get(i);
                    PageType type = p.page().type();
                    if (type != PageType.SERVICE && type != PageType.GUIDE) {
                        continue;
                    }
                    Query like = mlt.like(i);
                    Query query = new BooleanQuery.Builder()
                            .add(like, BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term("type", PageType.SERVICE.id())), BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term("url", p.page().url())), BooleanClause.Occur.MUST_NOT)
                            .build();
                    List<RenderedPage> related = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query, LIMIT).scoreDocs) {
                        related.add(sorted.get(hit.doc));
                    }
                    if (!related.isEmpty()) {
                        out.put(p.page().sourcePath(), List.copyOf(related));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
