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

    public Result run(CheckContext context, Problems problems) {
        for (Page page : context.pages()) {
            PageText text = new PageText(page);
            for (PageRule rule : pageRules) {
                rule.check(text, context, problems);
            }
        }
        new DuplicateTitleCheck().check(context, problems);
        StatutoryCoverageCheck statutory = new StatutoryCoverageCheck();
        statutory.check(context, problems);
        return new Result(statutory.coverage());
    }
}
