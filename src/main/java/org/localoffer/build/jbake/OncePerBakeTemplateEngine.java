package org.localoffer.build.jbake;

import java.io.File;
import java.io.Writer;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jbake's delegating template engine (handed to jbake's {@code Renderer} through its constructor),
 * doing once per bake the work that does not depend on the page. jbake's own builds a map of the
 * whole configuration for every page it renders and looks for the template file on disk each
 * time; here the map is built once and each template name is resolved once. The engine for a
 * template still comes from jbake's template-engine registry, and every page still gets jbake's
 * version and configuration in its model, as with jbake's own.
 */
final class OncePerBakeTemplateEngine extends DelegatingTemplateEngine {

    private static final Logger LOGGER = LoggerFactory.getLogger(OncePerBakeTemplateEngine.class);

    private final TemplateEngines engines;
    private final Map<String, String> resolvedNames = new ConcurrentHashMap<>();
    private volatile Map<String, Object> configMap;

    OncePerBakeTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        engines = new TemplateEngines(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(configMap());
        String name = resolvedNames.computeIfAbsent(templateName, this::resolve);
        AbstractTemplateEngine engine = engines.getEngine(FileUtil.fileExt(name));
        if (engine != null) {
            engine.renderDocument(model, name, writer);
        } else {
            LOGGER.error("Warning - No template engine found for template: {}", name);
        }
    }

    /** The configuration does not change while pages render: one read-only map serves them all. */
    private Map<String, Object> configMap() {
        Map<String, Object> map = configMap;
        if (map == null) {
            map = Collections.unmodifiableMap(config.asHashMap());
            configMap = map;
        }
        return map;
    }

    /** As jbake's own: the named file, or else one with the same name and another template extension. */
    private String resolve(String templateName) {
        File folder = config.getTemplateFolder();
        if (new File(folder, templateName).exists()) {
            return templateName;
        }
        LOGGER.info("Default template: {} was not found, searching for others...", templateName);
        String stem = templateName.substring(0, templateName.length() - 4);
        for (String extension : engines.getRecognizedExtensions()) {
            File alternative = new File(folder, stem + "." + extension);
            if (alternative.exists()) {
                LOGGER.info("Found alternative template file: {} using this instead", alternative.getName());
                return alternative.getName();
            }
        }
        return templateName;
    }
}
