package org.localoffer.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void formatsEachProblemAsAWorkflowCommandWithTheSummaryLast() {
        Problems problems = new Problems();
        problems.warning("content/a,b.md", 3, 7, "100% sure.\nNext line.");
        problems.error("site.yml", 0, "no site.");
        problems.error("content/x.md", 4, "bad.");
        assertEquals("::warning file=content/a%2Cb.md,line=3,col=7::100%25 sure.%0ANext line.\n"
                + "::error file=content/x.md,line=4::bad.\n"
                + "::error file=site.yml::no site.\n"
                + "2 errors and 1 warning in 3 files.\n", GithubAnnotations.format(problems));
    }

    @Test
    void aColumnIsShownOnlyWhenKnown() {
        assertEquals("content/a.md:3:7: warning: x.", new Problem("content/a.md", 3, Severity.WARNING, "x.", 7).format());
        assertEquals("content/a.md:3: warning: x.", Problem.warning("content/a.md", 3, "x.").format());
    }
}
