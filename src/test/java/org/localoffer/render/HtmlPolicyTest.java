package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Skipping the Cleaner's copy when it would change nothing gives what the Cleaner gives. */
class HtmlPolicyTest {

    private static final String BASE = "https://localoffer.invalid/content/a.md";
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html, BASE);
    }

    /** The body as the Cleaner alone makes it, and as {@link HtmlPolicy#clean} makes it, serialised. */
    private static void assertSameAsCleaner(String html) {
        String cleaner = HtmlPolicy.CLEANER.clean(parse(html)).body().html();
        assertEquals(cleaner, HtmlPolicy.clean(parse(html)).html(), html);
    }

    private boolean keptAsItIs(String markdownText) {
        String html = markdown.flexmarkHtml(markdownText);
        assertSameAsCleaner(html);
        return HtmlPolicy.keepsAsItIs(parse(html).body());
    }

    @Test
    void plainMarkdownIsKeptAsItIs() {
        assertTrue(keptAsItIs("## Who it is for\n\nSome *text* with **bold**, `code` and [a page](other.md#who).\n\n"
                + "- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n"
                + "---\n\n```\ncode\n```\n\n![a picture](picture.png) <https://example.org> [mail](mailto:a@example.org) "
                + "[phone](tel:0100) line  \nbreak &amp; &copy;\n"));
    }

    @Test
    void linksWithDisallowedSchemesGoThroughTheCleaner() {
        keptAsItIs("[click](javascript:alert(1))\n"); // flexmark itself leaves javascript: links out
        assertFalse(keptAsItIs("<a href=\"javascript:alert(1)\">click</a>\n"));
        assertFalse(keptAsItIs("[click](vbscript:msgbox)\n"));
        assertFalse(keptAsItIs("[file](ftp://example.org/a)\n"));
        keptAsItIs("<javascript:alert(1)>\n"); // flexmark makes this text, not a link
        assertFalse(keptAsItIs("![picture](http://example.org/a.png)\n"));
        assertFalse(keptAsItIs("[data](data:text/html;base64,PHNjcmlwdD4=)\n"));
        assertFalse(keptAsItIs("<a href=\"JaVaScRiPt:alert(1)\">odd</a>\n"));
        assertFalse(keptAsItIs("<a href=\" javascript:alert(1)\">spaced</a>\n"));
    }

    @Test
    void alignedTableColumnsGoThroughTheCleaner() {
        assertFalse(keptAsItIs("| A | B |\n| :-- | :-: |\n| 1 | 2 |\n")); // flexmark writes align="...", which is removed
    }

    @Test
    void autolinksAreKeptWhenTheirSchemeIsAllowed() {
        assertTrue(keptAsItIs("<https://example.org/a?b=c&d=e> and <someone@example.org>\n"));
    }

    @Test
    void attributeSyntaxIsKeptOnlyWhenTheAllowListAllowsIt() {
        assertTrue(keptAsItIs("## Timeline {#timeline}\n"));
        assertFalse(keptAsItIs("Text {.warning}\n"));
        assertFalse(keptAsItIs("Text {style=\"color:red\"}\n"));
        assertFalse(keptAsItIs("[link](a.md){onclick=\"steal()\"}\n"));
        assertFalse(keptAsItIs("## Heading {title=x}\n"));
        assertTrue(keptAsItIs("Text {lang=cy}\n"));
    }

    @Test
    void rawHtmlThatTheAllowListChangesGoesThroughTheCleaner() {
        assertFalse(keptAsItIs("<script>alert(1)</script>\n"));
        assertFalse(keptAsItIs("<p onclick=\"steal()\">Hi</p>\n"));
        assertFalse(keptAsItIs("Hi <!-- a comment --> there\n"));
        assertFalse(keptAsItIs("<style>p { color: red }</style>\n"));
        assertFalse(keptAsItIs("<iframe src=\"https://example.org\"></iframe>\n"));
        assertFalse(keptAsItIs("<svg><circle r=\"1\"/></svg>\n"));
        assertTrue(keptAsItIs("<abbr title=\"Local authority\">LA</abbr> and <a href=\"https://example.org\">a link</a>\n"));
        assertTrue(keptAsItIs("<details><summary>More</summary>\n\nHidden text\n\n</details>\n"));
    }

    @Test
    void anythingTheCleanerWouldChangeIsNotKept() {
        for (String html : List.of("<p>a</p><!-- c -->", "<b onmouseover=x>b</b>", "<a href=\"javascript:x\">a</a>",
                "<img src=\"http://x/i.png\">", "<unknown>u</unknown>", "<table><tr><td>1</td></tr></table>",
                "<p><![CDATA[x]]></p>", "<textarea>t</textarea>", "<math><mi>x</mi></math>", "")) {
            assertSameAsCleaner(html);
        }
        assertTrue(HtmlPolicy.keepsAsItIs(parse("").body()));
        assertFalse(HtmlPolicy.keepsAsItIs(parse("<p>a</p><!-- c -->").body()));
        assertFalse(HtmlPolicy.keepsAsItIs(parse("<a href=\"javascript:x\">a</a>").body()));
    }

    @Test
    void deepNestingIsWalkedWithoutRecursion() {
        assertSameAsCleaner("<div>".repeat(5000) + "x" + "</div>".repeat(5000));
        assertSameAsCleaner("<div>".repeat(5000) + "<script>x</script>" + "</div>".repeat(5000));
    }

    @Test
    void randomMarkdownIsCleanedAsTheCleanerCleansIt() {
        Random r = new Random(11);
        String[] words = {"SEN", "the", "a", "&amp;", "&nbsp;", "&", "<", "\\*", "*", "_", "`", "-", "#", "[", "]",
                "(", ")", "!", "|", ">", "\\", "{", "}", "<b>", "</b>", "<i onclick=x>", "<!-- c -->", "<span lang=cy>"};
        List<Supplier<String>> inline = List.of(
                () -> "*" + words[r.nextInt(words.length)] + "*",
                () -> "`" + words[r.nextInt(words.length)] + (r.nextBoolean() ? " " : "") + "`",
                () -> "[" + words[r.nextInt(words.length)] + "](" + pick(r, "a.md", "https://x.org/a b", "mailto:a@b.c",
                        "javascript:x", "#h", "/x", "ftp://a", "tel:01", "../b.md#c", "HTTPS://X.ORG") + ")",
                () -> "<" + pick(r, "https://auto.link/x", "ftp://auto.link", "javascript:alert(1)", "a@b.org") + ">",
                () -> "![" + words[r.nextInt(words.length)] + "](" + pick(r, "i.png", "http://x/i.png", "https://x/i.png") + ")",
                () -> pick(r, "  \n", "\\\n", "\n", " ", "{.cls}", "{#id}", "{title=x}", "{lang=en}", "{onclick=x}"));
        for (int i = 0; i < 1500; i++) {
            StringBuilder md = new StringBuilder();
            int blocks = 1 + r.nextInt(5);
            for (int b = 0; b < blocks; b++) {
                md.append(pick(r, "", "## ", "- ", "1. ", "> ", "| a | b |\n| --- | --- |\n| ", "    ", "<div>\n\n"));
                int n = 1 + r.nextInt(8);
                for (int k = 0; k < n; k++) {
                    md.append(r.nextInt(3) == 0 ? inline.get(r.nextInt(inline.size())).get() : words[r.nextInt(words.length)]);
                    md.append(pick(r, " ", "", "  "));
                }
                md.append("\n\n");
            }
            keptAsItIs(md.toString());
        }
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
