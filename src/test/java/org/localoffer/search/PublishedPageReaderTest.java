package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageType;

class PublishedPageReaderTest {

    private static final Page PAGE = new Page("services/x.md", "/services/x/", PageType.SERVICE, "Front matter title",
            "A summary", List.of(), List.of(), null, List.of(), null, List.of(), null, null, null, null, null, 18,
            List.of(), List.of(), List.of(), null, null, null, List.of(), false, "", 1, Map.of(), List.of());

    /** The document as read before the parts were found in one walk: a select for each, in this order. */
    private static List<String> readWithSelects(Document html) {
        Element main = html.selectFirst("main");
        if (main == null) {
            main = html.body();
        }
        main.select(PublishedPageReader.NOT_CONTENT).remove();
        Element h1 = main.selectFirst("h1");
        String title = h1 != null ? h1.text() : PAGE.title();
        if (h1 != null) {
            h1.remove();
        }
        main.select(".lead, .caption").remove();
        List<String> headings = new ArrayList<>();
        for (Element h : main.select("h2, h3, h4, h5, h6")) {
            if (!h.hasClass("visually-hidden")) {
                headings.add(h.text());
            }
            h.remove();
        }
        return List.of(PublishedPageReader.clean(title), PublishedPageReader.clean(String.join(". ", headings)),
                PublishedPageReader.clean(main.text()));
    }

    private static List<String> read(Document html) {
        SearchDocument d = PublishedPageReader.read(PAGE, html);
        return List.of(d.title(), d.headings(), d.body());
    }

    private static void assertSameAsSelects(String html) {
        assertEquals(readWithSelects(Jsoup.parse(html)), read(Jsoup.parse(html)), html);
    }

    @Test
    void readsAPageAsTheSelectsDid() {
        assertSameAsSelects("<header><h1>Site</h1></header><main class=\"main\"><nav><h1>Not this</h1></nav>"
                + "<h1>Speech and language <span class=\"lead\">therapy</span></h1><p class=\"lead\">Lead</p>"
                + "<h2>Who it’s for</h2><p>Children <b>aged</b> 5</p><h2 class=\"visually-hidden\">Hidden</h2>"
                + "<aside class=\"related-services\"><h2>Related</h2></aside><div class=\"contents\"><h3>x</h3></div>"
                + "<h2>Outer <h3>inner</h3></h2><figure><p class=\"caption\">Caption <h4>in caption</h4></p></figure>"
                + "<script>var x = 1;</script><p>End</p></main><footer>Footer</footer>");
        assertSameAsSelects("<body class=\"banner\"><h2>No main</h2><p>Text</p></body>");
        assertSameAsSelects("<main class=\"contents lead\"><h1 class=\"lead\">Both</h1><h2 class=\"caption\">c</h2></main>");
        assertSameAsSelects("<main><p class=\"lead\"><h1>Title in lead</h1> rest</p><h1>Second</h1></main>");
        // White space as the body text keeps or folds it: pre, line breaks, no-break spaces, tabs and new lines.
        assertSameAsSelects("<main><h1>  Short\n breaks </h1><pre>  kept\n   as is </pre><p>one<br>two\u00a0 three"
                + "\t\tfour\n\nfive</p><ul><li>a</li><li> b </li></ul><table><tr><td>x</td><td>y</td></tr></table></main>");
    }

    /** Random nests of the parts read treats specially, and other elements, read the same both ways. */
    @Test
    void readsRandomPagesAsTheSelectsDid() {
        String[] open = {"<h1>", "<h2>", "<h3 class=\"visually-hidden\">", "<h4>", "<p class=\"lead\">",
            "<div class=\"caption\">", "<nav>", "<aside>", "<div class=\"contents\">", "<div class=\"banner x\">",
            "<section class=\"related-services\">", "<div>", "<p>", "<span>", "<ul><li>", "<h6 class=\"lead\">",
            "<h1 class=\"caption\">", "<em>"};
        Random random = new Random(11);
        for (int t = 0; t < 500; t++) {
            StringBuilder html = new StringBuilder(random.nextBoolean() ? "<main>" : "<div>");
            for (int i = 0; i < 30; i++) {
                int r = random.nextInt(open.length + 3);
                if (r < open.length) {
                    html.append(open[r]);
                } else if (r == open.length) {
                    html.append("</").append(List.of("h1", "h2", "div", "p", "span", "li", "nav", "aside").get(random.nextInt(8))).append('>');
                }
                html.append("word").append(i).append(random.nextBoolean() ? " " : "");
            }
            assertSameAsSelects(html.toString());
        }
    }
}
