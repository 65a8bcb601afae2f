package org.localoffer.build.jbake;

import java.util.Date;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.localoffer.content.Page;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.TemplateData;

/**
 * jbake's markup engine for .md files. Our own reader has already parsed and checked the YAML
 * front matter and rendered the body, so this engine copies that result into jbake's document
 * model instead of parsing jbake's own header format.
 */
public final class FrontMatterMarkupEngine extends MarkupEngine {

    public static final String EXTENSION = "md";

    @Override
    public void processHeader(ParserContext context) {
        RenderedPage rendered = page(context);
        Page page = rendered.page();
        DocumentModel doc = context.getDocumentModel();
        doc.setType(TemplateData.templateFor(page));
        // Drafts only reach jbake in preview, where they render at their normal URL with a banner.
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(page.title());
        if (page.date() != null) {
            doc.setDate(Date.from(page.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        doc.put(BakeContext.SOURCE_KEY, page.sourcePath());
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(page(context).html());
    }

    private static RenderedPage page(ParserContext context) {
        BakeContext bake = BakeContext.from(context.getConfig());
        return bake.pageForStagedFile(context.getFile().toPath()).orElseThrow(() -> new IllegalStateException(
                "jbake found a file localoffer did not stage: " + context.getFile()));
    }
}
