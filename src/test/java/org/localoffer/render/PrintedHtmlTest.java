package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;
import org.localoffer.problem.Problems;

/** PrintedHtml builds the tree jsoup's parser builds, and leaves to jsoup what it is not sure of. */
class PrintedHtmlTest {

    private static final GlossaryMarker GLOSSARY = new GlossaryMarker(new Glossary(List.of(
            new GlossaryEntry("Special educational needs", "SEN", List.of(), "d", 1),
            new GlossaryEntry("Education, health and care", "EHC", List.of(), "d", 2))));

    /** Compares the trees and texts; returns whether PrintedHtml built the tree itself. */
    private static boolean assertSameTree(String html) {
        Element parsed = Jsoup.parseBodyFragment(html).body();
        String expected = tree(parsed);
        Element read = PrintedHtml.read(html);
        if (read != null) {
            assertEquals(expected, tree(read), html);
            assertEquals(parsed.html(), read.html(), html);
            String text = BodyText.of(parsed);
            assertEquals(text, BodyText.of(read), html);
            // The links stage's changes leave the text as it was.
            read.select("a[href]").forEach(a -> a.attr("href", "/x/"));
            GLOSSARY.mark(read);
            assertEquals(text, BodyText.of(read), html);
        }
        Element parsedAgain = PrintedHtml.parseBody(html);
        assertEquals(expected, tree(parsedAgain), html);
        assertEquals(parsed.html(), parsedAgain.html(), html);
        return read != null;
    }

    /** Everything of a tree that later stages read: node kinds, tags, attributes (declared or not) and texts. */
    static String tree(Node node) {
        StringBuilder sb = new StringBuilder();
        tree(node, sb);
        return sb.toString();
    }

    private static void tree(Node node, StringBuilder sb) {
        if (node instanceof Element e) {
            sb.append('<').append(e.getClass().getSimpleName()).append(' ').append(e.tagName()).append(' ')
                    .append(e.tag().namespace()).append(e.tag().isBlock()).append(e.tag().isInline()).append(e.tag().isKnownTag())
                    .append(e.tag().isEmpty()).append(e.tag().preserveWhitespace()).append(e.attributesSize());
            for (Attribute a : e.attributes()) {
                sb.append(' ').append(a.getKey()).append(a.hasDeclaredValue() ? "=[" + a.getValue() + "]" : "");
            }
            sb.append('>');
            for (Node child : e.childNodes()) {
                tree(child, sb);
            }
            sb.append("</>");
        } else if (node instanceof TextNode t) {
            sb.append(t.getClass().getSimpleName()).append('[').append(t.getWholeText().length()).append(':')
                    .append(t.getWholeText()).append(']');
        } else {
            sb.append(node.getClass().getSimpleName()).append('[').append(node.outerHtml()).append(']');
        }
    }

    @Test
    void readsWhatJsoupPrintedAsJsoupParsesIt() {
        assertTrue(assertSameTree("<p>a &amp; b &lt;c&gt; \"q\" 'a'\u00A0é – ’ \uD83D\uDE00 &nbsp; &quot;</p>\n<p>x<br>y</p>"));
        assertTrue(assertSameTree("<ul>\n <li>one <em>two</em> <strong>three <code>x &lt; y</code></strong></li>\n <li><ul><li>n</li></ul></li>\n</ul>"));
        assertTrue(assertSameTree("<table>\n <thead>\n  <tr>\n   <th scope=\"col\">a</th>\n  </tr>\n </thead>\n <tbody>\n  <tr>\n   <td>b <b>c</b></td>\n  </tr>\n </tbody>\n</table>"));
        assertTrue(assertSameTree("<h2 id=\"a-b\">H &amp; I</h2>\n after<hr>end<pre><code> x  y \n  z </code></pre> tail <blockquote><p>q</p></blockquote>"));
        assertTrue(assertSameTree("<a href=\"a.md?x=1&amp;y=&quot;2&quot;\" title=\"t &lt; &gt; ' &nbsp;\">l</a><abbr title=\"x\">SEN</abbr> text"));
        assertTrue(assertSameTree("text <details><summary>s</summary><p>p</p></details><span lang=\"cy\">w</span><mark>m</mark><img src=\"i.png\" alt=\"\">"));
        assertTrue(assertSameTree(""));
        assertTrue(assertSameTree("<em><em><em><em>x</em></em></em></em> <a href=\"x\"><div>block in link</div></a>"));
        assertTrue(assertSameTree("<ul><p>x</p><li>y</li></ul><p><b>x</b></p><b><table><tbody><tr><td>c</td></tr></tbody></table></b>"));
    }

    @Test
    void leavesToJsoupWhatHtmlParsingWouldChange() {
        for (String html : new String[] {"<p>a<div>b</div></p>", "<p><ul><li>x</li></ul></p>", "<h2>a<h3>b</h3></h2>",
                "<a href=\"x\">a<a href=\"y\">b</a></a>", "<table><tr><td>x</td></tr></table>", "<table>text</table>",
                "<table><p>x</p></table>", "<li>x</li>", "<pre>\nx</pre>", "<p>x</b></p>", "<p>x",
                "<td>x</td>", "<p>a<!-- c --></p>", "<p>a\rb</p>", "<p>a\u0000b</p>", "<p>&copy;</p>", "<p>&amp</p>", "<P>x</P>",
                "<p class=x>y</p>", "<td nowrap>x</td>", "<p id=\"a\" id=\"b\">x</p>", "<x-y>z</x-y>", "<svg></svg>", "<p>a</p",
                "<br/>", "<p title='x'>y</p>", "<form>f</form>", "<p><table></table></p>", "<p><hr></p>"}) {
            assertNull(PrintedHtml.read(html), html);
            assertSameTree(html);
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            deep.append("<span>");
        }
        assertNull(PrintedHtml.read(deep.toString()));
    }

    @Test
    void randomHtmlAsJsoupPrintsItIsReadTheSame() {
        Random r = new Random(37);
        String[] parts = {"<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>", "<pre>", "</pre>", "<li>", "<ul>", "</ul>",
                "<ol start=\"3\">", "</ol>", "<span>", "</span>", "<h2 id=\"x\">", "</h2>", "<h3>", "<td>", "<th>", "<tr>", "<table>",
                "</table>", "<thead>", "<tbody>", "<code>", "</code>", "<em>", "</em>", "<strong>", "</strong>", "<blockquote>",
                "</blockquote>", "<abbr title=\"a &amp; b\">", "</abbr>", "<x-y>", "</x-y>", "<details>", "<summary>", "</details>",
                " ", "  ", "\n", "\n ", "\t", "\u00A0", "\u200B", "\r", "word", "x", "é", "–", "’", "\uD83D\uDE00",
                "&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "\"", "'", "<hr>", "<a href=\"a.md#b\">", "<a href=\"x?a=1&amp;b=\u00A0\">",
                "</a>", "<img src=\"i.png\" alt=\"a > b\">", "<span lang=cy>", "<!-- c -->", "<textarea>", "</textarea>", "<figure>",
                "<figcaption>", "</figure>", "<mark>", "<i>", "<sub>", "<sup>", "SEN", " SEN ", "EHC-x", "\u200B", "\u00AD", "\f",
                "<h4>", "</h4>", "<img src=\"a\">", "<br>"};
        int read = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder html = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                html.append(parts[r.nextInt(parts.length)]);
            }
            assertSameTree(html.toString());
            read += assertSameTree(Jsoup.parseBodyFragment(html.toString()).body().html()) ? 1 : 0;
        }
        assertTrue(read > 4_000, "read " + read);
    }

    @Test
    void renderedMarkdownIsReadTheSame() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        Random r = new Random(41);
        int read = 0;
        for (int i = 0; i < 3_000; i++) {
            String md = r.nextBoolean() ? MarkdownFuzz.document(r) : MarkdownFuzz.commonDocument(r);
            read += assertSameTree(renderer.render("x.md", md, 1, new Problems()).html()) ? 1 : 0;
        }
        assertTrue(read > 2_000, "read " + read);
    }
}
