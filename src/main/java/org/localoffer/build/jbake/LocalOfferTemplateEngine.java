package org.localoffer.build.jbake;

import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.localoffer.problem.Problem;
import org.localoffer.render.GeneratedPage;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.TemplateData;
import org.localoffer.render.TemplateFailure;

/**
 * jbake's template engine for .ftlh and .ftlx files. It hands our FreeMarker set-up our own
 * model (never jbake's content store) and turns template errors into problems with a line.
 * Registered in META-INF/org.jbake.parser.TemplateEngines.properties.
 */
public final class LocalOfferTemplateEngine extends AbstractTemplateEngine {

    /** This bake's context, read from the configuration once: each read searches Commons Configuration's maps. */
    private volatile BakeContext bake;

    public LocalOfferTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        BakeContext bake = bakeContext();
        DocumentModel content = model.getContent();
        Map<String, Object> data;
        String template;
        Object generatedUrl = content.get(BakeContext.GENERATED_KEY);
        if (generatedUrl != null) {
            GeneratedPage generated = bake.generatedByUrl().get(generatedUrl.toString());
            data = TemplateData.forGenerated(bake.model(), generated);
            template = generated.template();
        } else {
            String source = String.valueOf(content.get(BakeContext.SOURCE_KEY));
            RenderedPage page = bake.pageForSource(source).orElseThrow(() -> new RenderingException(
                    "no rendered page for " + source));
            data = TemplateData.forContent(bake.model(), page);
            template = TemplateData.templateFor(page.page());
        }
        try {
            bake.templates().render(template, data, writer);
        } catch (TemplateFailure e) {
            bake.problems().add(Problem.error(e.path(), e.line(), e.getMessage()
                    + " (while making " + data.get("url") + ")"));
            throw new RenderingException(e.getMessage(), e);
        }
    }

    private BakeContext bakeContext() {
        BakeContext known = bake;
        if (known == null) {
            known = BakeContext.from(config);
            bake = known;
        }
        return known;
    }
}
