package org.localoffer.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void formatsPathLineSeverityAndMessage() {
        assertEquals("content/a.md:4: error: title is missing. Add it.",
                Problem.error("content/a.md", 4, "title is missing. Add it.").format());
        assertEquals("site.yml: warning: old. Update it.", Problem.warning("site.yml", 0, "old. Update it.").format());
    }

    @Test
    void rejectsNegativeLines() {
        assertThrows(IllegalArgumentException.class, () -> Problem.error("a", -1, "x"));
    }

    @Test
    void reportSortsByFileThenLineCapsAndSummarises() {
        Problems problems = new Problems();
        problems.error("content/b.md", 2, "b2.");
        problems.error("content/a.md", 9, "a9.");
        problems.warning("content/a.md", 3, "a3.");
        assertEquals("""
                content/a.md:3: warning: a3.
                content/a.md:9: error: a9.
                ... and 1 more not shown.
                2 errors and 1 warning in 2 files.
                """, new ProblemReport(2).format(problems));
    }

    @Test
    void summarySaysWhenNothingIsWrong() {
        assertEquals("No problems found.", ProblemReport.summary(new Problems()));
    }
}
