package org.localoffer.check;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Map;
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
        return runRules(new PageText(page), context, problems);
    }

    /**
     * As {@link #runPage(Page, CheckContext, Problems)}, reading the document the Markdown renderer has just parsed
     * from the page when that is the tree the rules' own parser would make, so most pages are parsed only once.
     *
     * @param rendered the renderer's parse of {@code page.markdown()}
     * @param lines    the line index of {@code page.markdown()}, or null if the renderer built none
     */
    public ReadingAge runPage(Page page, Document rendered, LineIndex lines, CheckContext context, Problems problems) {
        return runRules(PageText.of(page, rendered, lines), context, problems);
    }

    private ReadingAge runRules(PageText text, CheckContext context, Problems problems) {
        for (PageRule rule : pageRules) {
            rule.check(text, context, problems);
        }
        return text.readingAge();
    }

    /**
     * The rules that look across every page, for a build whose pages have each been through
     * {@link #runPage} already (as the Markdown was rendered).
     *
     * @param readingAges each page's reading age from runPage, by source path
     */
    public Result runSiteRules(CheckContext context, Map<String, ReadingAge> readingAges, Problems problems) {
        new DuplicateTitleCheck().check(context, problems);
        StatutoryCoverageCheck statutory = new StatutoryCoverageCheck();
        statutory.check(context, problems);
        return new Result(statutory.coverage(), readingAges);
    }
}
