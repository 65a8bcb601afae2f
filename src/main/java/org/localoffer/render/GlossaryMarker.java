package org.localoffer.render;

import java.util.ArrayList;
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
import org.jsoup.select.NodeFilter;
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
    /** The acronyms by their first character, longest first, as the pattern tries them. */
    private final Map<Character, String[]> byFirstChar;
    /** The same for first characters below 128, looked up without boxing; only read once built. */
    private final String[][] byAsciiFirstChar;
    private final boolean hasEmptyWord;
    /** Whether any acronym starts with a character of 128 or more, which only then need looking up. */
    private final boolean hasNonAsciiFirstChar;

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
        List<String> sorted = expansions.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
        List<String> words = sorted.stream().map(Pattern::quote).toList();
        pattern = words.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(" + words.stream().collect(Collectors.joining("|")) + ")(?![\\w-])");
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String word : sorted) {
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
            }
        }
        Map<Character, String[]> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, v.toArray(String[]::new)));
        this.byFirstChar = Map.copyOf(frozen);
        this.byAsciiFirstChar = new String[128][];
        frozen.forEach((k, v) -> {
            if (k < 128) {
                byAsciiFirstChar[k] = v;
            }
        });
        this.hasEmptyWord = expansions.containsKey("");
        this.hasNonAsciiFirstChar = frozen.keySet().stream().anyMatch(k -> k >= 128);
    }

    public void mark(Element body) {
        if (pattern == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        char[][] chars = {new char[256]};
        for (TextNode text : textsToMark(body)) {
            markFirstUses(text, used, chars);
        }
    }

    /**
     * The texts of {@code body} in document order, but none inside a link, code or an abbr: one walk that
     * skips those elements whole, rather than looking up every text's ancestors. Collected before any is
     * marked, because marking splits and replaces texts.
     */
    private static List<TextNode> textsToMark(Element body) {
        List<TextNode> out = new ArrayList<>();
        for (Element e = body; e != null; e = e.parent()) {
            if (SKIP.contains(e.normalName())) {
                return out; // all of it is inside one
            }
        }
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.add(t);
                } else if (node instanceof Element e && SKIP.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        return out;
    }

    /** @param chars holds room for a text's characters, in {@code chars[0]}; made longer when a text needs more */
    private void markFirstUses(TextNode text, Set<String> used, char[][] chars) {
        if (hasEmptyWord) {
            markFirstUsesWithPattern(text, used);
            return;
        }
        TextNode current = text;
        while (current != null) {
            String s = current.getWholeText();
            if (chars[0].length < s.length()) {
                chars[0] = new char[Math.max(s.length(), chars[0].length * 2)];
            }
            char[] a = chars[0];
            s.getChars(0, s.length(), a, 0);
            TextNode next = null;
            int from = 0;
            int[] at = new int[1];
            String word;
            while ((word = find(s, a, from, at)) != null) {
                int start = at[0];
                int end = start + word.length();
                if (used.add(word)) {
                    // jsoup cannot split at the very end of a text, so the ends are handled apart.
                    TextNode after = start == 0 ? current : current.splitText(start);
                    TextNode rest = end < s.length() ? after.splitText(word.length()) : null;
                    Element abbr = new Element("abbr").attr("title", expansions.get(word)).text(word);
                    after.replaceWith(abbr);
                    next = rest;
                    break;
                }
                from = end;
            }
            current = next;
        }
    }

    /** The general way, kept for a glossary with an empty acronym, which {@link #find} does not handle. */
    private void markFirstUsesWithPattern(TextNode text, Set<String> used) {
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

    /**
     * The next acronym in {@code s} at or after {@code from}, with its start in {@code at[0]}, or null: the
     * same match as {@code pattern} finds, without running the regex over every text of every page.
     */
    String find(String s, int from, int[] at) {
        return find(s, s.toCharArray(), from, at);
    }

    /** As above, reading the characters from {@code chars} (which start with those of {@code s}), not one call each. */
    private String find(String s, char[] chars, int from, int[] at) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (i > 0 && isWordOrHyphen(chars[i - 1])) {
                continue;
            }
            char c = chars[i];
            String[] candidates = c < 128 ? byAsciiFirstChar[c] : hasNonAsciiFirstChar ? byFirstChar.get(c) : null;
            if (candidates == null) {
                continue;
            }
            for (String word : candidates) {
                int end = i + word.length();
                if (s.startsWith(word, i) && (end >= n || !isWordOrHyphen(chars[end]))) {
                    at[0] = i;
                    return word;
                }
            }
        }
        return null;
    }

    /** Regex [\\w-]: an ASCII letter, digit, underscore or hyphen. */
    private static boolean isWordOrHyphen(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
