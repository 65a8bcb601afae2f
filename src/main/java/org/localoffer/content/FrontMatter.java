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
        String[] lines = lines(t);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.error(path, 1, "the file does not start with front matter. "
                    + "Put a line '---' first, then 'title:' and 'type:' lines, then another '---' line.");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(FENCE) || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return Optional.of(new FrontMatter(yaml.toString(), 2, body.toString(), i + 2));
            }
        }
        problems.error(path, 1, "the front matter that starts here is never closed. "
                + "Add a line '---' after the last front-matter line, before the page text.");
        return Optional.empty();
    }

    /** The same as {@code text.split("\\r?\\n", -1)}, without a regex. */
    static String[] lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(text.substring(start, end));
            start = nl + 1;
        }
        out.add(text.substring(start));
        return out.toArray(String[]::new);
    }
}
