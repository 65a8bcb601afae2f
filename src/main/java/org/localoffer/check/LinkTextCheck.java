package org.localoffer.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.localoffer.problem.Problems;

/**
 * Link text must say where a link goes, because screen reader users often hear links on their
 * own: no "click here", "read more" or bare web addresses.
 */
public final class LinkTextCheck implements PageRule {

    static final Set<String> VAGUE = Set.of("click here", "here", "read more", "more", "click", "link", "this link",
            "this page", "find out more", "more information", "more info");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        for (Node node : text.nodes()) {
            if (node instanceof Link link) {
                String words = new TextCollectingVisitor().collectAndGetText(link).strip();
                checkWords(words, link.getUrl().toString(), text, node, problems);
            } else if (node instanceof AutoLink autoLink) {
                checkWords(autoLink.getText().toString(), autoLink.getUrl().toString(), text, node, problems);
            }
        }
    }

    private static void checkWords(String words, String href, PageText text, Node node, Problems problems) {
        String plain = Prose.collapseSpace(TRAILING_PUNCTUATION.matcher(words.toLowerCase(Locale.UK)).replaceAll(""));
        if (words.isEmpty()) {
            problems.error(text.path(), text.line(node), text.column(node), "the link to '" + href
                    + "' has no text, so nobody can tell where it goes. Write words between the square brackets: [text](address).");
        } else if (VAGUE.contains(plain)) {
            problems.warning(text.path(), text.line(node), text.column(node), "the link text '" + words
                    + "' does not say where the link goes. Write words that make sense on their own, "
                    + "like [apply for school transport](address).");
        } else if (WEB_ADDRESS.matcher(words).matches()) {
            problems.warning(text.path(), text.line(node), text.column(node), "the link text is a web address, '" + words
                    + "', which is hard to read aloud. Write words that say where the link goes, like [the council's "
                    + "transport policy](" + href + ").");
        }
    }
}
