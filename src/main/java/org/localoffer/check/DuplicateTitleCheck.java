package org.localoffer.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/** Two pages with the same title cannot be told apart in lists, search results or a browser tab. */
public final class DuplicateTitleCheck implements SiteRule {

    @Override
    public void check(CheckContext context, Problems problems) {
        Map<String, List<Page>> byTitle = new LinkedHashMap<>();
        for (Page page : context.pages()) {
            byTitle.computeIfAbsent(page.title().strip().toLowerCase(Locale.UK), k -> new ArrayList<>()).add(page);
        }
        for (List<Page> same : byTitle.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Page page : same) {
                List<String> others = same.stream().filter(p -> p != page).map(Page::editorPath).sorted().toList();
                problems.error(page.editorPath(), page.lineOf("title"), "the title '" + page.title()
                        + "' is also used by " + String.join(" and ", others)
                        + ". Give each page its own title, so people can tell them apart.");
            }
        }
    }
}
