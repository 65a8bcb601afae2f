package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class MarkdownRendererTest {

    private final Problems problems = new Problems();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private RenderedBody render(String markdown) {
        return renderer.render("content/a.md", markdown, 10, problems);
    }

    @Test
    void givesHeadingsIdsAndKeepsExplicitOnes() {
        RenderedBody b = render("## How to get it\n\ntext\n\n## The 20-week timeline {#timeline}\n");
        assertEquals(List.of(new Heading(2, "how-to-get-it", "How to get it"), new Heading(2, "timeline", "The 20-week timeline")),
                b.headings());
        assertTrue(b.anchors().contains("timeline"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void recordsLinksWithTheirFileLines() {
        RenderedBody b = render("Intro\n\nSee [OT](occupational-therapy.md).\n");
        assertEquals(List.of(new LinkReference("occupational-therapy.md", 12)), b.links());
    }

    @Test
    void rendersTablesWithColumnHeaders() {
        RenderedBody b = render("| Step | Deadline |\n| --- | --- |\n| Ask | 6 weeks |\n");
        assertTrue(b.html().contains("<th scope=\"col\">Step</th>"), b.html());
    }

    @Test
    void removesAndReportsScripts() {
        RenderedBody b = render("Hello\n\n<script>alert(1)</script>\n");
        assertFalse(b.html().contains("script"), b.html());
        assertEquals(List.of("content/a.md:12: error: the HTML tag <script> is not allowed in page text and has been removed. "
                + "Write this part in Markdown instead; see 'Writing content' in the README."), messages());
    }

    @Test
    void removesAndReportsEventHandlers() {
        RenderedBody b = render("<p onclick=\"steal()\">Hi</p>\n");
        assertFalse(b.html().contains("onclick"), b.html());
        assertEquals(List.of("content/a.md:10: error: the attribute onclick on <p> is not allowed and has been removed. "
                + "Remove it; pages cannot run scripts or set styles."), messages());
    }

    @Test
    void removesAndReportsJavascriptLinks() {
        RenderedBody b = render("[click](javascript:alert(1))\n");
        assertFalse(b.html().contains("javascript"), b.html());
        assertEquals(List.of("content/a.md:10: error: the link 'javascript:alert(1)' uses 'javascript:', which is not allowed. "
                + "Link to a page with https://, mailto: or tel:, or to another .md file."), messages());
    }

    @Test
    void allowsHarmlessHtml() {
        RenderedBody b = render("<abbr title=\"Local authority\">LA</abbr> and <a href=\"https://example.org\">a link</a>\n");
        assertTrue(problems.isEmpty(), messages().toString());
        assertTrue(b.html().contains("<abbr title=\"Local authority\">LA</abbr>"), b.html());
    }

    @Test
    void reportsALevelOneHeading() {
        render("# Title again\n");
        assertEquals(List.of("content/a.md:10: error: the page text has a level 1 heading ('# Title again'); "
                + "the title is already the page's only level 1 heading. Use '## ' for sections."), messages());
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
