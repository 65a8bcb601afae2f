package org.localoffer.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

/**
 * Marks the first use of each glossary acronym on a page with {@code <abbr title="...">}, so
 * screen readers and mouse users can find out what it means. Links, code and existing abbr
 * elements are left alone.
 */
public final class GlossaryMarker {

    private static final Set<String> SKIP = Set.of("a", "abbr", "code", "pre");

    private final Map<String, String> expansions = new HashMap<>();
    private final Pattern pattern;

    public GlossaryMarker(Glossary glossary) {
        for (GlossaryEntry e : glossary.withAcronyms()) {
            expansions.putIfAbsent(e.acronym(), e.term());
        }
        for (GlossaryEntry e : glossary.entries()) {
            for (String also : e.also()) {
                if (also.matches("[A-Z][A-Z0-9]{1,9}")) {
                    expansions.putIfAbsent(also, e.term());
                }
            }
        }
        List<String> words = expansions.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
        pattern = words.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(" + words.stream().collect(Collectors.joining("|")) + ")(?![\\w-])");
    }

    public void mark(Element body) {
        if (pattern == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (TextNode text : collect(body)) {
            if (insideSkipped(text)) {
                continue;
            }
            markFirstUses(text, used);
        }
    }

    private static List<TextNode> collect(Element body) {
        List<TextNode> out = new java.util.ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        });
        return out;
    }

    private static boolean insideSkipped(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SKIP.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void markFirstUses(TextNode text, Set<String> used) {
        TextNode current = text;
        while (current != null) {
            String s = current.getWholeText();
            Matcher m = pattern.matcher(s);
            TextNode next = null;
            while (m.find()) {
                String word = m.group(1);
                if (used.add(word)) {
                    // jsoup cannot split at the very end of a text, so the ends are handled apart.
                    TextNode after = m.start() == 0 ? current : current.splitText(m.start());
                    TextNode rest = m.end() < s.length() ? after.splitText(word.length()) : null;
                    Element abbr = new Element("abbr").attr("title", expansions.get(word)).text(word);
                    after.replaceWith(abbr);
                    next = rest;
                    break;
                }
            }
            current = next;
        }
    }
}
