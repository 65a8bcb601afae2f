package org.localoffer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localoffer.build.SiteBuilder.PageLinking;
import org.localoffer.build.SiteBuilder.Prepared;
import org.localoffer.build.jbake.JBakeOven;
import org.localoffer.check.CheckContext;
import org.localoffer.check.ContentChecks;
import org.localoffer.content.ContentReader;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.content.SiteContent;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.render.GeneratedPage;
import org.localoffer.render.GlossaryMarker;
import org.localoffer.render.LinkResolver;
import org.localoffer.render.MarkdownRenderer;
import org.localoffer.render.RenderedBody;
import org.localoffer.render.RenderedPage;
import org.localoffer.render.SiteModel;
import org.localoffer.render.TemplateData;
import org.localoffer.render.Templates;
import org.localoffer.search.SearchIndexer;

/**
 * Keeps the preview up to date, redoing only what an edit affects:
 * <ul>
 * <li>an edit to a page's text (its front matter and heading anchors unchanged) reads, renders,
 * links and checks that page alone and re-bakes only it;</li>
 * <li>an edit to a template re-bakes only the pages made with it (all of them for layout.ftlh,
 * which every template imports), without reading or checking any content again;</li>
 * <li>an edit to a file in templates/static is copied as it is;</li>
 * <li>anything else (site.yml, data files, front matter, added or removed files) rebuilds the
 * whole site, as {@code build} does, because lists, browse pages and links may all change.</li>
 * </ul>
 * The search index is brought up to date by {@link #refreshSearch()}, called after the browser
 * has been told to reload, so a young adviser sees the edited page first. Related services and
 * "last updated" dates are worked out again on the next whole rebuild.
 */
public final class PreviewBuilder {

    /** What one rebuild did. */
    public record Outcome(BuildResult result, boolean whole, List<String> rebuiltPages) {
    }

    private final SiteBuilder builder;
    private final Path source;
    private final Path output;
    private SourceSnapshot built;
    private Prepared state;
    private boolean searchOutOfDate;

    public PreviewBuilder(SiteBuilder builder, Path source, Path output) {
        this.builder = builder;
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
    }

    /** Brings the preview up to date with the files as they are now. */
    public Outcome rebuild() throws ProblemsFoundException, IOException {
        long looked = System.nanoTime();
        SourceSnapshot now = SourceSnapshot.of(source);
        if (state != null && built != null) {
            Optional<Outcome> quick = quickRebuild(now.changesSince(built), (System.nanoTime() - looked) / 1_000_000);
            if (quick.isPresent()) {
                built = now;
                return quick.get();
            }
        }
        StageClock clock = new StageClock();
        Problems problems = new Problems();
        JBakeOven oven = new JBakeOven(source.resolve(Templates.FOLDER)).readTemplatesAhead();
        Prepared prepared = builder.prepare(source, true, problems, clock);
        if (prepared == null || problems.hasErrors()) {
            throw new ProblemsFoundException(problems);
        }
        BuildResult result = builder.bake(source, new BuildRequest(source, output, true), prepared, oven, clock,
                problems);
        state = prepared;
        built = now;
        searchOutOfDate = false;
        return new Outcome(result, true, List.of());
    }

    /** Re-indexes the site for search if an edit since the last whole rebuild changed a page. */
    public void refreshSearch() throws IOException {
        if (searchOutOfDate && state != null) {
            new SearchIndexer().index(output, state.model());
            searchOutOfDate = false;
        }
    }

    private Optional<Outcome> quickRebuild(SourceSnapshot.Changes changes, long lookMillis)
            throws ProblemsFoundException, IOException {
        if (!changes.added().isEmpty() || !changes.removed().isEmpty()) {
            return Optional.empty();
        }
        List<String> pages = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        String staticFolder = Templates.FOLDER + "/" + JBakeOven.ASSETS_FOLDER + "/";
        for (String path : changes.modified()) {
            if (path.startsWith(staticFolder)) {
                statics.add(path);
            } else if (path.startsWith(Templates.FOLDER + "/") && path.indexOf('/', Templates.FOLDER.length() + 1) < 0
                    && (path.endsWith(Templates.HTML_EXTENSION) || path.endsWith(Templates.XML_EXTENSION))) {
                templates.add(path.substring(Templates.FOLDER.length() + 1));
            } else if (isPage(path)) {
                pages.add(path.substring(Page.CONTENT_FOLDER.length() + 1));
            } else {
                return Optional.empty();
            }
        }
        if (!pages.isEmpty() && !templates.isEmpty()) {
            return Optional.empty();
        }
        StageClock clock = new StageClock();
        clock.add("find changes", lookMillis);
        List<String> rebuilt = new ArrayList<>();
        if (!pages.isEmpty()) {
            Optional<List<String>> done = rebuildPages(pages, clock);
            if (done.isEmpty()) {
                return Optional.empty();
            }
            rebuilt.addAll(done.get());
        } else if (!templates.isEmpty()) {
            rebuilt.addAll(rebuildTemplates(templates, clock));
        }
        for (String file : statics) {
            Path target = output.resolve(file.substring(staticFolder.length()));
            Files.createDirectories(target.getParent());
            Files.copy(source.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            rebuilt.add(file);
        }
        clock.lap("copy");
        BuildResult result = new BuildResult(output, state.model().getPages().size(), state.generated().size(),
                clock.millis(), warnings(state.problems()));
        return Optional.of(new Outcome(result, false, rebuilt));
    }

    private static boolean isPage(String path) {
        return path.startsWith(Page.CONTENT_FOLDER + "/") && path.endsWith(".md")
                && !path.startsWith(Page.CONTENT_FOLDER + "/" + org.localoffer.content.ContentReader.DATA_FOLDER + "/");
    }

    /**
     * Re-renders edited pages whose front matter and heading anchors are as they were; empty when
     * an edit goes further, so that the whole site is rebuilt.
     */
    private Optional<List<String>> rebuildPages(List<String> sourcePaths, StageClock clock)
            throws ProblemsFoundException, IOException {
        Prepared s = state;
        PageReader reader = new PageReader(s.site(), s.data());
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, Page> before = s.content().bySourcePath();
        Map<String, Page> edited = new LinkedHashMap<>();
        Map<String, RenderedBody> bodies = new HashMap<>();
        Problems pageProblems = new Problems();
        PageLinking linking = s.linking();
        for (String sourcePath : sourcePaths) {
            Page old = before.get(sourcePath);
            if (old == null) {
                return Optional.empty();
            }
            Problems readProblems = new Problems();
            Optional<Page> fresh = new ContentReader(reader).readPage(source.resolve(Page.CONTENT_FOLDER), sourcePath,
                    readProblems);
            if (fresh.isEmpty() || readProblems.hasErrors() || !old.sameFrontMatter(fresh.get())) {
                return Optional.empty(); // the whole build reports or handles it
            }
            RenderedBody body = markdown.render(fresh.get(), pageProblems);
            if (!body.anchors().equals(linking.bodies().get(sourcePath).anchors())) {
                return Optional.empty(); // links from other pages to this one may now break or mend
            }
            edited.put(sourcePath, fresh.get());
            bodies.put(sourcePath, body);
            linking = linking.withBody(sourcePath, body);
        }
        clock.lap("read and markdown");

        List<Page> pages = s.content().pages().stream().map(p -> edited.getOrDefault(p.sourcePath(), p)).toList();
        SiteContent content = new SiteContent(pages, s.content().assets(), s.content().unreadable());
        LinkResolver links = linking.resolver(content);
        GlossaryMarker glossary = new GlossaryMarker(s.data().glossary());
        CheckContext checkContext = new CheckContext(s.site(), s.data(), pages, source, builder.today());
        ContentChecks checks = new ContentChecks();
        List<RenderedPage> rendered = new ArrayList<>();
        Map<String, org.localoffer.check.ReadingAge> readingAges = new HashMap<>();
        for (Page page : edited.values()) {
            rendered.add(SiteBuilder.linkAndMark(page, bodies.get(page.sourcePath()), links, glossary, pageProblems));
            readingAges.put(page.sourcePath(), checks.runPage(page, checkContext, pageProblems));
        }
        clock.lap("links and check");
        Problems all = problemsAfterEdit(s, edited, pageProblems, checkContext);
        if (all.hasErrors()) {
            throw new ProblemsFoundException(all);
        }
        SiteModel model = s.model();
        Map<String, org.localoffer.render.PageFeedback> panels = SiteBuilder.feedback(s.site(),
                new SiteContent(List.copyOf(edited.values()), List.of(), List.of()), all, readingAges);
        for (RenderedPage page : rendered) {
            model = model.withPageReplaced(page, panels.get(page.page().sourcePath()));
        }
        clock.lap("findings and model");

        bake(model, rendered, List.of(), all);
        clock.lap("bake");
        state = new Prepared(s.site(), s.data(), content, model, s.generated(), s.coverage(), linking, all);
        searchOutOfDate = true;
        return Optional.of(edited.values().stream().map(Page::editorPath).toList());
    }

    /**
     * The findings after an edit: every other file's as they were; for each edited page, its
     * findings from the rules that read its text, worked out again, plus the site-wide findings
     * about it (such as a duplicate title), which its unchanged front matter keeps as they were.
     * Those are told apart by running the text rules over the page as it was before.
     */
    private Problems problemsAfterEdit(Prepared s, Map<String, Page> edited, Problems fresh, CheckContext checkContext) {
        Set<String> editedPaths = new java.util.HashSet<>();
        edited.values().forEach(p -> editedPaths.add(p.editorPath()));
        Problems textBefore = new Problems();
        LinkResolver oldLinks = s.linking().resolver(s.content());
        GlossaryMarker glossary = new GlossaryMarker(s.data().glossary());
        CheckContext oldContext = new CheckContext(s.site(), s.data(), s.content().pages(), source, checkContext.today());
        MarkdownRenderer markdown = new MarkdownRenderer();
        ContentChecks checks = new ContentChecks();
        for (String sourcePath : edited.keySet()) {
            Page old = s.content().page(sourcePath).orElseThrow();
            RenderedBody body = markdown.render(old, textBefore);
            SiteBuilder.linkAndMark(old, body, oldLinks, glossary, textBefore);
            checks.runPage(old, oldContext, textBefore);
        }
        List<Problem> siteWide = new ArrayList<>(s.problems().sorted());
        for (Problem p : textBefore.sorted()) {
            siteWide.remove(p);
        }
        Problems out = new Problems();
        for (Problem p : siteWide) {
            out.add(p);
        }
        for (Problem p : fresh.sorted()) {
            if (editedPaths.contains(p.path())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Re-bakes the pages made with the edited templates, with content as it was. */
    private List<String> rebuildTemplates(List<String> templateFiles, StageClock clock)
            throws ProblemsFoundException, IOException {
        TemplateDependencies uses = TemplateDependencies.read(source.resolve(Templates.FOLDER));
        Set<String> affected = new java.util.HashSet<>();
        templateFiles.forEach(t -> affected.addAll(uses.affectedBy(t)));
        List<RenderedPage> pages = state.model().getPages().stream()
                .filter(p -> affected.contains(Templates.fileName(TemplateData.templateFor(p.page())))).toList();
        List<GeneratedPage> generated = state.generated().stream()
                .filter(g -> affected.contains(Templates.fileName(g.template()))).toList();
        Problems problems = new Problems();
        problems.addAll(warnings(state.problems()));
        bake(state.model(), pages, generated, problems);
        clock.lap("bake");
        List<String> out = new ArrayList<>();
        pages.forEach(p -> out.add(p.page().url()));
        generated.forEach(g -> out.add(g.url()));
        return out;
    }

    private void bake(SiteModel model, List<RenderedPage> pages, List<GeneratedPage> generated, Problems problems)
            throws ProblemsFoundException, IOException {
        Path work = Files.createTempDirectory("localoffer-preview-bake");
        try {
            new JBakeOven(source.resolve(Templates.FOLDER)).bakeOnly(model, pages, generated, work, output, problems);
        } finally {
            OutputFolder.deleteTree(work);
        }
        if (problems.hasErrors()) {
            throw new ProblemsFoundException(problems);
        }
    }

    private static Problems warnings(Problems problems) {
        Problems out = new Problems();
        problems.sorted().stream().filter(p -> p.severity() != org.localoffer.problem.Severity.ERROR).forEach(out::add);
        return out;
    }
}
