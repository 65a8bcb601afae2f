package org.localoffer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class YamlMappingTest {

    private final Problems problems = new Problems();

    private YamlMapping parse(String text) {
        return YamlDocument.parseMapping("f.md", text, 2, problems, "settings").orElseThrow();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void readsTypedValuesWithYaml12Rules() {
        YamlMapping y = parse("title: no\nage: 7\nflag: true\nwhen: 2026-09-01\nlist: [a, b]\n");
        assertEquals("no", y.text("title").orElseThrow());
        assertEquals(7, y.integer("age").orElseThrow());
        assertEquals(true, y.bool("flag").orElseThrow());
        assertEquals(LocalDate.of(2026, 9, 1), y.date("when").orElseThrow());
        assertEquals(List.of("a", "b"), y.textList("list"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void reportsUnknownKeysAtTheirFileLineWithASuggestion() {
        parse("title: A\nsumary: B\n").allowOnly(List.of("title", "summary"), "the front matter");
        assertEquals(List.of("f.md:3: error: unknown key 'sumary' in the front matter. Did you mean 'summary'? "
                + "Remove it or correct the spelling; allowed keys are: title, summary."), messages());
    }

    @Test
    void reportsDatesThatAreNotReal() {
        parse("when: 2026-02-30\n").date("when");
        assertEquals(List.of("f.md:2: error: 'when' is not a real date: '2026-02-30'. "
                + "Write the date as year-month-day, like 2026-09-01."), messages());
    }

    @Test
    void reportsDuplicateKeys() {
        parse("title: A\ntitle: B\n");
        assertEquals(List.of("f.md:3: error: 'title' is given twice (first on line 2). Keep one of them."), messages());
    }

    @Test
    void reportsAListWhereOneValueBelongs() {
        parse("title: [a, b]\n").text("title");
        assertEquals(List.of("f.md:2: error: 'title' must be a single value, not a list or group. "
                + "Write it on one line as 'title: value'."), messages());
    }

    @Test
    void reportsMissingRequiredKeys() {
        parse("title: A\n").requireAll(List.of("title", "type"), "this page");
        assertEquals(List.of("f.md:2: error: 'type' is missing from this page. Add a line 'type: ...'."), messages());
    }

    @Test
    void reportsMalformedYamlAtTheFileLine() {
        assertTrue(YamlDocument.parseMapping("f.md", "title: A\nsummary: [unclosed\ntype: x\n", 2, problems, "settings").isEmpty());
        assertEquals(1, problems.errorCount());
        Problem p = problems.sorted().get(0);
        assertEquals("f.md", p.path());
        assertTrue(p.line() >= 3, "line was " + p.line());
        assertTrue(p.message().startsWith("this YAML cannot be read: "), p.message());
        assertTrue(p.message().endsWith("put text containing a colon in double quotes."), p.message());
    }
}
