package org.localoffer.content;

import java.util.Optional;
import org.localoffer.problem.Problems;

/**
 * The YAML between the opening and closing {@code ---} lines of a content file, and the
 * Markdown after it, each with the file line it starts on.
 */
public record FrontMatter(String yaml, int yamlStartLine, String body, int bodyStartLine) {

    private static final String FENCE = "---";

    public static Optional<FrontMatter> split(String path, String text, Problems problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // The lines of t, split at "\r?\n", read one at a time up to the closing fence: the body after it is the rest
        // of the text, not split into lines and joined again.
        int nl = t.indexOf('\n');
        if (!line(t, 0, nl).strip().equals(FENCE)) {
            problems.error(path, 1, "the file does not start with front matter. "
                    + "Put a line '---' first, then 'title:' and 'type:' lines, then another '---' line.");
            return Optional.empty();
        }
        int yamlStart = nl + 1;
        for (int i = 1; nl >= 0; i++) {
            int start = nl + 1;
            nl = t.indexOf('\n', start);
            String line = line(t, start, nl).strip();
            if (line.equals(FENCE) || line.equals("...")) {
                // Each front-matter line with '\n' after it, and the body's lines joined by '\n': the text as it is,
                // with each "\r\n" made "\n".
                String yaml = unixLineEnds(t.substring(yamlStart, start));
                String body = nl < 0 ? "" : unixLineEnds(t.substring(nl + 1));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        problems.error(path, 1, "the front matter that starts here is never closed. "
                + "Add a line '---' after the last front-matter line, before the page text.");
        return Optional.empty();
    }

    /** The line that starts at {@code start} and ends at the '\n' at {@code nl} (or at the end, when -1), without its line end. */
    private static String line(String text, int start, int nl) {
        if (nl < 0) {
            return text.substring(start);
        }
        return text.substring(start, nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
    }

    private static String unixLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }
}
