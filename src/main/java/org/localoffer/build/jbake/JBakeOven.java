package org.localoffer.build.jbake;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.localoffer.content.PageType;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.render.GeneratedPage;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.SiteModel;
import org.localoffer.render.Templates;

/**
 * The only door into jbake-core. Stages the checked pages as files for jbake's crawler, sets
 * jbake up so that it only renders what we ask for, and bakes into a fresh folder.
 */
public final class JBakeOven {

    /** jbake keeps engines and document types in static state: one bake at a time per JVM. */
    private static final ReentrantLock ONE_BAKE_AT_A_TIME = new ReentrantLock();
    private static final FrontMatterMarkupEngine MARKDOWN = new FrontMatterMarkupEngine();
    public static final String ASSETS_FOLDER = "static";

    /** OrientDB, under jbake's content store, reports its start-up through java.util.logging. Held so it is not collected. */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    static {
        ORIENT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Path templatesFolder;

    public JBakeOven(Path templatesFolder) {
        this.templatesFolder = templatesFolder;
    }

    /** Makes sure jbake reads .md files with our engine; safe to call many times. */
    public static void registerEngines() {
        if (Engines.get(FrontMatterMarkupEngine.EXTENSION) != MARKDOWN) {
            Engines.register(FrontMatterMarkupEngine.EXTENSION, MARKDOWN);
        }
    }

    /** The engine jbake will use for .md files, for tests. */
    public static ParserEngine markdownEngine() {
        registerEngines();
        return Engines.get(FrontMatterMarkupEngine.EXTENSION);
    }

    /**
     * Bakes every page into {@code destination}, which must be a new empty folder.
     *
     * @param contentAssets files under content/ published as they are (path under content/)
     */
    public void bake(SiteModel model, List<GeneratedPage> generated, Path sourceContent, List<String> contentAssets,
                     Path workFolder, Path destination, Problems problems) throws IOException {
        ONE_BAKE_AT_A_TIME.lock();
        try {
            registerEngines();
            Path staged = workFolder.resolve("content");
            Files.createDirectories(staged);
            Map<String, RenderedPage> byStagedPath = new LinkedHashMap<>();
            for (RenderedPage page : model.getPages()) {
                String stagedPath = page.page().stagedPath();
                Path file = staged.resolve(stagedPath);
                Files.createDirectories(file.getParent());
                Files.copy(sourceContent.resolve(page.page().sourcePath()), file);
                byStagedPath.put(stagedPath, page);
            }
            for (String asset : contentAssets) {
                Path file = staged.resolve(asset);
                Files.createDirectories(file.getParent());
                Files.copy(sourceContent.resolve(asset), file);
            }
            Map<String, GeneratedPage> generatedByUrl = generated.stream()
                    .collect(Collectors.toMap(GeneratedPage::url, g -> g, (a, b) -> a, LinkedHashMap::new));
            BakeContext context = new BakeContext(model, new Templates(templatesFolder), staged.toAbsolutePath().normalize(),
                    byStagedPath, generatedByUrl, generated, problems);

            DefaultJBakeConfiguration config = configure(workFolder, staged, destination, generated, context);
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            TypeCachingContentStore store = new TypeCachingContentStore("localoffer-" + UUID.randomUUID());
            utensils.setContentStore(store);
            utensils.setCrawler(new Crawler(store, config));
            utensils.setRenderer(new Renderer(store, config));
            utensils.setAsset(new Asset(config));
            Oven oven = new Oven(utensils);
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                if (!problems.hasErrors()) {
                    problems.add(Problem.error("templates", 0, "jbake could not bake the site: " + error.getMessage()
                            + ". Fix the template named above."));
                }
            }
        } finally {
            ONE_BAKE_AT_A_TIME.unlock();
        }
    }

    private DefaultJBakeConfiguration configure(Path workFolder, Path staged, Path destination,
                                                List<GeneratedPage> generated, BakeContext context) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(workFolder.toFile(), destination.toFile(), true);
        config.setContentFolder(staged.toFile());
        config.setTemplateFolder(templatesFolder.toFile());
        config.setAssetFolder(templatesFolder.resolve(ASSETS_FOLDER).toFile());
        config.setDataFolder(workFolder.resolve("no-data").toFile());
        config.setDatabaseStore("memory");
        config.setUriWithoutExtension(false);
        config.setDefaultStatus("published");
        config.setProperty("render.index", false);
        config.setProperty("render.feed", false);
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.tagsindex", false);
        config.setProperty("render.sitemap", false);
        config.setProperty("render.error404", false);
        config.setProperty("img.path.update", false);
        for (String type : templateTypes(generated)) {
            config.setTemplateFileNameForDocType(type, Templates.fileName(type));
        }
        config.setProperty("template.sitemap.extension", ".xml");
        config.setProperty(BakeContext.CONFIG_KEY, context);
        return config;
    }

    static Set<String> templateTypes(List<GeneratedPage> generated) {
        Set<String> types = new java.util.LinkedHashSet<>();
        for (PageType t : PageType.values()) {
            types.add(t.id());
        }
        types.add("home");
        generated.forEach(g -> types.add(g.template()));
        return types;
    }

}
