package org.localoffer.check;

import org.localoffer.problem.Problems;

/** A check that looks at one page at a time. */
public interface PageRule {

    void check(PageText text, CheckContext context, Problems problems);
}
