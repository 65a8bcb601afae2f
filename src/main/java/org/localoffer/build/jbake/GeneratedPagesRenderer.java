package org.localoffer.build.jbake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.localoffer.render.GeneratedPage;

/**
 * A jbake rendering tool (found through META-INF/services) that renders the pages the site
 * makes itself through jbake's own renderer and our template engine.
 */
public final class GeneratedPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Object value = config.get(BakeContext.CONFIG_KEY);
        if (!(value instanceof BakeContext bake)) {
            return 0;
        }
        int count = 0;
        StringBuilder failures = new StringBuilder();
        for (GeneratedPage page : bake.generated()) {
            DocumentModel doc = new DocumentModel();
            doc.setType(page.template());
            doc.setStatus(ModelAttributes.Status.PUBLISHED);
            doc.setTitle(page.title());
            doc.setUri(page.outputFile());
            doc.setRootPath("/");
            doc.put(BakeContext.GENERATED_KEY, page.url());
            try {
                renderer.render(doc);
                count++;
            } catch (Exception e) {
                failures.append('\n').append(e.getMessage());
            }
        }
        if (failures.length() > 0) {
            throw new RenderingException("Failed to render generated pages:" + failures);
        }
        return count;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("localoffer uses the JBakeConfiguration entry point");
    }
}
