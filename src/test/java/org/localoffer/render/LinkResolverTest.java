package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestData;

class LinkResolverTest {

    private final Problems problems = new Problems();
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, RenderedBody> bodies = new HashMap<>();
    private final LinkResolver resolver;

    LinkResolverTest() {
        add("services/occupational-therapy.md", "## Who it is for\n");
        add("guides/ehc-needs-assessment.md", "## The 20-week timeline {#timeline}\n");
        add("index.md", "Hi\n");
        resolver = new LinkResolver(pages, bodies, Set.of("services/secret.md"), Set.of(), Set.of("files/leaflet.pdf"),
                Set.of("/", "/services/", "/services/occupational-therapy/", "/guides/ehc-needs-assessment/"));
    }

    private void add(String source, String body) {
        Problems p = new Problems();
        Page page = new PageReader(TestData.site(), TestData.data())
                .read(source, "---\ntitle: T\ntype: page\n---\n" + body, p).orElseThrow();
        pages.put(source, page);
        bodies.put(source, new MarkdownRenderer().render(page, p));
    }

    private Optional<String> resolve(String from, String href) {
        return resolver.resolve(pages.get(from), href, 7, problems);
    }

    @Test
    void resolvesLinksWrittenAsFilesToCleanUrls() {
        assertEquals(Optional.of("/services/occupational-therapy/"), resolve("guides/ehc-needs-assessment.md", "../services/occupational-therapy.md"));
        assertEquals(Optional.of("/guides/ehc-needs-assessment/#timeline"),
                resolve("services/occupational-therapy.md", "../guides/ehc-needs-assessment.md#timeline"));
        assertEquals(Optional.of("/services/occupational-therapy/"), resolve("index.md", "services/occupational-therapy.md"));
        assertEquals(Optional.of("/files/leaflet.pdf"), resolve("index.md", "files/leaflet.pdf"));
        assertEquals(Optional.of("https://www.ipsea.org.uk"), resolve("index.md", "https://www.ipsea.org.uk"));
        assertEquals(Optional.of("/services/"), resolve("index.md", "/services/"));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void reportsALinkToAMissingFileWithASuggestion() {
        assertTrue(resolve("index.md", "services/ocupational-therapy.md").isEmpty());
        assertEquals(List.of("content/index.md:7: error: the link 'services/ocupational-therapy.md' goes to "
                + "content/services/ocupational-therapy.md, which does not exist. Did you mean 'services/occupational-therapy.md'? "
                + "Check the file name and folder."), messages());
    }

    @Test
    void reportsALinkToAMissingHeading() {
        assertTrue(resolve("index.md", "guides/ehc-needs-assessment.md#timelime").isEmpty());
        assertEquals(List.of("content/index.md:7: error: the link goes to the heading #timelime in "
                + "content/guides/ehc-needs-assessment.md, but there is no heading with that id. Did you mean 'timeline'? "
                + "Its headings are: #timeline."), messages());
    }

    @Test
    void aDeferringResolverChecksHeadingsOnlyWhenAskedWithTheSameMessages() {
        LinkResolver deferring = resolver.deferringAnchorChecks();
        Page index = pages.get("index.md");
        assertEquals(Optional.of("/guides/ehc-needs-assessment/#timelime"),
                deferring.resolve(index, "guides/ehc-needs-assessment.md#timelime", 7, problems));
        assertEquals(Optional.of("/guides/ehc-needs-assessment/#timeline"),
                deferring.resolve(index, "guides/ehc-needs-assessment.md#timeline", 8, problems));
        assertEquals(Optional.of("#nowhere"), deferring.resolve(index, "#nowhere", 9, problems));
        assertTrue(problems.isEmpty(), "headings are checked only once every page is rendered");
        deferring.checkDeferredAnchors(problems);
        assertEquals(List.of("content/index.md:7: error: the link goes to the heading #timelime in "
                + "content/guides/ehc-needs-assessment.md, but there is no heading with that id. Did you mean 'timeline'? "
                + "Its headings are: #timeline.",
                "content/index.md:9: error: the link goes to the heading #nowhere in this page, but there is no heading "
                + "with that id. That page has no headings to link to."), messages());
        deferring.checkDeferredAnchors(problems);
        assertEquals(2, problems.errorCount(), "each deferred check is made once");
    }

    @Test
    void reportsALinkToADraft() {
        assertTrue(resolve("index.md", "services/secret.md").isEmpty());
        assertEquals(List.of("content/index.md:7: error: the link 'services/secret.md' goes to content/services/secret.md, "
                + "which is a draft and is not published. Publish that page or remove the link."), messages());
    }

    @Test
    void reportsLinksOutOfTheContentFolder() {
        assertTrue(resolve("index.md", "../../etc/passwd").isEmpty());
        assertEquals(1, problems.errorCount());
    }

    @Test
    void normalisesRelativePaths() {
        assertEquals(Optional.of("guides/a.md"), LinkResolver.normalise("services/x.md", "../guides/./a.md"));
        assertEquals(Optional.empty(), LinkResolver.normalise("x.md", "../a.md"));
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
