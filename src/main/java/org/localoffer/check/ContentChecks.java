package org.localoffer.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * What the rules found beyond problems.
     *
     * @param readingAges each page's reading age by its source path, for the preview to show beside it
     */
    public record Result(List<StatutoryCoverage> coverage, Map<String, ReadingAge> readingAges) {
    }

    /**
     * Every rule that looks at one page on its own, for one page: what a preview edit to its text needs.
     *
     * @return the page's reading age, measured from the text the rules have just read
     */
    public ReadingAge runPage(Page page, CheckContext context, Problems problems) {
        PageText text = new PageText(page);
        for (PageRule rule : pageRules) {
            rule.check(text, context, problems);
        }
        return ReadingAge.ofSentences(text.sentences());
    }

    public Result run(CheckContext context, Problems problems) {
        // Each page is checked on its own, so pages are checked on every core; findings are sorted when shown.
        Map<String, ReadingAge> readingAges = new ConcurrentHashMap<>();
        context.pages().parallelStream().forEach(page -> readingAges.put(page.sourcePath(), runPage(page, context, problems)));
        new DuplicateTitleCheck().check(context, problems);
        StatutoryCoverageCheck statutory = new StatutoryCoverageCheck();
        statutory.check(context, problems);
        return new Result(statutory.coverage(), readingAges);
    }
}
