package org.localoffer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problems;

/**
 * {@link FrontMatter#split} reads lines one at a time up to the closing fence and takes the body as it is, with
 * "\r\n" made "\n"; it gives what splitting the whole file into lines with a regex and joining them again gave.
 */
class FrontMatterLinesTest {

    /** The split as it was: every line of the file, with the regex. */
    private static Optional<FrontMatter> splitByLines(String path, String text, Problems problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.error(path, 1, "the file does not start with front matter. "
                    + "Put a line '---' first, then 'title:' and 'type:' lines, then another '---' line.");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
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

    @Test
    void splitsAsSplittingEveryLineWithTheRegexDid() {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>(List.of("", "---", "---\n", "---\n---", "---\n---\n", "---\r\n...\r\nx\r",
                "\uFEFF---\na: b\n---\nbody\r\n\r\nmore\n", " --- \r\r\na\r\n\t---\t\n\r\n", "---\na\n--- x\n"));
        String[] pieces = {"---", "...", "a", "b: c", " ", "\t", "\r", "\n", "\r\n", "\uFEFF", "-", "é"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder(r.nextInt(4) > 0 ? "---\n" : "");
            int length = r.nextInt(14);
            for (int k = 0; k < length; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            Problems expected = new Problems();
            Problems actual = new Problems();
            assertEquals(splitByLines("a.md", text, expected), FrontMatter.split("a.md", text, actual), text);
            assertEquals(expected.sorted(), actual.sorted(), text);
        }
    }
}
