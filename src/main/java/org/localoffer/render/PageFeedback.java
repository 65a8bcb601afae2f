package org.localoffer.render;

import java.util.List;
import org.localoffer.problem.Problem;

/**
 * What the preview tells the writer of one page: its check findings and its reading age.
 *
 * @param readingAge        Flesch-Kincaid grade + 5, or 0 when the page is too short to measure
 * @param allowedReadingAge the highest reading age site.yml allows for this kind of page
 */
public record PageFeedback(int readingAge, int allowedReadingAge, List<Problem> findings) {

    public long errors() {
        return findings.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** "2 warnings, reading age 12" — the panel's summary line. */
    public String summary() {
        String found = findings.isEmpty() ? "No problems found"
                : plural(errors(), "error") + " and " + plural(warnings(), "warning");
        return found + (readingAge > 0 ? ", reading age " + readingAge : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
