package org.localoffer.build.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settled configuration answers as the bake's own, and leaves the folders the bake set as they are. */
class SettledConfigurationTest {

    @Test
    void answersAsTheBakesOwnConfiguration(@TempDir Path dir) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(dir.toFile(), dir.resolve("out").toFile(), true);
        File templates = dir.resolve("elsewhere/templates").toFile();
        File content = dir.resolve("staged/content").toFile();
        config.setTemplateFolder(templates);
        config.setContentFolder(content);
        config.setTemplateFileNameForDocType("service", "service.ftlh");
        config.setUriWithoutExtension(false);

        SettledConfiguration settled = new SettledConfiguration(config);
        for (int twice = 0; twice < 2; twice++) {
            assertEquals(config.getDestinationFolder(), settled.getDestinationFolder());
            assertEquals(config.getDraftSuffix(), settled.getDraftSuffix());
            assertEquals(config.getRenderEncoding(), settled.getRenderEncoding());
            assertEquals(config.getVersion(), settled.getVersion());
            for (String type : new String[] {"service", "page", "unknown"}) {
                assertEquals(config.getOutputExtensionByDocType(type), settled.getOutputExtensionByDocType(type));
                assertEquals(config.getTemplateByDocType(type), settled.getTemplateByDocType(type));
            }
        }
        assertEquals("service.ftlh", settled.getTemplateByDocType("service"));
        assertEquals(templates, config.getTemplateFolder());
        assertEquals(templates, settled.getTemplateFolder());
        assertEquals(content, settled.getContentFolder());
        assertEquals(config.asHashMap(), settled.asHashMap());
    }
}
