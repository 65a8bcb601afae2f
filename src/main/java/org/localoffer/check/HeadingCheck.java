package org.localoffer.check;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;
import org.localoffer.problem.Problems;

/**
 * Headings are how screen reader users move around a page: they must have words and must not
 * skip a level. (A level 1 heading in the text is reported when the Markdown is rendered.)
 */
public final class HeadingCheck implements PageRule {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{#[^}]*}");

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        int previous = 1; // the page title is the level 1 heading
        for (Node node : text.nodes()) {
            if (!(node instanceof Heading heading) || heading.getLevel() == 1) {
                continue;
            }
            int level = heading.getLevel();
            String written = PageText.string(heading.getText());
            // Without a '{' there is nothing to take out, and most headings have none.
            String words = (written.indexOf('{') < 0 ? written : ATTRIBUTES.matcher(written).replaceAll("")).strip();
            String marks = "#".repeat(level);
            if (words.isEmpty()) {
                problems.error(text.path(), text.line(heading), text.column(heading), "the heading '" + marks
                        + "' has no words. Write the heading after the '" + marks + " ', or remove the line.");
            }
            if (level > previous + 1) {
                String after = previous == 1 ? "the page title (level 1)" : "a level " + previous + " heading";
                problems.warning(text.path(), text.line(heading), text.column(heading), "the heading '" + words
                        + "' is level " + level + " but comes after " + after + ", so it skips a level. Write it as '"
                        + "#".repeat(previous + 1) + " " + words + "'.");
            }
            previous = level;
        }
    }
}
