package org.localoffer.search;

import java.io.IOException;
import java.nio.file.Path;
import org.localoffer.render.SiteModel;

/** The search stage of a build: reads the baked pages, analyses them with Lucene, inverts them and writes the static index. */
public final class SearchIndexer {

    /** Indexes the published content pages in {@code site} and writes site/search/index/. */
    public SearchShardWriter.Written index(Path site, SiteModel model) throws IOException {
        SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(model.getData().glossary()));
        SearchIndex index = SearchIndex.build(new PublishedPageReader().read(site, model.getPages()), analysis);
        return new SearchShardWriter().write(index, model.getData().taxonomy().ageGroups(), site);
    }
}
