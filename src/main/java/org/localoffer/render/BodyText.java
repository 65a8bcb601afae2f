package org.localoffer.render;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text exactly as jsoup's {@code Element.text()} gives it (jsoup 1.21), with its whitespace
 * normalising done a run of characters at a time instead of a code point at a time, which was a fifth
 * of the links-and-glossary stage under the quick compiler. The tests compare the two on many pages.
 */
public final class BodyText {

    private BodyText() {
    }

    public static String of(Element root) {
        StringBuilder accum = new StringBuilder(256);
        NodeTraversor.traverse(new NodeVisitor() {
            /** Each text's characters, read in one call rather than one call per character. */
            private char[] chars = new char[256];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (text instanceof CDataNode || preservesWhitespace(text.parentNode())) {
                        accum.append(text.getWholeText());
                    } else {
                        String s = text.getWholeText();
                        if (chars.length < s.length()) {
                            chars = new char[Math.max(s.length(), chars.length * 2)];
                        }
                        s.getChars(0, s.length(), chars, 0);
                        appendNormalised(accum, s, chars, s.length(), endsWithSpace(accum));
                    }
                } else if (node instanceof Element e) {
                    if (accum.length() > 0 && (e.isBlock() || e.nameIs("br")) && !endsWithSpace(accum)) {
                        accum.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Node next = node.nextSibling();
                    if (!e.tag().isInline() && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
                            && !endsWithSpace(accum)) {
                        accum.append(' ');
                    }
                }
            }
        }, root);
        return accum.toString().trim();
    }

    /** jsoup's test: the node or one of its five nearest ancestors keeps whitespace (such as pre). */
    private static boolean preservesWhitespace(Node node) {
        if (node instanceof Element e) {
            int i = 0;
            do {
                if (e.tag().preserveWhitespace()) {
                    return true;
                }
                e = e.parent();
                i++;
            } while (i < 6 && e != null);
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        return sb.length() != 0 && sb.charAt(sb.length() - 1) == ' ';
    }

    /**
     * jsoup's {@code StringUtil.appendNormalisedWhitespace}: each run of whitespace becomes one space (none at
     * the start when {@code stripLeading}), and zero-width spaces and soft hyphens are dropped. The text is
     * the first {@code n} characters of {@code s}, which are also in {@code chars}.
     */
    private static void appendNormalised(StringBuilder accum, String s, char[] chars, int n, boolean stripLeading) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isWhitespace(c)) {
                if (!((stripLeading && !reachedNonWhite) || lastWasWhite)) {
                    accum.append(' ');
                    lastWasWhite = true;
                }
                i++;
            } else if (c == '\u200B' || c == '\u00AD') {
                i++;
            } else {
                // Surrogates are neither, so a pair (or a lone one) is copied as it is, as appendCodePoint would.
                // A single space between two such characters stays one space, so it is copied with them.
                int start = i++;
                while (i < n) {
                    char d = chars[i];
                    if (isPlain(d)) {
                        i++;
                    } else if (d == ' ' && i + 1 < n && isPlain(chars[i + 1])) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                accum.append(s, start, i);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    /** jsoup's {@code StringUtil.isActuallyWhitespace}. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    private static boolean isPlain(char c) {
        return c > ' ' ? c < '\u00A0' || (c != '\u00A0' && c != '\u00AD' && c != '\u200B') : !isWhitespace(c);
    }
}
