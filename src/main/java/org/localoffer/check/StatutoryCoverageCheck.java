package org.localoffer.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localoffer.content.Page;
import org.localoffer.data.StatutoryItem;
import org.localoffer.problem.Problems;

/**
 * Lists, for each item in content/data/statutory.yml, the pages that say they cover it, and warns
 * about any item no page covers.
 */
public final class StatutoryCoverageCheck implements SiteRule {

    private List<StatutoryCoverage> coverage = List.of();

    @Override
    public void check(CheckContext context, Problems problems) {
        List<String> fileLines = lines(context.source().resolve(StatutoryItem.FILE));
        List<StatutoryCoverage> out = new ArrayList<>();
        for (StatutoryItem item : context.data().statutory()) {
            List<String> pages = context.pages().stream().filter(p -> p.statutory().contains(item.id()))
                    .map(Page::editorPath).sorted().toList();
            out.add(new StatutoryCoverage(item, pages));
            if (pages.isEmpty()) {
                problems.warning(StatutoryItem.FILE, lineOf(fileLines, item.id()), "no page covers '" + item.id() + "' ("
                        + item.title() + ", " + item.reference() + "), which a local offer must publish. "
                        + "Add '" + item.id() + "' to the statutory: list of the page that covers it, or write that page.");
            }
        }
        coverage = List.copyOf(out);
    }

    /** The coverage found by the last run. */
    public List<StatutoryCoverage> coverage() {
        return coverage;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int lineOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.matches("-?\\s*id:\\s*['\"]?" + java.util.regex.Pattern.quote(id) + "['\"]?\\s*")) {
                return i + 1;
            }
        }
        return 0;
    }
}
