package org.localoffer.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Formats collected problems as text: a capped list, then one summary line. */
public final class ProblemReport {

    public static final int DEFAULT_LIMIT = 100;

    private final int limit;

    public ProblemReport(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    public ProblemReport() {
        this(DEFAULT_LIMIT);
    }

    public String format(Problems problems) {
        List<Problem> all = problems.sorted();
        StringBuilder out = new StringBuilder();
        all.stream().limit(limit).forEach(p -> out.append(p.format()).append('\n'));
        if (all.size() > limit) {
            out.append("... and ").append(all.size() - limit).append(" more not shown.\n");
        }
        out.append(summary(problems)).append('\n');
        return out.toString();
    }

    public static String summary(Problems problems) {
        List<Problem> all = problems.sorted();
        int errors = problems.errorCount();
        int warnings = problems.warningCount();
        long files = all.stream().map(Problem::path).collect(Collectors.toSet()).size();
        if (all.isEmpty()) {
            return "No problems found.";
        }
        return plural(errors, "error") + " and " + plural(warnings, "warning")
                + " in " + plural((int) files, "file") + ".";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
