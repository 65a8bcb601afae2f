package org.localoffer.build.jbake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;
import org.localoffer.problem.Problems;
import org.localoffer.render.GeneratedPage;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.SiteModel;
import org.localoffer.render.Templates;

/**
 * Everything one bake needs from our side, handed to jbake's reflectively built engines through
 * the bake's own configuration (no static state of ours).
 */
record BakeContext(SiteModel model, Templates templates, Map<String, GeneratedPage> generatedByUrl,
                   List<GeneratedPage> generated, Problems problems) {

    static final String CONFIG_KEY = "localoffer.bake.context";
    static final String SOURCE_KEY = "localoffer_source";
    static final String GENERATED_KEY = "localoffer_generated";

    static BakeContext from(JBakeConfiguration config) {
        Object value = config.get(CONFIG_KEY);
        if (value instanceof BakeContext context) {
            return context;
        }
        throw new IllegalStateException("jbake was started without a localoffer bake context");
    }

    Optional<RenderedPage> pageForSource(String sourcePath) {
        return model.page(org.localoffer.content.Page.urlFor(sourcePath));
    }
}
