package org.localoffer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.localoffer.build.jbake.JBakeOven;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteConfigReader;
import org.localoffer.content.ContentReader;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.content.SiteContent;
import org.localoffer.data.SiteData;
import org.localoffer.data.WaitingData;
import org.localoffer.data.WaitingDataReader;
import org.localoffer.render.WaitingView;
import java.time.YearMonth;
import org.localoffer.data.SiteDataReader;

import org.localoffer.problem.Problems;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.render.GeneratedPage;
import org.localoffer.render.GeneratedPages;
import org.localoffer.render.GlossaryMarker;
import org.localoffer.render.LinkResolver;
import org.localoffer.render.MarkdownRenderer;
import org.localoffer.render.RenderedBody;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.SiteModel;
import org.localoffer.render.TemplateData;
import org.localoffer.render.Templates;
import org.localoffer.search.RelatedServices;
import org.localoffer.search.SearchIndexer;

/** Builds a site. The whole lifecycle, in the order it runs, is {@link #build}. */
public final class SiteBuilder {

    private final java.time.Clock clock;

    public SiteBuilder() {
        this(java.time.Clock.systemDefaultZone());
    }

    /** @param clock today's date, which decides which months are in the future and which figures are old */
    public SiteBuilder(java.time.Clock clock) {
        this.clock = clock;
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** Everything read and rendered before baking; also all that {@code check} needs. */
    record Prepared(SiteConfig site, SiteData data, SiteContent content, SiteModel model, List<GeneratedPage> generated,
                    List<org.localoffer.check.StatutoryCoverage> coverage, PageLinking linking, Problems problems) {
    }

    /** What links between pages are checked against, kept so the preview can redo one page's links. */
    record PageLinking(SiteContent all, Map<String, RenderedBody> bodies, Set<String> drafts, Set<String> knownUrls,
                       boolean preview) {

        /** Links to other pages need only their anchors: the bodies' HTML is dropped, so it is not held twice. */
        PageLinking {
            Map<String, RenderedBody> anchors = new HashMap<>();
            bodies.forEach((path, b) -> anchors.put(path, b.html().isEmpty() ? b
                    : new RenderedBody("", b.headings(), b.anchors(), b.links())));
            bodies = Map.copyOf(anchors);
        }

        LinkResolver resolver(SiteContent content) {
            return resolver(all, bodies, drafts, knownUrls, preview, content);
        }

        /** The links of {@code content}'s pages, checked against {@code bodies}' headings. */
        static LinkResolver resolver(SiteContent all, Map<String, RenderedBody> bodies, Set<String> drafts,
                                     Set<String> knownUrls, boolean preview, SiteContent content) {
            return new LinkResolver(content.bySourcePath(), bodies, preview ? Set.of() : drafts,
                    Set.copyOf(all.unreadable()), Set.copyOf(content.assets()), knownUrls);
        }

        PageLinking withBody(String sourcePath, RenderedBody body) {
            Map<String, RenderedBody> changed = new HashMap<>(bodies);
            changed.put(sourcePath, body);
            return new PageLinking(all, changed, drafts, knownUrls, preview);
        }
    }

    /** What {@code check} found: every problem, and which pages cover each statutory item. */
    public record CheckReport(Problems problems, List<org.localoffer.check.StatutoryCoverage> coverage) {
    }

    public BuildResult build(BuildRequest request) throws ProblemsFoundException, IOException {
        StageClock clock = new StageClock();
        Problems problems = new Problems();
        Path source = request.source().toAbsolutePath().normalize();
        JBakeOven oven = new JBakeOven(source.resolve(Templates.FOLDER)).readTemplatesAhead();
        Prepared prepared = prepare(source, request.preview(), problems, clock);
        stopIfErrors(problems);
        return bake(source, request, prepared, oven, clock, problems);
    }

    /** The second half of {@link #build}: bakes what {@link #prepare} made with {@code oven} and replaces the output with it. */
    BuildResult bake(Path source, BuildRequest request, Prepared prepared, JBakeOven oven, StageClock clock,
                     Problems problems) throws ProblemsFoundException, IOException {

        Path outputPath = request.output() != null ? request.output() : source.resolve(prepared.site().output());
        OutputFolder output = new OutputFolder(outputPath);
        String refusal = output.refusal();
        if (refusal != null) {
            problems.error("output", 0, refusal);
            stopIfErrors(problems);
        }
        output.removeLeftovers();
        Path work = output.newWorkFolder();
        BackgroundStage openReferral = null;
        try {
            Path baked = work.resolve("site");
            oven.bake(prepared.model(), prepared.generated(),
                    source.resolve(Page.CONTENT_FOLDER), prepared.content().assets(), work, baked, problems);
            clock.lap("bake");
            stopIfErrors(problems);
            if (!request.preview()) {
                // Data for other systems, made alongside the search index (it needs only the pages' front matter).
                // The preview is for people writing pages, and skips it to stay quick.
                openReferral = BackgroundStage.start("open-referral", () -> new org.localoffer.oruk.OrukExporter(
                        prepared.site(), prepared.data()).write(prepared.content().pages(), baked));
            }
            SiteFiles.write(prepared.site(), baked, request.preview());
            org.localoffer.render.AtomFeeds.write(prepared.model(), baked);
            new SearchIndexer().index(baked, prepared.model());
            clock.lap("search index");
            if (openReferral != null) {
                BackgroundStage running = openReferral;
                openReferral = null;
                running.await();
                clock.lap("open referral wait"); // it runs alongside search; this is only the wait for it after
            }
            output.replaceWith(baked);
            clock.lap("publish");
        } finally {
            if (openReferral != null) {
                openReferral.awaitQuietly(); // the build failed; the export must stop writing before its folder goes
            }
            OutputFolder.deleteTree(work);
        }
        return new BuildResult(output.path(), prepared.model().getPages().size(), prepared.generated().size(),
                clock.millis(), problems);
    }

    /** Reads and checks everything without writing any output. */
    public Problems check(Path source) throws IOException {
        return checkReport(source).problems();
    }

    /** Reads and checks everything, as {@link #check} does, and also returns the statutory coverage. */
    public CheckReport checkReport(Path source) throws IOException {
        Problems problems = new Problems();
        Prepared prepared = prepare(source.toAbsolutePath().normalize(), false, problems, new StageClock());
        return new CheckReport(problems, prepared == null ? List.of() : prepared.coverage());
    }

    Prepared prepare(Path source, boolean preview, Problems problems, StageClock clock) throws IOException {
        // Flexmark's parsers and extensions take a while to set up: made while the settings and content are read.
        Ahead<MarkdownRenderer> markdownAhead = Ahead.start("localoffer-markdown", MarkdownRenderer::new);
        SiteConfig site = new SiteConfigReader().read(source, problems).orElse(null);
        if (!Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))) {
            return null; // not a site folder: one message says so, not one per missing file
        }
        SiteData data = new SiteDataReader().read(source, problems).orElse(null);
        clock.lap("settings and data");
        if (site == null || data == null) {
            return null;
        }
        java.util.concurrent.CompletableFuture<Map<String, java.time.LocalDate>> sourceDates =
                new SourceDates(this.clock.getZone()).startForContent(source);
        SiteContent all = new ContentReader(new PageReader(site, data)).read(source, problems);
        SiteContent content = preview ? all : all.withoutDrafts();
        if (content.page("index.md").isEmpty()) {
            problems.error(Page.CONTENT_FOLDER + "/index.md", 0, "the home page is missing. Create content/index.md "
                    + "with 'title:' and 'type: page' in its front matter and a short welcome below it.");
        }
        YearMonth currentMonth = YearMonth.now(this.clock);
        Set<String> waitKeys = new java.util.TreeSet<>();
        content.pages().forEach(p -> {
            if (p.waitingTimes() != null) {
                waitKeys.add(p.waitingTimes());
            }
        });
        WaitingData waits = new WaitingDataReader(waitKeys, site.localityIds(), currentMonth).read(source, problems);
        WaitingView waiting = new WaitingView(site, waits, currentMonth);
        reportMissingOrOldFigures(content, waits, waiting, currentMonth, site, problems);
        clock.lap("read content");

        // The pages the site makes, and so every URL, follow from the content alone: known before any page is
        // rendered, so each page's links can be resolved as it is rendered, while its HTML is in memory.
        SiteModel draftModel = new SiteModel(site, data,
                content.pages().stream().map(p -> new RenderedPage(p, "", List.of())).toList(), preview, waiting);
        List<GeneratedPage> generated = GeneratedPages.plan(draftModel);
        Set<String> knownUrls = new HashSet<>();
        content.pages().forEach(p -> knownUrls.add(p.url()));
        for (GeneratedPage g : generated) {
            if (knownUrls.contains(g.url())) {
                Page clash = content.pages().stream().filter(p -> p.url().equals(g.url())).findFirst().orElseThrow();
                problems.error(clash.editorPath(), 1, "this page would be published at " + g.url()
                        + ", where the site makes its own '" + g.title() + "' page. Rename or move this file.");
            }
            knownUrls.add(g.url());
        }
        Set<String> drafts = new HashSet<>();
        all.pages().stream().filter(Page::draft).forEach(p -> drafts.add(p.sourcePath()));

        MarkdownRenderer markdown = markdownAhead.get();
        Map<String, RenderedBody> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        // Links to headings are checked once every page's headings are known, after the pass.
        LinkResolver links = PageLinking.resolver(all, bodies, Set.copyOf(drafts), Set.copyOf(knownUrls), preview,
                content).deferringAnchorChecks();
        GlossaryMarker glossary = new GlossaryMarker(data.glossary());
        // Each body's text is kept from its finished HTML, so related services need not parse it again.
        Map<String, String> bodyText = new java.util.concurrent.ConcurrentHashMap<>();
        // Each page's content checks read the document the renderer has just parsed, while it is still in memory.
        org.localoffer.check.ContentChecks checks = new org.localoffer.check.ContentChecks();
        org.localoffer.check.CheckContext checkContext = new org.localoffer.check.CheckContext(site, data,
                content.pages(), source, java.time.LocalDate.now(this.clock));
        Map<String, org.localoffer.check.ReadingAge> readingAges = new java.util.concurrent.ConcurrentHashMap<>();
        content.pages().parallelStream().forEach(page -> bodies.put(page.sourcePath(), markdown.render(page, problems,
                (document, lines) -> readingAges.put(page.sourcePath(),
                        checks.runPage(page, document, lines, checkContext, problems)),
                (html, markdownLinks) -> {
                    links.resolve(page, markdownLinks, html, problems);
                    glossary.mark(html);
                    bodyText.put(page.sourcePath(), org.localoffer.render.BodyText.of(html)); // html.text(), faster
                })));
        links.checkDeferredAnchors(problems);
        List<RenderedPage> rendered = content.pages().stream()
                .map(page -> {
                    RenderedBody body = bodies.get(page.sourcePath());
                    return new RenderedPage(page, body.html(), body.headings());
                }).toList();
        PageLinking linking = new PageLinking(all, bodies, Set.copyOf(drafts), Set.copyOf(knownUrls), preview);
        clock.lap("markdown and links");

        Map<String, java.time.LocalDate> lastUpdated = sourceDates.join();
        SiteModel model = new SiteModel(site, data, rendered, preview, waiting, lastUpdated)
                .withRelated(new RelatedServices(data.glossary()).find(rendered, bodyText));
        generated = GeneratedPages.plan(model);
        clock.lap("related services");

        checkTemplates(source, content, generated, problems);
        org.localoffer.check.ContentChecks.Result checked = checks.runSiteRules(checkContext, readingAges, problems);
        if (preview) {
            model.withFeedback(feedback(site, content, problems, checked.readingAges()));
        }
        clock.lap("check");
        return new Prepared(site, data, content, model, generated, checked.coverage(), linking, problems);
    }

    /**
     * Resolves a page's links and marks its glossary terms from its printed HTML, as the preview does for an edited
     * page; a build does the same while the renderer still holds the HTML (LinkingWhileRenderingTest).
     */
    static RenderedPage linkAndMark(Page page, RenderedBody body, LinkResolver links, GlossaryMarker glossary,
                                    Problems problems) {
        Element html = org.localoffer.render.PrintedHtml.parseBody(body.html()); // Jsoup.parseBodyFragment, faster
        links.resolve(page, body, html, problems);
        glossary.mark(html);
        return new RenderedPage(page, org.localoffer.render.PrettyHtml.of(html), body.headings()); // html.html(), faster
    }

    static void reportMissingOrOldFigures(SiteContent content, WaitingData waits, WaitingView waiting,
                                                  YearMonth currentMonth, SiteConfig site, Problems problems) {
        for (Page page : content.pages()) {
            if (page.waitingTimes() == null) {
                continue;
            }
            java.util.Optional<YearMonth> latest = waits.latestMonth(page.waitingTimes());
            if (latest.isEmpty()) {
                problems.warning(page.editorPath(), page.lineOf("waiting_times"), "there are no figures for '"
                        + page.waitingTimes() + "' in " + WaitingData.WAITS_FILE + ", so the page shows no waiting times. "
                        + "Add rows for it, or remove waiting_times.");
            } else if (waiting.isStale(latest.get())) {
                problems.warning(WaitingData.WAITS_FILE, 0, "the newest figures for " + page.waitingTimes() + " are for "
                        + WaitingView.monthText(latest.get()) + ", more than " + site.figuresStaleAfterMonths()
                        + " months ago. Add newer figures; pages say the figures may be out of date.");
            }
        }
        waiting.ehc().filter(WaitingView.EhcView::stale).ifPresent(e -> problems.warning(WaitingData.EHC_FILE, 0,
                "the newest EHC plan figures are for " + e.month() + ", more than " + site.figuresStaleAfterMonths()
                        + " months ago. Add newer figures."));
    }

    /** Each page's findings and reading age (from the checks, by source path), shown beside the page in the preview. */
    static Map<String, org.localoffer.render.PageFeedback> feedback(SiteConfig site, SiteContent content,
            Problems problems, Map<String, org.localoffer.check.ReadingAge> readingAges) {
        Map<String, List<org.localoffer.problem.Problem>> byPath = new HashMap<>();
        for (org.localoffer.problem.Problem p : problems.sorted()) {
            byPath.computeIfAbsent(p.path(), k -> new java.util.ArrayList<>()).add(p);
        }
        Map<String, org.localoffer.render.PageFeedback> out = new HashMap<>();
        for (Page page : content.pages()) {
            org.localoffer.check.ReadingAge age = readingAges.get(page.sourcePath());
            int allowed = site.readingAgeFor(org.localoffer.check.ReadingAgeCheck.kindOf(page));
            out.put(page.sourcePath(), new org.localoffer.render.PageFeedback(age.measurable() ? age.years() : 0, allowed,
                    List.copyOf(byPath.getOrDefault(page.editorPath(), List.of()))));
        }
        return out;
    }

    private static void checkTemplates(Path source, SiteContent content, List<GeneratedPage> generated, Problems problems)
            throws IOException {
        Path folder = source.resolve(Templates.FOLDER);
        if (!Files.isDirectory(folder)) {
            problems.error(Templates.FOLDER, 0, "there is no templates folder. Restore templates/ from the repository.");
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Page page : content.pages()) {
            String template = TemplateData.templateFor(page);
            if (!Templates.exists(folder, template) && reported.add(template)) {
                problems.error(page.editorPath(), page.lineOf("type"), "there is no template for this page: "
                        + Templates.FOLDER + "/" + Templates.fileName(template)
                        + " is missing. Restore it from the repository, or change 'type' to one that has a template.");
            }
        }
        for (GeneratedPage g : generated) {
            if (!Templates.exists(folder, g.template()) && reported.add(g.template())) {
                problems.error(Templates.FOLDER + "/" + Templates.fileName(g.template()), 0,
                        "the template for " + g.url() + " is missing. Restore it from the repository.");
            }
        }
    }

    private static void stopIfErrors(Problems problems) throws ProblemsFoundException {
        if (problems.hasErrors()) {
            throw new ProblemsFoundException(problems);
        }
    }

}
