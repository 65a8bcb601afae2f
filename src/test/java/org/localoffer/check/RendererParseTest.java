package org.localoffer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localoffer.render.MarkdownRenderer;
import org.localoffer.problem.Problems;

/**
 * Whenever {@link RendererParse} says the Markdown renderer's tree can be read by the rules, it is node for node
 * the tree the rules' own parser makes: over the demonstration site, hand-picked tables and many random ones.
 */
class RendererParseTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Whether the renderer's tree was judged the same, after checking that it is when judged so. */
    private boolean shared(String markdown) {
        Document[] rendered = new Document[1];
        renderer.render("page.md", markdown, 1, new Problems(), (document, lines) -> rendered[0] = document);
        List<Node> nodes = new ArrayList<>();
        rendered[0].getDescendants().forEach(nodes::add);
        boolean same = RendererParse.sameAsRules(nodes, markdown);
        if (same) {
            assertEquals(dump(PageText.parse(markdown)), dump(rendered[0]), () -> "judged the same, but differs:\n" + markdown);
        }
        return same;
    }

    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getName()).append(' ').append(node.getStartOffset())
                .append('-').append(node.getEndOffset()).append(" '").append(node.getChars()).append('\'');
        if (node instanceof TableCell cell) {
            out.append(" span ").append(cell.getSpan()).append(' ').append(cell.getAlignment()).append(' ')
                    .append(cell.isHeader()).append(" text '").append(cell.getText()).append('\'');
        } else if (node instanceof Heading h) {
            out.append(" level ").append(h.getLevel()).append(" text '").append(h.getText()).append('\'');
        } else if (node instanceof Link l) {
            out.append(" url '").append(l.getUrl()).append("' text '").append(l.getText()).append('\'');
        } else if (node instanceof Image i) {
            out.append(" url '").append(i.getUrl()).append("' text '").append(i.getText()).append('\'');
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    @Test
    void textWithoutTablesIsShared() {
        assertTrue(shared("Some text with a [link](a.md).\n\n## A heading\n\n- a list\n- of items\n"));
        assertTrue(shared(""));
    }

    @Test
    void wellFormedTablesAreShared() {
        assertTrue(shared("Intro.\n\n| Day | Time |\n| --- | --- |\n| Monday | 9am to 5pm |\n| Friday | 9am to 1pm |\n"));
        assertTrue(shared("| Day | Time |  \n|:--|--:|\t\n| Monday | 9am |   \nx | y\nand more text\n"));
        assertTrue(shared("- item\n\n  | A | B |\n  |---|---|\n  | `a|b` | c \\| d |\n"));
        assertTrue(shared("A | B\n--- | ---\n1 | 2\n"));
        assertTrue(shared("| Only |\n| --- |\n| one |\n"));
        assertTrue(shared("| Day | Time |\n| --- | --- |\n| Mon | |\n"));
    }

    @Test
    void tablesTheOptionsChangeAreParsedAgain() {
        // an extra cell, which the renderer drops
        assertFalse(shared("| Day | Time |\n| --- | --- |\n| Fri | a | extra |\n"));
        // a missing cell, which the renderer adds
        assertFalse(shared("| Day | Time |\n| --- | --- |\n| short |\n"));
        // '||', a column span for the rules
        assertFalse(shared("| Day | Time | Place |\n| --- | --- | --- |\n| a || b |\n"));
        assertFalse(shared("a|<b>x</b> ||[link](a.md) |\n---|:--| :-:\n"));
        // a header that does not match its separator: a table for the rules only
        assertFalse(shared("| A | B | C |\n| --- | --- |\n| 1 | 2 |\n"));
        assertFalse(shared("> | q | r |\n> | - | - |\n> | 1 | 2 | 3\n"));
        // a '|' in a paragraph
        assertFalse(shared("Choose yes | no.\n"));
    }

    @Test
    void theDemonstrationSiteIsReadTheSame() throws IOException {
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                shared(Files.readString(file));
                pages++;
            }
        }
        assertTrue(pages > 30);
    }

    @Test
    void randomTablesAreSharedOnlyWhenTheSame() {
        Random random = new Random(7);
        String[] cells = {"a", "Monday", "9am to 5pm", "", " ", "`x|y`", "a \\| b", "[link](a.md)", "![alt](i.png)",
                "**NHS**", "<b>x</b>", "EHCP", "&amp;", "---", ":-:"};
        String[] separators = {"---", ":--", "--:", ":-:", "-", "--"};
        int sharedCount = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder md = new StringBuilder();
            String indent = random.nextInt(5) == 0 ? (random.nextBoolean() ? "> " : "  ") : "";
            if (random.nextInt(4) == 0) {
                md.append(random.nextBoolean() ? "Some words\n" : "- item\n\n");
            }
            int columns = 1 + random.nextInt(3);
            int rows = random.nextInt(4);
            md.append(indent).append(row(random, cells, columns + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0)));
            StringBuilder sep = new StringBuilder(random.nextBoolean() ? "|" : "");
            int sepColumns = columns + (random.nextInt(8) == 0 ? random.nextInt(3) - 1 : 0);
            for (int c = 0; c < Math.max(1, sepColumns); c++) {
                sep.append(random.nextBoolean() ? " " : "").append(separators[random.nextInt(separators.length)])
                        .append(c + 1 < sepColumns || random.nextBoolean() ? "|" : "");
            }
            md.append(indent).append(sep).append(random.nextInt(5) == 0 ? " \t" : "").append('\n');
            for (int r = 0; r < rows; r++) {
                md.append(indent).append(row(random, cells, columns + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0)));
            }
            if (random.nextInt(3) == 0) {
                md.append(random.nextBoolean() ? "after the table\n" : "\nA paragraph after it.\n");
            }
            if (shared(md.toString())) {
                sharedCount++;
            }
        }
        assertTrue(sharedCount > 500, "too few random tables shared to test anything: " + sharedCount);
    }

    private static String row(Random random, String[] cells, int columns) {
        StringBuilder row = new StringBuilder();
        boolean leading = random.nextBoolean();
        if (leading) {
            row.append('|');
        }
        for (int c = 0; c < Math.max(1, columns); c++) {
            row.append(random.nextBoolean() ? " " : "").append(cells[random.nextInt(cells.length)])
                    .append(random.nextBoolean() ? " " : "");
            if (c + 1 < columns || random.nextBoolean() || (!leading && columns == 1)) {
                row.append(random.nextInt(12) == 0 ? "||" : "|");
            }
        }
        return row.append(random.nextInt(6) == 0 ? "  " : "").append('\n').toString();
    }
}
