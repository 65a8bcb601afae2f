package org.localoffer.check;

import org.localoffer.problem.Problems;

/** A check that looks across every page at once. */
public interface SiteRule {

    void check(CheckContext context, Problems problems);
}
