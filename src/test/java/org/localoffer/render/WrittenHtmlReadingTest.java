package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The renderer reads the common writer's HTML straight into a tree (PrintedHtml) instead of parsing it with jsoup:
 * the tree is the one jsoup builds, in a document with the same base address, and the allow-list treats both alike.
 */
class WrittenHtmlReadingTest {

    private static final String BASE = "https://localoffer.invalid/services/x.md";

    private final MarkdownParsers parsers = new MarkdownParsers(MarkdownRenderer.options());
    private final CommonHtmlWriter writer = new CommonHtmlWriter(MarkdownRenderer.options());

    /** Null when the writer left the document to flexmark; else whether the HTML was read without jsoup. */
    private Boolean sameTree(String markdown) {
        String html = writer.write(parsers.parse(markdown));
        if (html == null) {
            return null;
        }
        Document parsed = Jsoup.parseBodyFragment(html, BASE);
        Element read = PrintedHtml.read(html, BASE);
        if (read == null) {
            return false;
        }
        Document readDocument = read.ownerDocument();
        assertNotNull(readDocument, markdown);
        assertEquals(parsed.location(), readDocument.location(), markdown);
        assertEquals(PrintedHtmlTest.tree(parsed.body()), PrintedHtmlTest.tree(read), markdown);
        Element parsedClean = HtmlPolicy.clean(parsed);
        Element readClean = HtmlPolicy.clean(readDocument);
        assertEquals(parsedClean == parsed.body(), readClean == read, markdown);
        assertEquals(PrintedHtmlTest.tree(parsedClean), PrintedHtmlTest.tree(readClean), markdown);
        assertEquals(PrettyHtml.of(parsedClean), PrettyHtml.of(readClean), markdown);
        return true;
    }

    @Test
    void commonMarkdownIsReadAsJsoupParsesIt() {
        assertEquals(true, sameTree("Some *text*, **bold** and `code <x> & \"y\"`.\n\n## A heading\n\n- one\n- two\n\n3. a\n4. b\n"));
        assertEquals(true, sameTree("## Dup\n## Dup\n\n> quote\n> more\n\n---\n\n- loose\n\n- list\n\n  two paragraphs\n"));
        assertEquals(true, sameTree("| a | b |\n| :-- | --: |\n| 1 | 2 |\n\nA [link](../x.md#y \"title\") and [mail](mailto:a@b.org).\n"));
        assertEquals(true, sameTree("line  \nhard\\\nbreak\r\nsoft\n   indented &copy; &amp; continuation\n"));
        assertEquals(true, sameTree("[a](//x.org) [b](?q=1) [c](#h) [d](/x/) [e](tel:01) [f](https://x.org:99999999/a)"));
        assertEquals(true, sameTree(""));
    }

    @Test
    void randomMarkdownIsReadAsJsoupParsesIt() {
        Random r = new Random(43);
        int read = 0;
        int written = 0;
        for (int i = 0; i < 10_000; i++) {
            for (String markdown : List.of(MarkdownFuzz.document(r), MarkdownFuzz.commonDocument(r))) {
                Boolean direct = sameTree(markdown);
                written += direct != null ? 1 : 0;
                read += Boolean.TRUE.equals(direct) ? 1 : 0;
            }
        }
        // The rest have a level 1 heading (an error on a page), which PrintedHtml leaves to jsoup.
        assertTrue(written > 5_000 && read > written * 6 / 10, "read " + read + " of " + written);
    }

    @Test
    void demonstrationContentIsReadAsJsoupParsesIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            int read = 0;
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p);
                int end = text.indexOf("\n---\n", 3); // after the front matter
                read += Boolean.TRUE.equals(sameTree(text.substring(end + 5))) ? 1 : 0;
            }
            assertTrue(read > 10, "read " + read);
        }
    }
}
