package org.localoffer.build.jbake;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * The bake's jbake configuration (the same settings object underneath) as its renderer reads it once pages
 * render: the settings jbake's renderer reads for every page it writes are looked up once. Each look-up went
 * through Commons Configuration's search and conversion, a few per cent of rendering a page. Nothing changes the
 * settings while pages render.
 */
final class SettledConfiguration extends DefaultJBakeConfiguration {

    private final Map<String, String> outputExtensions = new ConcurrentHashMap<>();
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private volatile File destination;
    private volatile String draftSuffix;
    private volatile String renderEncoding;
    private volatile String version;

    SettledConfiguration(DefaultJBakeConfiguration settings) {
        super(settings.getCompositeConfiguration()); // this constructor sets up no folders: they stay as the bake set them
    }

    @Override
    public String getOutputExtensionByDocType(String docType) {
        return outputExtensions.computeIfAbsent(docType, super::getOutputExtensionByDocType);
    }

    @Override
    public String getTemplateByDocType(String docType) {
        return templates.computeIfAbsent(docType, super::getTemplateByDocType);
    }

    @Override
    public File getDestinationFolder() {
        File known = destination;
        if (known == null) {
            known = super.getDestinationFolder();
            destination = known;
        }
        return known;
    }

    @Override
    public String getDraftSuffix() {
        String known = draftSuffix;
        if (known == null) {
            known = super.getDraftSuffix();
            draftSuffix = known;
        }
        return known;
    }

    @Override
    public String getRenderEncoding() {
        String known = renderEncoding;
        if (known == null) {
            known = super.getRenderEncoding();
            renderEncoding = known;
        }
        return known;
    }

    @Override
    public String getVersion() {
        String known = version;
        if (known == null) {
            known = super.getVersion();
            version = known;
        }
        return known;
    }
}
