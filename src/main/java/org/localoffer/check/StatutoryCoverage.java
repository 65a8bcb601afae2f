package org.localoffer.check;

import java.util.List;
import org.localoffer.data.StatutoryItem;

/**
 * One item the law says a local offer must publish, and the pages whose {@code statutory:} list covers it.
 *
 * @param pages editor paths of the covering pages, sorted
 */
public record StatutoryCoverage(StatutoryItem item, List<String> pages) {

    public boolean covered() {
        return !pages.isEmpty();
    }

    /** The coverage table printed by {@code check}: one item a line, with its pages or "not covered". */
    public static String table(List<StatutoryCoverage> coverage) {
        StringBuilder out = new StringBuilder("Statutory coverage (" + StatutoryItem.FILE + "):\n");
        for (StatutoryCoverage c : coverage) {
            out.append("  ").append(c.item().id()).append(" (").append(c.item().reference()).append("): ")
                    .append(c.covered() ? String.join(", ", c.pages()) : "not covered").append('\n');
        }
        long covered = coverage.stream().filter(StatutoryCoverage::covered).count();
        out.append("  ").append(covered).append(" of ").append(coverage.size()).append(" items covered.\n");
        return out.toString();
    }
}
