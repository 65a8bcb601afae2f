package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;
import org.localoffer.problem.Problems;

/** PrettyHtml prints what jsoup's Element.html() prints, and leaves to jsoup what it is not sure of. */
class PrettyHtmlTest {

    private static final GlossaryMarker GLOSSARY = new GlossaryMarker(new Glossary(List.of(
            new GlossaryEntry("Special educational needs", "SEN", List.of(), "d", 1),
            new GlossaryEntry("Special educational needs and disabilities", "SEND", List.of(), "d", 2),
            new GlossaryEntry("Education, health and care", "EHC", List.of(), "d & \"q\" <x> \u00A0é’", 3))));

    /** Compares the body and every element in it; returns whether PrettyHtml printed the body itself. */
    private static boolean assertSamePrint(Element body, String what) {
        assertEquals(body.html(), PrettyHtml.of(body), what);
        for (Element e : body.getAllElements()) {
            assertEquals(e.html(), PrettyHtml.of(e), what);
        }
        return PrettyHtml.printed(body) != null;
    }

    private static boolean assertSamePrint(String html) {
        return assertSamePrint(Jsoup.parseBodyFragment(html).body(), html);
    }

    @Test
    void printsWhatJsoupPrints() {
        assertTrue(assertSamePrint("<p> a \t\n b\u00A0\u00A0c &amp; &lt;d&gt; \"q\" 'a' é – ’ \uD83D\uDE00</p><p>x<br>y</p>"));
        assertTrue(assertSamePrint("<ul>\n <li>one <em>two</em> <strong>three <code>x &lt; y</code></strong></li>\n<li> two </li></ul>"));
        assertTrue(assertSamePrint("<table><thead><tr><th scope=\"col\">a</th></tr></thead><tbody><tr><td align=\"left\">b</td></tr></tbody></table>"));
        assertTrue(assertSamePrint("<h2 id=\"a-b\">H &amp; I</h2>after<hr>end<pre><code> x  y \n  z </code></pre> tail <blockquote><p>q</p></blockquote>"));
        assertTrue(assertSamePrint("<a href=\"a.md?x=1&amp;y=&quot;2&quot;\" title=\"t &lt; &gt; ' \u00A0\">l</a><abbr title=\"x\">SEN</abbr> text"));
        assertTrue(assertSamePrint("text <details><summary>s</summary><p>p</p></details><span lang=\"cy\">w</span><mark>m</mark>"));
        assertTrue(assertSamePrint("<td nowrap>x</td><input checked disabled=\"disabled\" value=\"\">"));
        assertTrue(assertSamePrint("<x-y>unknown <p>block</p></x-y><x-z>inline</x-z>"));
        assertTrue(assertSamePrint(""));
        assertTrue(assertSamePrint("   "));
    }

    @Test
    void leavesToJsoupWhatItIsNotSureOf() {
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<p>a<!-- c --></p>").body()));
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<p>a\u0001b</p>").body()));
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<p>a\uD800b</p>").body()));
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<p>\uD836\uDC00</p>").body())); // U+1D800: jsoup escapes it
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<svg><path d=\"x\"></path></svg>").body()));
        assertNull(PrettyHtml.printed(Jsoup.parseBodyFragment("<form>f</form>").body()));
        Element pre = Jsoup.parseBodyFragment("<pre><b> x </b></pre>").body().child(0);
        assertNull(PrettyHtml.printed(pre));
        assertEquals(pre.html(), PrettyHtml.of(pre));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            deep.append("<span>");
        }
        assertSamePrint(deep.append("x").toString());
        Element changed = Jsoup.parseBodyFragment("<p>x</p>").body();
        changed.ownerDocument().outputSettings().indentAmount(2);
        assertNull(PrettyHtml.printed(changed));
    }

    @Test
    void randomHtmlPrintsTheSame() {
        Random r = new Random(29);
        String[] parts = {"<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>", "<pre>", "</pre>", "<li>", "<ul>", "</ul>",
                "<ol start=\"3\">", "</ol>", "<span>", "</span>", "<h2 id=\"x\">", "</h2>", "<td>", "<th>", "<tr>", "<table>",
                "</table>", "<thead>", "<tbody>", "<code>", "</code>", "<em>", "</em>", "<strong>", "</strong>", "<blockquote>",
                "</blockquote>", "<abbr title=\"a &amp; b\">", "</abbr>", "<x-y>", "</x-y>", "<details>", "<summary>", "</details>",
                " ", "  ", "\n", "\n ", "\t", "\u00A0", "\u200B", "\u00AD", "\f", "\r", "word", "x", "é", "–", "’", "\uD83D\uDE00",
                "&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "\"", "'", "<hr>", "<a href=\"a.md#b\">", "<a href=\"x?a=1&amp;b=\u00A0\">",
                "</a>", "<img src=\"i.png\" alt=\"a > b\">", "<span lang=cy>", "<td nowrap>", "<!-- c -->", "<textarea>", "</textarea>"};
        int printed = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder html = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                html.append(parts[r.nextInt(parts.length)]);
            }
            printed += assertSamePrint(html.toString()) ? 1 : 0;
        }
        assertTrue(printed > 5_000, "printed " + printed);
    }

    @Test
    void renderedMarkdownWithLinksAndGlossaryMarksPrintsTheSame() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        Random r = new Random(31);
        int printed = 0;
        for (int i = 0; i < 3_000; i++) {
            String md = r.nextBoolean() ? MarkdownFuzz.document(r) : MarkdownFuzz.commonDocument(r);
            String html = renderer.render("x.md", md, 1, new Problems()).html();
            // As the links stage does: parse the rendered body, change links, mark glossary terms, print.
            Element body = Jsoup.parseBodyFragment(html).body();
            body.select("a[href]").forEach(a -> a.attr("href", "/services/" + a.attr("href") + "/?q=1&r=\"2\""));
            GLOSSARY.mark(body);
            printed += assertSamePrint(body, md) ? 1 : 0;
        }
        assertTrue(printed > 2_000, "printed " + printed);
    }

    @Test
    void bodiesOfGeneratedSitesPrintTheSame() {
        Element body = Jsoup.parseBodyFragment("<p>See <a href=\"x.md\">x</a> and SEND.</p>\n<ul>\n <li>SEN</li>\n</ul>").body();
        GLOSSARY.mark(body);
        assertNotNull(PrettyHtml.printed(body));
        assertEquals(body.html(), PrettyHtml.of(body));
    }
}
