package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Text written without flexmark's regex passes comes out exactly as flexmark's own renderer writes it. */
class PlainTextRendererTest {

    private final MutableDataSet options = MarkdownRenderer.options();
    private final Parser parser = Parser.builder(options).build();
    private final HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
    private final HtmlRenderer plain = HtmlRenderer.builder(options).nodeRendererFactory(PlainTextRenderer.FACTORY).build();

    private void assertSameHtml(String markdown) {
        Document document = parser.parse(markdown);
        assertEquals(flexmark.render(document), plain.render(document), markdown);
    }

    @Test
    void textThatFlexmarkChangesTakesFlexmarksWay() {
        assertSameHtml("a \\* b &amp; c &copy; &#65; d < e > f \" g ' h\r\ni\rj\\\nk");
        assertSameHtml("Tom & Jerry <b>bold</b> \"quoted\"\r\n\r\n- item\r\n- *em* \\_x\\_\r");
        assertSameHtml("Plain text, with 'quotes', and unicode: é – ü ✓\n\n## Heading {#id .c}\n");
    }

    @Test
    void randomMarkdownIsWrittenAsFlexmarkWritesIt() {
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            assertSameHtml(MarkdownFuzz.document(r));
        }
    }

    @Test
    void demonstrationContentIsWrittenAsFlexmarkWritesIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            List<Path> markdown = files.filter(p -> p.toString().endsWith(".md")).toList();
            for (Path p : markdown) {
                assertSameHtml(Files.readString(p));
            }
        }
    }
}
