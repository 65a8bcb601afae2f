package org.localoffer.check;

import java.util.List;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/**
 * Runs every check rule over the pages of one build. Front matter (keys, types, dates, ids,
 * required fields), links and a second level 1 heading are checked earlier, as the pages are read
 * and rendered; these rules add what an editor needs to write a clear, accessible, current page.
 */
public final class ContentChecks {

    private final List<PageRule> pageRules = List.of(new LinkTextCheck(), new ImageCheck(), new HeadingCheck(),
            new ReadingAgeCheck(), new LongSentenceCheck(), new JargonCheck(), new ReviewDateCheck());

    /** What the site-wide rules found beyond problems. */
    public record Result(List<StatutoryCoverage> coverage) {
    }

    /** Every rule that looks at one page on its own, for one page: what a preview edit to its text needs. */
    public void runPage(Page page, CheckContext context, Problems problems) {
        PageText text = new PageText(page);
        for (PageRule rule : pageRules) {
            rule.check(text, context, problems);
        }
    }

    public Result run(CheckContext context, Problems problems) {
        // Each page is checked on its own, so pages are checked on every core; findings are sorted when shown.
        context.pages().parallelStream().forEach(page -> runPage(page, context, problems));
        new DuplicateTitleCheck().check(context, problems);
        StatutoryCoverageCheck statutory = new StatutoryCoverageCheck();
        statutory.check(context, problems);
        return new Result(statutory.coverage());
    }
}
