package org.localoffer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class FrontMatterTest {

    private final Problems problems = new Problems();

    @Test
    void splitsYamlFromBodyAndKeepsLineNumbers() {
        FrontMatter fm = FrontMatter.split("a.md", "---\ntitle: A\ntype: page\n---\nHello\nWorld", problems).orElseThrow();
        assertEquals("title: A\ntype: page\n", fm.yaml());
        assertEquals(2, fm.yamlStartLine());
        assertEquals("Hello\nWorld", fm.body());
        assertEquals(5, fm.bodyStartLine());
    }

    @Test
    void toleratesAByteOrderMarkAndWindowsLineEnds() {
        FrontMatter fm = FrontMatter.split("a.md", "\uFEFF---\r\ntitle: A\r\n---\r\nHi", problems).orElseThrow();
        assertEquals("title: A\n", fm.yaml());
        assertEquals("Hi", fm.body());
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        assertTrue(FrontMatter.split("a.md", "# Hello", problems).isEmpty());
        assertEquals(List.of("a.md:1: error: the file does not start with front matter. Put a line '---' first, "
                + "then 'title:' and 'type:' lines, then another '---' line."), messages());
    }

    @Test
    void reportsFrontMatterThatIsNeverClosed() {
        assertTrue(FrontMatter.split("a.md", "---\ntitle: A\n", problems).isEmpty());
        assertEquals(List.of("a.md:1: error: the front matter that starts here is never closed. "
                + "Add a line '---' after the last front-matter line, before the page text."), messages());
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
