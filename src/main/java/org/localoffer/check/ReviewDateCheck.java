package org.localoffer.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/**
 * A page past its {@code review_by} date may no longer be right: a warning at first, and an error
 * once it is more than site.yml's {@code review_grace_days} (default 90) overdue.
 */
public final class ReviewDateCheck implements PageRule {

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        Page page = text.page();
        LocalDate due = page.reviewBy();
        if (due == null || !due.isBefore(context.today())) {
            return;
        }
        long overdue = ChronoUnit.DAYS.between(due, context.today());
        int grace = context.site().reviewGraceDays();
        if (overdue > grace) {
            problems.error(text.path(), page.lineOf("review_by"), "review_by " + due + " was " + overdue
                    + " days ago, more than the " + grace + " days site.yml allows, so the page may be wrong. "
                    + "Check it with the service, then set last_reviewed to today and review_by to the next review date.");
        } else {
            problems.warning(text.path(), page.lineOf("review_by"), "review_by " + due + " has passed. "
                    + "Check the page is still right, then set last_reviewed to today and review_by to the next review date.");
        }
    }
}
