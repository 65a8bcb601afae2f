package org.localoffer.build.jbake;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * The bake's jbake configuration (the same settings object underneath) as its renderer reads it once pages
 * render: the settings jbake's renderer reads for every page it writes are looked up once. Each look-up went
 * through Commons Configuration's search and conversion, a few per cent of rendering a page. Nothing changes the
 * settings while pages render.
 */
final class SettledConfiguration extends DefaultJBakeConfiguration {

    /** Each setting as first read, by name (and document type); a setting that is not there is read again. */
    private final Map<String, Object> settled = new ConcurrentHashMap<>();

    SettledConfiguration(DefaultJBakeConfiguration settings) {
        super(settings.getCompositeConfiguration()); // this constructor sets up no folders: they stay as the bake set them
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> read) {
        return (T) settled.computeIfAbsent(name, n -> read.get());
    }

    @Override
    public String getOutputExtensionByDocType(String docType) {
        return once("output extension " + docType, () -> super.getOutputExtensionByDocType(docType));
    }

    @Override
    public String getTemplateByDocType(String docType) {
        return once("template " + docType, () -> super.getTemplateByDocType(docType));
    }

    @Override
    public File getDestinationFolder() {
        return once("destination", super::getDestinationFolder);
    }

    @Override
    public String getDraftSuffix() {
        return once("draft suffix", super::getDraftSuffix);
    }

    @Override
    public String getRenderEncoding() {
        return once("render encoding", super::getRenderEncoding);
    }

    @Override
    public String getVersion() {
        return once("version", super::getVersion);
    }
}
