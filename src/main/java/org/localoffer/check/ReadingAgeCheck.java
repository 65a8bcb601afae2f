package org.localoffer.check;

import java.util.List;
import java.util.Locale;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/**
 * Warns when a page needs an older reader than site.yml's {@code reading_age} allows for its
 * kind: service, guide, page, news, or young_people for pages with {@code audience: [young-people]}.
 */
public final class ReadingAgeCheck implements PageRule {

    public static final String YOUNG_PEOPLE = "young-people";

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        ReadingAge age = text.readingAge();
        if (!age.measurable()) {
            return;
        }
        Page page = text.page();
        String kind = kindOf(page);
        int allowed = context.site().readingAgeFor(kind);
        if (age.years() > allowed) {
            String who = switch (kind) {
                case "young_people" -> "pages for young people";
                case "page" -> "general pages";
                default -> kind + " pages";
            };
            problems.warning(text.path(), page.bodyStartLine(), String.format(Locale.UK,
                    "the reading age of this page is %d (Flesch-Kincaid grade %.1f + 5), above %d for %s. "
                            + "Use shorter sentences and everyday words.", age.years(), age.grade(), allowed, who));
        }
    }

    /** The reading_age setting that applies to a page. */
    public static String kindOf(Page page) {
        List<String> audience = page.audience();
        return audience.contains(YOUNG_PEOPLE) ? "young_people" : page.type().id();
    }
}
