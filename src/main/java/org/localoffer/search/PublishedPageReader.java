package org.localoffer.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;
import org.localoffer.content.Page;
import org.localoffer.render.BodyText;
import org.localoffer.render.RenderedPage;

/**
 * Reads the published HTML of each content page (services, guides, news and other pages) from the baked
 * folder: the words a parent sees in {@code main}, without navigation, the contents list and related links.
 * Facts for the filters come from the page's front matter.
 */
public final class PublishedPageReader {

    /** Parts of main that repeat other pages rather than saying what this one is about (tags as in {@link Parts#classless}). */
    static final String NOT_CONTENT = "nav, aside, script, .contents, .related-services, .page-reviewed, .banner";

    // The selectors, parsed once rather than once a page: exactly what select(String) parses them to.
    private static final Evaluator MAIN = Selector.evaluatorOf("main");
    private static final Evaluator NOT_CONTENT_PARTS = Selector.evaluatorOf(NOT_CONTENT);
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator LEAD_AND_CAPTION = Selector.evaluatorOf(".lead, .caption");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h2, h3, h4, h5, h6");

    public List<SearchDocument> read(Path site, List<RenderedPage> pages) throws IOException {
        List<RenderedPage> sorted = pages.stream().filter(p -> !p.page().draft())
                .sorted(Comparator.comparing(p -> p.page().url())).toList();
        try {
            // Pages are read and parsed in parallel; the list keeps their order.
            return sorted.parallelStream().map(rendered -> {
                Page page = rendered.page();
                Path file = site.resolve(page.stagedPath().replaceFirst("index\\.md$", "index.html"));
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                try {
                    return read(page, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(java.util.Objects::nonNull).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The page's search document from its baked HTML: read from main's markup without a tree when main can be cut
     * out and its markup is well formed (nearly always), else from jsoup's tree.
     */
    static SearchDocument read(Page page, byte[] html) {
        MainText.Fields fields = MainText.read(html);
        if (fields != null) {
            return document(page, fields.title(), fields.headings(), fields.body());
        }
        // Only main is read, so only main is parsed when it can be cut out safely.
        return read(page, Jsoup.parse(MainMarkup.of(html)));
    }

    /** The page's search document from its parsed HTML; {@code html} is changed (parts are removed from it). */
    static SearchDocument read(Page page, Document html) {
        Element main = html.selectFirst(MAIN);
        if (main == null) {
            main = html.body();
        }
        Parts parts = Parts.of(main);
        // Removed in the order they always were: parts that are not content, the h1, then leads and captions.
        parts.notContent.forEach(Element::remove);
        Element h1 = parts.h1;
        String title = h1 != null ? BodyText.of(h1) : null;
        if (h1 != null) {
            h1.remove();
        }
        parts.leads.forEach(Element::remove);
        List<Element> inMain = new ArrayList<>();
        for (Element h : parts.headings) {
            if (within(h, main)) {
                inMain.add(h);
            }
        }
        List<String> headings = new ArrayList<>();
        for (Element h : inMain) {
            if (!h.hasClass("visually-hidden")) {
                headings.add(BodyText.of(h));
            }
            h.remove();
        }
        return document(page, title, headings, BodyText.of(main));
    }

    /** The search document of a page from the texts read from its main; {@code title} is null when main has no h1. */
    private static SearchDocument document(Page page, String title, List<String> headings, String body) {
        String summary = page.summary() == null ? "" : page.summary();
        int[] ages = page.ages() == null ? null : new int[] {page.ages().from(), page.ages().to()};
        return new SearchDocument(page.url(), page.type().id(), clean(title != null ? title : page.title()),
                clean(summary), clean(String.join(". ", headings)), clean(body), page.categories(), page.needs(), ages,
                page.areas());
    }

    /**
     * The parts of main that {@link #read} takes out, found in one walk instead of a select for each: parts that
     * are not content (not entered), the first h1 outside them, leads and captions, and headings h2 to h6. What
     * the selects would have found inside something removed before them is left out when it is used.
     */
    private static final class Parts implements NodeFilter {
        private final Element main;
        final List<Element> notContent = new ArrayList<>();
        final List<Element> leads = new ArrayList<>();
        final List<Element> headings = new ArrayList<>();
        Element h1;

        private Parts(Element main) {
            this.main = main;
        }

        static Parts of(Element main) {
            Parts parts = new Parts(main);
            NodeTraversor.filter(parts, main);
            return parts;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == main) {
                return FilterResult.CONTINUE;
            }
            if (e.attributesSize() == 0 || e.attributes().getIgnoreCase("class").isEmpty()) {
                return classless(e);
            }
            if (NOT_CONTENT_PARTS.matches(main, e)) {
                notContent.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (h1 == null && H1.matches(main, e)) {
                h1 = e;
            }
            if (LEAD_AND_CAPTION.matches(main, e)) {
                leads.add(e);
            }
            if (HEADINGS.matches(main, e)) {
                headings.add(e);
            }
            return FilterResult.CONTINUE;
        }

        /**
         * {@link #head} for an element without classes, which only the tag names of the selectors can match:
         * most of a page, and matching the selectors' class names on each was most of the walk.
         */
        private FilterResult classless(Element e) {
            switch (e.normalName()) {
                case "nav", "aside", "script" -> {
                    notContent.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "h1" -> {
                    if (h1 == null) {
                        h1 = e;
                    }
                }
                case "h2", "h3", "h4", "h5", "h6" -> headings.add(e);
                default -> {
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** True when {@code e} is still in {@code main}: a select of main would find it. */
    private static boolean within(Element e, Element main) {
        for (Element at = e.parent(); at != null; at = at.parent()) {
            if (at == main) {
                return true;
            }
        }
        return false;
    }

    /** Curly apostrophes made straight, so "can’t" and "can't" are one word for Lucene and the browser. */
    static String clean(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').trim();
    }
}
