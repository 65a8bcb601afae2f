package org.localoffer.render;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * An element's inner HTML exactly as jsoup's {@code Element.html()} prints it (jsoup 1.21, default output
 * settings: pretty, indent 1, UTF-8, base entities), with the same layout decisions as its pretty printer
 * but text escaped a run of characters at a time. jsoup escapes a code point at a time through several calls,
 * which was two fifths of the links-and-glossary stage under the quick compiler. Anything this class is not
 * sure to print the same (other node kinds, other settings, control characters...) is left to jsoup.
 * The tests compare the two on many bodies.
 */
public final class PrettyHtml {

    private static final int NORMALISE = 1;
    private static final int TRIM_LEADING = 2;
    private static final int TRIM_TRAILING = 4;
    private static final int FOR_ATTRIBUTE = 8;
    /** jsoup's default maxPaddingWidth. */
    private static final String[] PADDING = new String[31];

    static {
        for (int i = 0; i < PADDING.length; i++) {
            PADDING[i] = "\n" + " ".repeat(i);
        }
    }

    private final StringBuilder out;
    /** The first child, which jsoup's printer never indents. */
    private final Node root;
    private boolean preserveWhitespace;
    /** Set when a node turns out to need jsoup's own printer. */
    private boolean unsure;
    private char[] chars = new char[128];

    private PrettyHtml(StringBuilder out, Node root) {
        this.out = out;
        this.root = root;
    }

    /** The same as {@code element.html()}. */
    public static String of(Element element) {
        String html = printed(element);
        return html != null ? html : element.html();
    }

    /** {@code element.html()}, or null when this class cannot be sure to print it the same. */
    static String printed(Element element) {
        Node first = element.firstChild();
        if (first == null) {
            return "";
        }
        if (!defaultSettings(element) || preserves(element)) {
            return null;
        }
        PrettyHtml printer = new PrettyHtml(new StringBuilder(1024), first);
        for (Node child = first; child != null && !printer.unsure; child = child.nextSibling()) {
            printer.node(child, 0);
        }
        return printer.unsure ? null : printer.out.toString().trim();
    }

    private static boolean defaultSettings(Element element) {
        Document doc = element.ownerDocument();
        Document.OutputSettings s = doc == null ? new Document("").outputSettings() : doc.outputSettings();
        return s.prettyPrint() && !s.outline() && s.indentAmount() == 1 && s.maxPaddingWidth() == 30
                && s.syntax() == Document.OutputSettings.Syntax.html && s.escapeMode() == Entities.EscapeMode.base
                && s.charset().name().equals("UTF-8");
    }

    /** Whether the element or one of its ancestors keeps whitespace: jsoup's printer then starts in that mode. */
    private static boolean preserves(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }

    /** jsoup's traversal: the node's head, its children, its tail. */
    private void node(Node node, int depth) {
        if (node.getClass() == TextNode.class) {
            text((TextNode) node, depth);
        } else if (node.getClass() == Element.class) {
            Element el = (Element) node;
            if (depth > 400) { // jsoup's traversal is not recursive; deep trees go to it
                unsure = true;
                return;
            }
            head(el, depth);
            for (Node child = el.firstChild(); child != null && !unsure; child = child.nextSibling()) {
                node(child, depth + 1);
            }
            tail(el, depth);
        } else {
            unsure = true;
        }
    }

    private void head(Element el, int depth) {
        Tag tag = el.tag();
        if (!Parser.NamespaceHtml.equals(tag.namespace())) {
            unsure = true;
            return;
        }
        if (shouldIndent(el)) {
            indent(depth);
        }
        String name = el.tagName();
        out.append('<').append(name);
        if (el.attributesSize() > 0) {
            attributes(el);
        }
        if (el.childNodeSize() == 0) {
            if (tag.isEmpty()) {
                out.append('>');
            } else {
                out.append("></").append(name).append('>');
            }
        } else {
            out.append('>');
        }
        if (tag.preserveWhitespace()) {
            preserveWhitespace = true;
        }
    }

    private void attributes(Element el) {
        for (Attribute a : el.attributes()) {
            String key = a.getKey();
            if (!plainKey(key)) {
                unsure = true;
                return;
            }
            out.append(' ').append(key);
            String value = a.getValue();
            boolean collapse = !a.hasDeclaredValue()
                    || (value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key);
            if (!collapse) {
                out.append("=\"");
                escape(value, FOR_ATTRIBUTE);
                out.append('"');
            }
        }
    }

    /** A key jsoup writes as it is (its html key check would change none of it). */
    private static boolean plainKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0, n = key.length(); i < n; i++) {
            char c = key.charAt(i);
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c == ' ' || c == '"' || c == '\'' || c == '/' || c == '=') {
                return false;
            }
        }
        return true;
    }

    private void tail(Element el, int depth) {
        if (shouldIndent(nextNonBlank(el.firstChild()))) {
            indent(depth);
        }
        if (el.childNodeSize() > 0) {
            out.append("</").append(el.tagName()).append('>');
        }
        if (preserveWhitespace && el.tag().preserveWhitespace()) {
            for (Element parent = el.parent(); parent != null; parent = parent.parent()) {
                if (parent.tag().preserveWhitespace()) {
                    return;
                }
            }
            preserveWhitespace = false;
        }
    }

    private void text(TextNode node, int depth) {
        int options = 0;
        String s = node.getWholeText();
        if (!preserveWhitespace) {
            options = textTrim(node, NORMALISE);
            if (!isBlank(s) && isBlockEl(node.parentNode()) && shouldIndent(node)) {
                indent(depth);
            }
        }
        escape(s, options);
    }

    private void indent(int depth) {
        out.append(PADDING[Math.min(depth, 30)]);
    }

    private int textTrim(TextNode node, int options) {
        if (!isBlockEl(node.parentNode())) {
            return options;
        }
        Node prev = node.previousSibling();
        Node next = node.nextSibling();
        if (!(prev instanceof Element && !isBlockEl(prev))) {
            if (prev == null || !(prev instanceof TextNode) && shouldIndent(prev)) {
                options |= TRIM_LEADING;
            }
        }
        if (next == null || !(next instanceof TextNode) && shouldIndent(next)) {
            options |= TRIM_TRAILING;
        } else {
            next = nextNonBlank(next);
            if (next instanceof TextNode t && isWhitespace(t.getWholeText().charAt(0))) {
                options |= TRIM_TRAILING;
            }
        }
        return options;
    }

    private boolean shouldIndent(Node node) {
        if (node == null || node == root || preserveWhitespace || isBlankText(node)) {
            return false;
        }
        if (isBlockEl(node)) {
            return true;
        }
        Node prevSib = previousNonBlank(node);
        if (isBlockEl(prevSib)) {
            return true;
        }
        Element parent = (Element) node.parentNode();
        if (!isBlockEl(parent) || parent.tag().is(Tag.InlineContainer) || !hasNonTextNodes(parent)) {
            return false;
        }
        return prevSib == null || (!(prevSib instanceof TextNode) && (isBlockEl(prevSib) || !(prevSib instanceof Element)));
    }

    private static boolean isBlockEl(Node node) {
        if (node instanceof Element el) {
            return el.isBlock() || (!el.tag().isKnownTag() && (el.parentNode() instanceof Document || hasChildBlocks(el)));
        }
        return false;
    }

    private static boolean hasChildBlocks(Element el) {
        Element child = el.firstElementChild();
        for (int i = 0; i < 5 && child != null; i++) {
            if (child.isBlock() || !child.tag().isKnownTag()) {
                return true;
            }
            child = child.nextElementSibling();
        }
        return false;
    }

    private static boolean hasNonTextNodes(Element el) {
        Node child = el.firstChild();
        for (int i = 0; i < 5 && child != null; i++) {
            if (!(child instanceof TextNode)) {
                return true;
            }
            child = child.nextSibling();
        }
        return false;
    }

    private static Node previousNonBlank(Node node) {
        Node prev = node.previousSibling();
        while (isBlankText(prev)) {
            prev = prev.previousSibling();
        }
        return prev;
    }

    private static Node nextNonBlank(Node node) {
        while (isBlankText(node)) {
            node = node.nextSibling();
        }
        return node;
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode t && isBlank(t.getWholeText());
    }

    /** jsoup's StringUtil.isBlank: empty or only its whitespace (not the no-break space). */
    private static boolean isBlank(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** jsoup's StringUtil.isWhitespace. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /**
     * jsoup's Entities.escape in base mode for UTF-8, normalising whitespace when asked: each run of characters
     * that needs nothing is appended in one call. Characters jsoup would write as numeric references (controls,
     * lone surrogates) mark the body as unsure instead.
     */
    private void escape(String s, int options) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        char[] a = chars;
        s.getChars(0, n, a, 0);
        byte[] kinds = (options & FOR_ATTRIBUTE) != 0 ? ATTRIBUTE_KINDS : (options & NORMALISE) != 0 ? NORMALISED_KINDS : KEPT_KINDS;
        int run = 0; // start of the characters not yet appended, which are written as they are
        int i = 0;
        while (i < n) {
            char c = a[i];
            int kind = c < 128 ? kinds[c] : c == 0xA0 ? ENTITY : Character.isSurrogate(c) ? SURROGATE : PLAIN;
            if (kind == PLAIN) {
                i++;
            } else if (kind == SPACE || kind == WHITE) {
                // jsoup's normalising makes each run of whitespace one space, and drops a trimmed first or last run.
                int end = i + 1;
                while (end < n && isWhitespace(a[end])) {
                    end++;
                }
                boolean space = !(i == 0 && (options & TRIM_LEADING) != 0) && !(end == n && (options & TRIM_TRAILING) != 0);
                if (!(space && kind == SPACE && end == i + 1)) { // else a single space, written as it is
                    out.append(s, run, i);
                    if (space) {
                        out.append(' ');
                    }
                    run = end;
                }
                i = end;
            } else if (kind == ENTITY) {
                out.append(s, run, i).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : "&nbsp;");
                run = ++i;
            } else if (kind == SURROGATE && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])
                    && !Character.isSurrogate((char) Character.toCodePoint(c, a[i + 1]))) {
                i += 2; // jsoup tests the code point's low 16 bits as a char, and escapes the pairs where that is a surrogate
            } else {
                unsure = true;
                return;
            }
        }
        out.append(s, run, n);
    }

    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte WHITE = 2;
    private static final byte ENTITY = 3;
    private static final byte SURROGATE = 4;
    private static final byte UNSURE = 5;
    /** What each ASCII character needs in normalised text, text kept as it is (as in pre), and attribute values. */
    private static final byte[] NORMALISED_KINDS = new byte[128];
    private static final byte[] KEPT_KINDS = new byte[128];
    private static final byte[] ATTRIBUTE_KINDS = new byte[128];

    static {
        for (byte[] kinds : new byte[][] {NORMALISED_KINDS, KEPT_KINDS, ATTRIBUTE_KINDS}) {
            java.util.Arrays.fill(kinds, 0, 0x20, UNSURE);
            kinds['&'] = ENTITY;
            kinds['<'] = ENTITY;
            kinds['>'] = ENTITY;
            kinds['\t'] = PLAIN;
            kinds['\n'] = PLAIN;
            kinds['\r'] = PLAIN;
        }
        NORMALISED_KINDS[' '] = SPACE;
        for (char c : new char[] {'\t', '\n', '\f', '\r'}) {
            NORMALISED_KINDS[c] = WHITE;
        }
        ATTRIBUTE_KINDS['"'] = ENTITY;
    }
}
