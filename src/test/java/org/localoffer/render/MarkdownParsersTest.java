package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text without '|' or '{' gets the same document from a parser without tables or attributes as from the full one, and
 * every parser (finding tables as PipeTables does) gets the same document as flexmark's own with every extension.
 */
class MarkdownParsersTest {

    private final MutableDataSet options = MarkdownRenderer.options();
    private final MarkdownParsers parsers = new MarkdownParsers(options);
    private final HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
    /** flexmark's own parser with every extension, as all text used to be parsed. */
    private final Parser reference = Parser.builder(options).build();

    private void assertSameDocument(String markdown) {
        Document expected = reference.parse(markdown);
        String expectedHtml = flexmark.render(expected);
        for (Document document : List.of(parsers.full().parse(markdown), parsers.parse(markdown))) {
            assertEquals(tree(expected), tree(document), markdown);
            assertEquals(expectedHtml, flexmark.render(document), markdown);
        }
    }

    /** Every node's kind, place and parts (flexmark's own description of a node), one a line, indented by depth. */
    private static String tree(Document document) {
        StringBuilder out = new StringBuilder();
        append(document, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getName()).append(' ').append(node)
                .append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }

    @Test
    void theParserIsChosenByTheCharactersOfTheText() {
        assertSame(parsers.full(), parsers.parserFor("a | b {.c}"));
        assertNotSame(parsers.full(), parsers.parserFor("a | b"));
        assertNotSame(parsers.full(), parsers.parserFor("a {.c}"));
        assertNotSame(parsers.parserFor("a | b"), parsers.parserFor("a {.c}"));
        assertNotSame(parsers.parserFor("a"), parsers.parserFor("a {.c}"));
    }

    @Test
    void randomMarkdownGetsTheSameDocument() {
        Random r = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            String md = r.nextBoolean() ? MarkdownFuzz.document(r) : MarkdownFuzz.commonDocument(r);
            assertSameDocument(md);
            assertSameDocument(md.replace('|', ' '));
            assertSameDocument(md.replace('{', '('));
            assertSameDocument(md.replace('|', ' ').replace('{', '('));
        }
    }

    @Test
    void demonstrationContentGetsTheSameDocument() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            List<Path> markdown = files.filter(p -> p.toString().endsWith(".md")).toList();
            for (Path p : markdown) {
                String md = Files.readString(p);
                assertSameDocument(md);
                assertSameDocument(md.replace('|', ' ').replace('{', '('));
            }
        }
    }
}
