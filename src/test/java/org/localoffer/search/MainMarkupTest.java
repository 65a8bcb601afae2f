package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainMarkupTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>A &amp; B</title><script src=\"/a.js\"></script><style>p > a { color: red }</style></head>\n"
            + "<body><a href=\"#main\" class=\"skip\">Skip</a><header><form action=\"/search/\"><input name=\"q\">"
            + "<button>Search</button></form><nav><ul><li><a href=\"/\">Home</a></li><li>Guides</li></ul></nav></header>"
            + "<div class=\"width\"><p class='banner'>Banner <strong>text</strong><br><img src=x alt=\"a > b\"></p>\n";
    private static final String TAIL = "\n</div><footer><p>Contact <a href=\"/c\">us</a></p></footer></body></html>";

    private static String cut(String page) {
        return MainMarkup.of(page.getBytes(StandardCharsets.UTF_8));
    }

    /** Main as jsoup makes it from the whole page and from what was cut: the same, whether or not it was cut. */
    private static void assertSameMain(String page) {
        Element whole = Jsoup.parse(page).selectFirst("main");
        Element cut = Jsoup.parse(cut(page)).selectFirst("main");
        assertEquals(whole == null ? null : whole.outerHtml(), cut == null ? null : cut.outerHtml(), page);
        if (whole != null) {
            assertEquals(whole.text(), cut.text());
        }
    }

    @Test
    void cutsOutTheMainElementOfAWellFormedPage() {
        String main = "<main id=\"main\" class=\"main\"><h1>Speech &amp; language — café</h1><p>Ages 5–11, "
                + "<a href=\"/x\">more</a>.</p><aside class=\"related-services\"><h2>Related</h2></aside>"
                + "<script type=\"application/ld+json\">{\"a\":\"b > c\"}</script><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>"
                + "<table><tr><td>1</td></tr></table></main>";
        String page = HEAD + main + TAIL;
        assertEquals("<!doctype html>" + main, cut(page));
        assertSameMain(page);
        assertEquals("<!doctype html>" + main, cut(HEAD.toUpperCase() + main + TAIL));
        // Without a doctype both are parsed in quirks mode, where a table does not end a paragraph.
        String quirks = HEAD.substring(HEAD.indexOf('\n') + 1) + "<main><p>Before<table><tr><td>x</td></tr></table></p></main>" + TAIL;
        assertEquals("<main><p>Before<table><tr><td>x</td></tr></table></p></main>", cut(quirks));
        assertSameMain(quirks);
        assertEquals("<!doctype html><main >spaced</main >", cut(HEAD + "<main >spaced</main >" + TAIL));
    }

    @Test
    void parsesTheWholePageWhenMainCannotBeCutSafely() {
        String main = "<main><h1>Title</h1><p>Words</p></main>";
        List<String> pages = List.of(
                HEAD + TAIL,
                HEAD + "<p>open paragraph" + main + TAIL,
                HEAD + "<ul><li>open item" + main + "</ul>" + TAIL,
                HEAD + "<h2>" + main + "</h2>" + TAIL,
                HEAD + "<div>" + main.replace("</main>", "</div></main>") + TAIL,
                HEAD + "<section><div></section></div>" + main + TAIL,
                HEAD + main.replace("<p>", "<section><p><div>").replace("</p>", "</section></div>") + TAIL,
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">" + HEAD.substring(HEAD.indexOf('\n')) + main + TAIL,
                " " + HEAD + main + TAIL,
                HEAD + "<noscript><p>x</p></noscript>" + main + TAIL,
                HEAD + "<script><!-- x --></script>" + main + TAIL,
                HEAD + "<div title='<main>'></div>" + main + TAIL,
                HEAD + "<my-very-long-element>x</my-very-long-element>" + main + TAIL,
                HEAD + "<main>no end" + TAIL,
                HEAD + "</main>" + main + TAIL,
                HEAD + main + "<main>again</main>" + TAIL,
                HEAD + main + "<!-- <MAIN> -->" + TAIL,
                HEAD + "<div title=\"<main>\">x</div>" + main + TAIL,
                HEAD + "<!-- note -->" + main + TAIL,
                HEAD + "<!--<main>-->" + "<p>x</p><!--</main>-->" + TAIL,
                HEAD + "<table><tr><td>" + main + "</td></tr></table>" + TAIL,
                HEAD + "<table>" + main + "</table>" + TAIL,
                HEAD + "<script>var s = '" + main + "';</script>" + TAIL,
                HEAD + "<textarea>" + main + "</textarea>" + TAIL,
                HEAD + "<b>" + main + "</b>" + TAIL,
                HEAD + "<a href=\"/\">" + main + TAIL,
                HEAD + "<main><table><tr><td>open table</main><p>footer in the table</p>" + TAIL,
                HEAD + "<main><select><option>x</main>" + TAIL,
                HEAD + "<main><svg/><p>x</p></main>" + TAIL,
                HEAD + "<main><button>one<button>two</main>" + TAIL,
                HEAD + "<form><main><form>inner</form></main></form>" + TAIL,
                HEAD + "<main/><p>x</p></main>" + TAIL,
                HEAD + "<mainly>x</mainly>" + TAIL,
                HEAD + "<main><![CDATA[x]]></main>" + TAIL,
                HEAD + "<main><?php x ?></main>" + TAIL);
        for (String page : pages) {
            assertSameMain(page);
        }
        for (String page : pages) {
            assertEquals(page, cut(page), page);
        }
    }

    @Test
    void aPageWithoutMarkupIsKeptWhole() {
        assertEquals("", cut(""));
        assertEquals("<", cut("<"));
        assertEquals("text <main", cut("text <main"));
        assertTrue(cut("<main>x</main>").startsWith("<main>"));
    }
}
