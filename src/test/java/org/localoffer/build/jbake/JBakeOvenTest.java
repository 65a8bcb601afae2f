package org.localoffer.build.jbake;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.TemplateEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JBakeOvenTest {

    @Test
    void ourTemplateEngineIsRegisteredForFtlhAndFtlx(@TempDir Path dir) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(), dir.toFile(), true);
        TemplateEngines engines = new TemplateEngines(config, null);
        assertInstanceOf(LocalOfferTemplateEngine.class, engines.getEngine("ftlh"));
        assertInstanceOf(LocalOfferTemplateEngine.class, engines.getEngine("ftlx"));
    }

    @Test
    void jbakeConfigurationKeepsOurBakeContextAsItIs(@TempDir Path dir) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(), dir.toFile(), true);
        Object context = new BakeContext(null, null, java.util.Map.of(), java.util.List.of(), null);
        config.setProperty(BakeContext.CONFIG_KEY, context);
        assertSame(context, BakeContext.from(config));
    }
}
