package org.localoffer.build.jbake;

import java.util.Date;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.localoffer.content.Page;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.TemplateData;

/**
 * jbake's crawler, fed from our model instead of the file system. Stock jbake copies nothing
 * from us: it would walk a folder, hash each file and parse it again, though our own reader has
 * already read, checked and rendered every page. This crawler adds one jbake document per
 * rendered page with the attributes jbake's own crawler sets, so the rest of jbake's lifecycle
 * (store, renderer, rendering tools, assets) runs unchanged.
 */
final class ModelCrawler extends Crawler {

    private final ContentStore store;
    private final java.util.List<RenderedPage> pages;

    /** @param pages the pages to bake: every page, or after a preview edit only those it affects */
    ModelCrawler(ContentStore store, JBakeConfiguration config, java.util.List<RenderedPage> pages) {
        super(store, config);
        this.store = store;
        this.pages = java.util.List.copyOf(pages);
    }

    @Override
    public void crawl() {
        for (RenderedPage rendered : pages) {
            store.addDocument(document(rendered.page()));
        }
    }

    /** Site data lives in content/data and is read by our own readers, not jbake's. */
    @Override
    public void crawlDataFiles() {
        // nothing for jbake to read
    }

    static DocumentModel document(Page page) {
        DocumentModel doc = new DocumentModel();
        String uri = outputPath(page);
        doc.setType(TemplateData.templateFor(page));
        // Drafts only reach jbake in preview, where they render at their normal URL with a banner.
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(page.title());
        if (page.date() != null) {
            doc.setDate(Date.from(page.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        doc.setSourceUri(uri);
        doc.setUri(uri);
        doc.setFile(page.editorPath());
        doc.setSha1("");
        doc.setRendered(false);
        doc.setCached(true);
        doc.setRootPath("/");
        doc.put(BakeContext.SOURCE_KEY, page.sourcePath());
        return doc;
    }

    /** Where jbake writes the page, under the output folder: the clean URL's folder plus index.html. */
    static String outputPath(Page page) {
        return page.url().equals("/") ? "index.html" : page.url().substring(1) + "index.html";
    }
}
