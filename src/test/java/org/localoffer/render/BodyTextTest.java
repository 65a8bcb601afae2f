package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problems;

/** BodyText gives what jsoup's Element.text() gives. */
class BodyTextTest {

    private static void assertSameText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(body.text(), BodyText.of(body), html);
        for (Element e : body.getAllElements()) {
            assertEquals(e.text(), BodyText.of(e), html);
        }
    }

    @Test
    void whitespaceAndInvisibleCharactersAreTreatedAsJsoupTreatsThem() {
        assertSameText("<p> a \t\n b\u00A0\u00A0c\u200Bd\u00ADe\f\r</p><p>x<br>y</p>  tail <b> bold </b><pre>  keep\n  this </pre>");
        assertSameText("<ul><li>one</li><li> two </li></ul>text<div><span>s</span>\uD83D\uDE00 \uD800 z</div><![CDATA[ c  d ]]>");
        assertSameText("<table><tr><td>a</td><td> b </td></tr></table><h2>H</h2>after<hr>end<pre><code> x  y </code></pre>");
        assertSameText("");
    }

    @Test
    void randomHtmlGivesTheSameText() {
        Random r = new Random(13);
        String[] parts = {"<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>", "<pre>", "</pre>", "<li>", "<ul>", "</ul>",
                "<span>", "</span>", "<h2>", "</h2>", "<td>", "<table>", "<code>", "</code>", "<textarea>", "</textarea>",
                " ", "  ", "\n", "\t", "\u00A0", "\u200B", "\u00AD", "\f", "\r", "word", "x", "é", "\uD83D\uDE00", "\uD800",
                "&nbsp;", "&amp;", "<!-- c -->", "<![CDATA[ d ]]>", "<script> s </script>", "<hr>", "<a href=x>", "</a>"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            int n = r.nextInt(25);
            for (int k = 0; k < n; k++) {
                html.append(parts[r.nextInt(parts.length)]);
            }
            assertSameText(html.toString());
        }
    }

    @Test
    void renderedMarkdownGivesTheSameText() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        Random r = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            String md = r.nextBoolean() ? MarkdownFuzz.document(r) : MarkdownFuzz.commonDocument(r);
            String html = renderer.render("x.md", md, 1, new Problems()).html();
            assertSameText(html);
        }
    }
}
