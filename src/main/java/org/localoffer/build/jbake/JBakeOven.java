package org.localoffer.build.jbake;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.localoffer.build.Ahead;
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

    /** jbake keeps document types and model extractors in static state: one bake at a time per JVM. */
    private static final ReentrantLock ONE_BAKE_AT_A_TIME = new ReentrantLock();
    public static final String ASSETS_FOLDER = "static";

    private final Path templatesFolder;
    private Ahead<Templates> templatesAhead;

    public JBakeOven(Path templatesFolder) {
        this.templatesFolder = templatesFolder;
    }

    /**
     * Starts reading and parsing the templates on another thread, for this oven's next bake. Parsed when the
     * bake starts, the first page's templates kept the other rendering threads waiting (0.2 s of a cold
     * 1,000-page build).
     */
    public JBakeOven readTemplatesAhead() {
        templatesAhead = Ahead.start("localoffer-templates", () -> Templates.parsedAhead(templatesFolder));
        return this;
    }

    /** The templates read ahead for this bake, or a fresh set-up: each bake has its own (see {@code <@reuse>}). */
    private Templates templatesForThisBake() throws IOException {
        Ahead<Templates> ahead = templatesAhead;
        templatesAhead = null;
        return ahead != null ? ahead.get() : new Templates(templatesFolder);
    }

    /**
     * Bakes every page into {@code destination}, which must be a new empty folder. jbake's own
     * lifecycle runs ({@link Oven#bake()}: store, crawler, rendering tools, assets) with three of its
     * utensils replaced through the {@code Oven(Utensils)} seam: a store in memory, a crawler fed from
     * our model, and a renderer that writes pages on every core.
     *
     * @param contentAssets files under content/ published as they are (path under content/)
     */
    public void bake(SiteModel model, List<GeneratedPage> generated, Path sourceContent, List<String> contentAssets,
                     Path workFolder, Path destination, Problems problems) throws IOException {
        // jbake copies every non-page file of its content folder; only the assets are staged there.
        Path staged = workFolder.resolve("content");
        Files.createDirectories(staged);
        for (String asset : contentAssets) {
            Path file = staged.resolve(asset);
            Files.createDirectories(file.getParent());
            Files.copy(sourceContent.resolve(asset), file);
        }
        run(model, model.getPages(), generated, staged, templatesFolder.resolve(ASSETS_FOLDER), workFolder, destination,
                problems);
    }

    /**
     * Bakes only {@code pages} and {@code generated} over an existing output folder, copying no
     * assets: what the preview does after an edit that affects only those pages.
     */
    public void bakeOnly(SiteModel model, List<RenderedPage> pages, List<GeneratedPage> generated, Path workFolder,
                         Path destination, Problems problems) throws IOException {
        Path empty = workFolder.resolve("nothing-to-copy");
        Files.createDirectories(empty);
        run(model, pages, generated, empty, empty, workFolder, destination, problems);
    }

    private void run(SiteModel model, List<RenderedPage> pages, List<GeneratedPage> generated, Path staged,
                     Path assets, Path workFolder, Path destination, Problems problems) throws IOException {
        ONE_BAKE_AT_A_TIME.lock();
        try {
            Map<String, GeneratedPage> generatedByUrl = generated.stream()
                    .collect(Collectors.toMap(GeneratedPage::url, g -> g, (a, b) -> a, LinkedHashMap::new));
            Templates templates = templatesForThisBake();
            templates.shareAcrossPages(model, model.getSite(), model.getSite().contact());
            BakeContext context = new BakeContext(model, templates, generatedByUrl, generated, problems);

            DefaultJBakeConfiguration config = configure(workFolder, staged, assets, destination, generated, context);
            MemoryContentStore store = new MemoryContentStore();
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new ModelCrawler(store, config, pages));
            try (ParallelRenderer renderer = new ParallelRenderer(store, config)) {
                utensils.setRenderer(renderer);
                utensils.setAsset(new Asset(config));
                Oven oven = new Oven(utensils);
                oven.bake();
                List<Throwable> failures = new java.util.ArrayList<>(renderer.finish());
                failures.addAll(oven.getErrors());
                for (Throwable error : failures) {
                    if (!problems.hasErrors()) {
                        problems.add(Problem.error("templates", 0, "jbake could not bake the site: " + error.getMessage()
                                + ". Fix the template named above."));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the bake was interrupted", e);
            }
        } finally {
            ONE_BAKE_AT_A_TIME.unlock();
        }
    }

    private DefaultJBakeConfiguration configure(Path workFolder, Path staged, Path assets, Path destination,
                                                List<GeneratedPage> generated, BakeContext context) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(workFolder.toFile(), destination.toFile(), true);
        config.setContentFolder(staged.toFile());
        config.setTemplateFolder(templatesFolder.toFile());
        config.setAssetFolder(assets.toFile());
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
