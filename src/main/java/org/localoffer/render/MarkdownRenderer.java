package org.localoffer.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.localoffer.check.LineIndex;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/**
 * Turns a page's Markdown into safe HTML with flexmark. Raw HTML that the allow-list would
 * remove is reported at its line, and removed anyway, so nothing unsafe reaches a page.
 */
public final class MarkdownRenderer {

    private final MarkdownParsers parsers;
    private final HtmlRenderer renderer;
    private final CommonHtmlWriter commonHtml;
    private final RawHtmlCheck rawHtmlCheck = new RawHtmlCheck();

    public MarkdownRenderer() {
        MutableDataSet options = options();
        this.parsers = new MarkdownParsers(options);
        // Text nodes are written without flexmark's regex passes when those would change nothing.
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(PlainTextRenderer.FACTORY).build();
        this.commonHtml = new CommonHtmlWriter(options);
    }

    /** flexmark's settings for page text; the tests build flexmark's own renderer from them to compare. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /**
     * Something that reads each page's parsed Markdown too, such as the content checks, so that it need not parse
     * the page again. It must not change the document, which is rendered after it has read it.
     */
    @FunctionalInterface
    public interface ParsedReader {
        /** @param lines the line index of the page's Markdown, or null when rendering needed none */
        void read(Document document, LineIndex lines);
    }

    /**
     * Something that finishes a page's HTML before it is written out, such as resolving its links and marking its
     * glossary terms, so that the HTML need not be printed and parsed again for it. It may change the body.
     */
    @FunctionalInterface
    public interface BodyFinisher {
        /** @param links the page's Markdown links with their lines, as {@link RenderedBody#links()} has them */
        void finish(Element body, List<LinkReference> links);
    }

    public RenderedBody render(Page page, Problems problems) {
        return render(page.editorPath(), page.markdown(), page.bodyStartLine(), problems, null);
    }

    /** As {@link #render(Page, Problems)}, and hands the parsed document to {@code reader} before rendering it. */
    public RenderedBody render(Page page, Problems problems, ParsedReader reader) {
        return render(page.editorPath(), page.markdown(), page.bodyStartLine(), problems, reader, null);
    }

    /**
     * As {@link #render(Page, Problems, ParsedReader)}, and hands the safe HTML to {@code finisher} before it is
     * printed: the body's HTML is then the finished HTML. Its headings and anchors are as rendered, before finishing.
     */
    public RenderedBody render(Page page, Problems problems, ParsedReader reader, BodyFinisher finisher) {
        return render(page.editorPath(), page.markdown(), page.bodyStartLine(), problems, reader, finisher);
    }

    public RenderedBody render(String path, String markdown, int bodyStartLine, Problems problems) {
        return render(path, markdown, bodyStartLine, problems, null);
    }

    /** As {@link #render(String, String, int, Problems)}, and hands the parsed document to {@code reader}, if not null. */
    public RenderedBody render(String path, String markdown, int bodyStartLine, Problems problems, ParsedReader reader) {
        return render(path, markdown, bodyStartLine, problems, reader, null);
    }

    private RenderedBody render(String path, String markdown, int bodyStartLine, Problems problems, ParsedReader reader,
                                BodyFinisher finisher) {
        Document document = parsers.parse(markdown);
        List<LinkReference> links = new ArrayList<>();
        LineIndex lines = null; // built on the first node that needs a line
        boolean sawBreakOrRawHtml = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                sawBreakOrRawHtml = true; // see "unusual" below
                continue;
            }
            if (!(node instanceof Heading || node instanceof Link || node instanceof Image
                    || node instanceof HtmlBlock || node instanceof HtmlInline)) {
                continue;
            }
            if (lines == null) {
                lines = new LineIndex(markdown);
            }
            int line = bodyStartLine + lines.lineNumber(node.getStartOffset());
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                problems.error(path, line, "the page text has a level 1 heading ('# " + heading.getText()
                        + "'); the title is already the page's only level 1 heading. Use '## ' for sections.");
            } else if (node instanceof Link link) {
                String href = link.getUrl().toString();
                links.add(new LinkReference(href, line));
                checkScheme(href, path, line, problems);
            } else if (node instanceof Image image) {
                checkScheme(image.getUrl().toString(), path, line, problems);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                sawBreakOrRawHtml = true;
                rawHtmlCheck.check(node.getChars().toString(), path, line, problems, links);
            }
        }
        if (reader != null) {
            reader.read(document, lines);
        }
        String baseUri = "https://localoffer.invalid/" + path;
        String rawHtml = commonHtml.write(document);
        // The common writer's HTML is well-formed and plain, so it is read straight into the tree jsoup's parser
        // would build from it; flexmark's own HTML, which may hold raw HTML, is always parsed by jsoup.
        Element read = rawHtml != null ? PrintedHtml.read(rawHtml, baseUri) : null;
        if (rawHtml == null) {
            rawHtml = renderer.render(document);
        }
        org.jsoup.nodes.Document parsed = read != null ? read.ownerDocument() : Jsoup.parseBodyFragment(rawHtml, baseUri);
        Element body = HtmlPolicy.clean(parsed);
        // Raw HTML, a line break, or anything the allow-list took out can leave a tree that jsoup's pretty printer
        // lays out differently once printed and read again (spaces before a br); the preview links an edited page
        // from its printed HTML.
        boolean unusual = sawBreakOrRawHtml || body != parsed.body();
        // One walk over the elements finds the tables, headings and ids that three selects used to find.
        List<Element> tables = new ArrayList<>();
        List<Element> headingElements = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        for (Element e : body.getAllElements()) {
            switch (e.normalName()) {
                case "table" -> tables.add(e);
                case "h2", "h3", "h4", "h5", "h6" -> headingElements.add(e);
                default -> {
                }
            }
            if (e.hasAttr("id")) {
                anchors.add(e.id());
            }
        }
        tables.forEach(t -> t.select("thead th").attr("scope", "col"));
        List<org.localoffer.render.Heading> headings = new ArrayList<>();
        for (Element h : headingElements) {
            headings.add(new org.localoffer.render.Heading(Integer.parseInt(h.tagName().substring(1)), h.id(), h.text()));
        }
        List<LinkReference> linkList = List.copyOf(links);
        Element finished = body;
        if (finisher != null) {
            // Such a page is printed and read again before it is finished, as the preview does, so both give the
            // same HTML; other pages are finished as they are, without printing and parsing them twice.
            finished = unusual ? PrintedHtml.parseBody(PrettyHtml.of(body)) : body;
            finisher.finish(finished, linkList);
        }
        // body.html(), faster
        return new RenderedBody(PrettyHtml.of(finished), List.copyOf(headings), Set.copyOf(anchors), linkList);
    }

    /** flexmark's HTML for {@code markdown}, before the allow-list: for tests of what the allow-list does to it. */
    String flexmarkHtml(String markdown) {
        return renderer.render(parsers.parse(markdown));
    }

    private static void checkScheme(String href, String path, int line, Problems problems) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon > 0 && isScheme(h, colon)) {
            String scheme = h.substring(0, colon);
            if (!HtmlPolicy.LINK_PROTOCOLS.contains(scheme)) {
                problems.error(path, line, "the link '" + href + "' uses '" + scheme
                        + ":', which is not allowed. Link to a page with https://, mailto: or tel:, or to another .md file.");
            }
        }
    }

    /** The same as {@code h.substring(0, end).matches("[a-z][a-z0-9+.-]*")}, for end > 0. */
    static boolean isScheme(String h, int end) {
        char first = h.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = h.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
