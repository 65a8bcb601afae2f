package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The common kinds of Markdown written without flexmark's renderer come out exactly as flexmark writes them. */
class CommonHtmlWriterTest {

    private final MutableDataSet options = MarkdownRenderer.options();
    private final Parser parser = Parser.builder(options).build();
    private final HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
    private final CommonHtmlWriter writer = new CommonHtmlWriter(options);

    /** True when the writer handled the document (and wrote what flexmark writes); false when it left it to flexmark. */
    private boolean sameHtml(String markdown) {
        Document document = parser.parse(markdown);
        String ours = writer.write(document);
        if (ours != null) {
            assertEquals(flexmark.render(document), ours, markdown);
        }
        return ours != null;
    }

    @Test
    void commonMarkdownIsWrittenAsFlexmarkWritesIt() {
        assertTrue(sameHtml("Some *text*, **bold** and `code`.\n\n## A heading\n\n- one\n- two\n\n1. a\n2. b\n"));
        assertTrue(sameHtml("## Dup\n## Dup\n\n> quote\n> more\n\n---\n\n- loose\n\n- list\n\n  two paragraphs\n"));
        assertTrue(sameHtml("| a | b |\n| --- | --- |\n| 1 | 2 |\n\nA [link](../x.md#y \"title\") and [mail](mailto:a@b.org).\n"));
        assertTrue(sameHtml("line  \nhard\\\nbreak\r\nsoft\n   indented continuation\n"));
        assertTrue(sameHtml(""));
    }

    @Test
    void otherMarkdownIsLeftToFlexmark() {
        assertNull(writer.write(parser.parse("<b>raw</b>")));
        assertNull(writer.write(parser.parse("![image](i.png)")));
        assertNull(writer.write(parser.parse("text {.class}")));
        assertNull(writer.write(parser.parse("[x](javascript:alert(1))")));
        assertNull(writer.write(parser.parse("```\ncode\n```")));
        assertNull(writer.write(parser.parse("> ".repeat(60) + "deep")));
    }

    @Test
    void randomMarkdownIsWrittenAsFlexmarkWritesIt() {
        Random r = new Random(5);
        int handled = 0;
        for (int i = 0; i < 10_000; i++) {
            handled += sameHtml(MarkdownFuzz.document(r)) ? 1 : 0;
            handled += sameHtml(MarkdownFuzz.commonDocument(r)) ? 1 : 0;
        }
        assertTrue(handled > 5_000, "too few random documents were handled to prove anything: " + handled);
    }

    @Test
    void demonstrationContentIsWrittenAsFlexmarkWritesIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            List<Path> markdown = files.filter(p -> p.toString().endsWith(".md")).toList();
            int handled = 0;
            for (Path p : markdown) {
                handled += sameHtml(Files.readString(p)) ? 1 : 0;
            }
            assertNotNull(markdown);
            assertTrue(handled > 0);
        }
    }
}
