package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.data.SiteData;
import org.localoffer.problem.Problems;
import org.localoffer.render.BodyText;
import org.localoffer.render.GlossaryMarker;
import org.localoffer.render.LinkResolver;
import org.localoffer.render.MarkdownFuzz;
import org.localoffer.render.MarkdownRenderer;
import org.localoffer.render.RenderedBody;
import org.localoffer.render.RenderedPage;
import org.localoffer.testing.TestData;

/**
 * A build links each page and marks its glossary terms while the renderer still holds its HTML; the preview
 * links an edited page after rendering it, from its printed HTML (linkAndMark). Both must give the same HTML,
 * the same text for related services and the same problems.
 */
class LinkingWhileRenderingTest {

    private static final String[] LINKS = {"[the guide](../guides/ehc-needs-assessment.md)",
            "[timeline](../guides/ehc-needs-assessment.md#timeline)", "[missing](../guides/ehc-needs-assessment.md#nope)",
            "[here](#who-it-is-for)", "[top](#top)", "[OT](occupational-therapy.md)", "[gone](gone.md)",
            "[IPSEA](https://www.ipsea.org.uk)", "[leaflet](../files/leaflet.pdf)", "[home](/)", "[nowhere](/nowhere/)",
            "SEN and EHC", "the SENCO", "an EHC plan", "CAMHS ", "x-SEN", "SEND-y"};

    private final SiteData data = TestData.data();
    private final PageReader reader = new PageReader(TestData.site(), data);
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final GlossaryMarker glossary = new GlossaryMarker(data.glossary());

    @Test
    void linkingWhileRenderingGivesWhatLinkingAfterwardsGives() {
        Random r = new Random(20261127);
        Map<String, Page> pages = new HashMap<>();
        Map<String, RenderedBody> bodies = new HashMap<>();
        Page guide = page("guides/ehc-needs-assessment.md", "## The 20-week timeline {#timeline}\n\nText.\n");
        Page therapy = page("services/occupational-therapy.md", "## Who it is for\n\nChildren.\n");
        for (Page p : new Page[] {guide, therapy}) {
            pages.put(p.sourcePath(), p);
            bodies.put(p.sourcePath(), markdown.render(p, new Problems()));
        }
        int compared = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder md = new StringBuilder(r.nextBoolean() ? MarkdownFuzz.document(r) : MarkdownFuzz.commonDocument(r));
            int links = r.nextInt(4);
            for (int k = 0; k < links; k++) {
                md.append(r.nextBoolean() ? "\n\n" : " ").append(LINKS[r.nextInt(LINKS.length)]).append(' ');
            }
            md.append("\n\n## Who it is for\n\nSEN support and an EHC plan.\n");
            Page page = page("services/speech-therapy.md", md.toString());
            Map<String, Page> all = new HashMap<>(pages);
            all.put(page.sourcePath(), page);

            Problems before = new Problems();
            RenderedBody rendered = markdown.render(page, before);
            Map<String, RenderedBody> withPage = new HashMap<>(bodies);
            withPage.put(page.sourcePath(), rendered);
            RenderedPage afterwards = SiteBuilder.linkAndMark(page, rendered, resolver(all, withPage), glossary, before);
            // The text of the body linkAndMark reads back, which related services used to be given (linking and
            // glossary marks change no text: PrintedHtmlTest).
            String textBefore = BodyText.of(org.localoffer.render.PrintedHtml.parseBody(rendered.html()));

            Problems problems = new Problems();
            Map<String, RenderedBody> filling = new HashMap<>(bodies);
            LinkResolver deferring = resolver(all, filling).deferringAnchorChecks();
            Map<String, String> text = new HashMap<>();
            RenderedBody whileRendering = markdown.render(page, problems, null, (html, markdownLinks) -> {
                deferring.resolve(page, markdownLinks, html, problems);
                glossary.mark(html);
                text.put(page.sourcePath(), BodyText.of(html));
            });
            filling.put(page.sourcePath(), whileRendering);
            deferring.checkDeferredAnchors(problems);

            assertEquals(before.sorted(), problems.sorted(), md.toString());
            assertEquals(rendered.headings(), whileRendering.headings(), md.toString());
            assertEquals(rendered.anchors(), whileRendering.anchors(), md.toString());
            if (!problems.hasErrors()) {
                // A build with errors publishes nothing, so only a clean page's HTML must match.
                assertEquals(afterwards.html(), whileRendering.html(), md.toString());
                assertEquals(textBefore, text.get(page.sourcePath()), md.toString());
                compared++;
            }
        }
        assertTrue(compared > 500, "too few pages without errors to compare: " + compared);
    }

    private Page page(String source, String body) {
        return reader.read(source, "---\ntitle: T\ntype: page\n---\n" + body, new Problems()).orElseThrow();
    }

    private static LinkResolver resolver(Map<String, Page> pages, Map<String, RenderedBody> bodies) {
        return new LinkResolver(pages, bodies, Set.of(), Set.of(), Set.of("files/leaflet.pdf"),
                Set.of("/", "/services/", "/services/occupational-therapy/", "/guides/ehc-needs-assessment/"));
    }
}
