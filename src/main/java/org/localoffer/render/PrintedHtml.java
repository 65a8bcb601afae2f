package org.localoffer.render;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * Reads back a body that jsoup printed, or that {@link CommonHtmlWriter} wrote, as
 * {@code Jsoup.parseBodyFragment(html).body()} would, for the HTML that page bodies are made of: elements of the
 * allow-list, nested as written, with quoted attributes, void elements written with or without " /", and jsoup's
 * few entities. Where HTML's parsing rules would not simply nest each element in the one before (a block in a
 * paragraph, a row outside a table body, text in a table...), or for anything else unexpected, jsoup parses the
 * body itself. jsoup's tokeniser and tree builder were a third of the links-and-glossary stage. The tests compare
 * the two trees on many bodies.
 */
public final class PrintedHtml {

    private static final int INLINE = 0;
    private static final int VOID = 1;
    /** Closes an open paragraph when parsed: allowed only where none is open. */
    private static final int BLOCK = 2;
    private static final int HEADING = 3;
    private static final int LIST_ITEM = 4;
    private static final int TABLE = 5;
    private static final int TABLE_SECTION = 6;
    private static final int ROW = 7;
    private static final int CELL = 8;
    private static final int LINK = 9;
    private static final int PARAGRAPH = 10;
    private static final int PRE = 11;
    private static final int RULE = 12;
    private static final int MAX_DEPTH = 100;

    private static final Map<String, Integer> KINDS = new HashMap<>();
    /** The tags jsoup's parser gives these elements, taken from one parse. */
    private static final Map<String, Tag> TAGS = new HashMap<>();

    static {
        for (String name : new String[] {"abbr", "b", "code", "em", "i", "mark", "span", "strong", "sub", "sup", "small", "s",
                "u", "cite", "q", "kbd"}) {
            KINDS.put(name, INLINE);
        }
        KINDS.put("br", VOID);
        KINDS.put("img", VOID);
        KINDS.put("hr", RULE);
        for (String name : new String[] {"ul", "ol", "blockquote", "div", "details", "summary", "figure", "figcaption"}) {
            KINDS.put(name, BLOCK);
        }
        for (String name : new String[] {"h2", "h3", "h4", "h5", "h6"}) {
            KINDS.put(name, HEADING);
        }
        KINDS.put("li", LIST_ITEM);
        KINDS.put("table", TABLE);
        KINDS.put("thead", TABLE_SECTION);
        KINDS.put("tbody", TABLE_SECTION);
        KINDS.put("tr", ROW);
        KINDS.put("td", CELL);
        KINDS.put("th", CELL);
        KINDS.put("a", LINK);
        KINDS.put("p", PARAGRAPH);
        KINDS.put("pre", PRE);
        Element sample = Jsoup.parseBodyFragment("<p><a></a><abbr></abbr><b></b><br><code></code><em></em><i></i><img>"
                + "<mark></mark><span></span><strong></strong><sub></sub><sup></sup><small></small><s></s><u></u><cite></cite>"
                + "<q></q><kbd></kbd></p><h2></h2><h3></h3><h4></h4><h5></h5><h6></h6><ul><li></li></ul><ol></ol><blockquote>"
                + "</blockquote><hr><pre></pre><div></div><details><summary></summary></details><figure><figcaption></figcaption>"
                + "</figure><table><thead><tr><th></th></tr></thead><tbody><tr><td></td></tr></tbody></table>").body();
        for (Element e : sample.getAllElements()) {
            TAGS.put(e.normalName(), e.tag());
        }
        if (!TAGS.keySet().containsAll(KINDS.keySet())) {
            throw new IllegalStateException("jsoup did not parse every tag of the sample");
        }
    }

    private final String html;
    private final char[] a;
    private final int n;
    private int i;
    private final Element[] stack = new Element[MAX_DEPTH + 1];
    private final int[] kinds = new int[MAX_DEPTH + 1];
    private int top;
    private int openParagraphs;
    private int openHeadings;
    private int openLinks;
    private StringBuilder decoded;

    private PrintedHtml(String html) {
        this.html = html;
        this.a = html.toCharArray();
        this.n = a.length;
    }

    /** The same as {@code Jsoup.parseBodyFragment(html).body()}. */
    public static Element parseBody(String html) {
        Element body = read(html);
        return body != null ? body : Jsoup.parseBodyFragment(html).body();
    }

    /** The body jsoup would parse from {@code html}, or null when this class cannot be sure to build the same. */
    static Element read(String html) {
        return read(html, "");
    }

    /**
     * The body {@code Jsoup.parseBodyFragment(html, baseUri)} would parse, in a document with that base address (the
     * allow-list resolves relative links against it), or null when this class cannot be sure to build the same.
     */
    static Element read(String html, String baseUri) {
        Document doc = Document.createShell(baseUri);
        Element body = doc.body();
        return new PrintedHtml(html).readInto(body) ? body : null;
    }

    private boolean readInto(Element body) {
        stack[0] = body;
        kinds[0] = BLOCK;
        while (i < n) {
            boolean ok = a[i] == '<' ? (i + 1 < n && a[i + 1] == '/' ? endTag() : startTag()) : text();
            if (!ok) {
                return false;
            }
        }
        return top == 0;
    }

    private boolean text() {
        int start = i;
        boolean entities = false;
        boolean blank = true;
        while (i < n) {
            char c = a[i];
            if (c == '<') {
                break;
            } else if (c == '&') {
                entities = true;
            } else if (c < ' ') {
                if (c != '\n' && c != '\t') {
                    return false; // characters the parser may treat in its own ways
                }
            } else if (c != ' ') {
                blank = false;
            }
            i++;
        }
        int kind = kinds[top];
        if (kind == TABLE || kind == TABLE_SECTION || kind == ROW) {
            if (!blank) {
                return false; // the parser moves such text out of the table
            }
        } else if (kind == PRE && stack[top].childNodeSize() == 0 && a[start] == '\n') {
            return false; // the parser drops a line break just after <pre>
        }
        String value;
        if (entities) {
            value = decode(start, i);
            if (value == null) {
                return false;
            }
        } else {
            value = html.substring(start, i);
        }
        stack[top].appendChild(new TextNode(value));
        return true;
    }

    /** The text between {@code start} and {@code end} with jsoup's escapes undone; null for any other reference. */
    private String decode(int start, int end) {
        StringBuilder sb = decoded == null ? decoded = new StringBuilder() : decoded;
        sb.setLength(0);
        int run = start;
        for (int k = start; k < end; k++) {
            if (a[k] != '&') {
                continue;
            }
            sb.append(a, run, k - run);
            char c;
            if (html.startsWith("&amp;", k)) {
                c = '&';
                k += 4;
            } else if (html.startsWith("&lt;", k)) {
                c = '<';
                k += 3;
            } else if (html.startsWith("&gt;", k)) {
                c = '>';
                k += 3;
            } else if (html.startsWith("&quot;", k)) {
                c = '"';
                k += 5;
            } else if (html.startsWith("&nbsp;", k)) {
                c = '\u00A0';
                k += 5;
            } else {
                return null;
            }
            if (k >= end) {
                return null;
            }
            sb.append(c);
            run = k + 1;
        }
        sb.append(a, run, end - run);
        return sb.toString();
    }

    private boolean endTag() {
        int nameStart = i + 2;
        int k = nameStart;
        while (k < n && a[k] != '>') {
            k++;
        }
        if (k >= n || top == 0) {
            return false;
        }
        Element current = stack[top];
        String name = current.normalName();
        if (k - nameStart != name.length() || !html.startsWith(name, nameStart)) {
            return false; // only the end of the element last opened nests as written
        }
        switch (kinds[top]) {
            case PARAGRAPH -> openParagraphs--;
            case HEADING -> openHeadings--;
            case LINK -> openLinks--;
            default -> {
            }
        }
        top--;
        i = k + 1;
        return true;
    }

    private boolean startTag() {
        int nameStart = i + 1;
        int k = nameStart;
        while (k < n && ((a[k] >= 'a' && a[k] <= 'z') || (a[k] >= '0' && a[k] <= '9'))) {
            k++;
        }
        if (k >= n || k == nameStart) {
            return false;
        }
        String name = html.substring(nameStart, k);
        Integer kindOf = KINDS.get(name);
        if (kindOf == null) {
            return false;
        }
        int kind = kindOf;
        if (!nestsAsWritten(kind)) {
            return false;
        }
        Attributes attributes = null;
        while (k < n && a[k] == ' ' && !(k + 1 < n && a[k + 1] == '/')) {
            int keyStart = ++k;
            while (k < n && ((a[k] >= 'a' && a[k] <= 'z') || (a[k] >= '0' && a[k] <= '9') || a[k] == '-')) {
                k++;
            }
            if (k == keyStart || k + 1 >= n || a[k] != '=' || a[k + 1] != '"') {
                return false;
            }
            String key = html.substring(keyStart, k);
            int valueStart = k + 2;
            k = valueStart;
            boolean entities = false;
            while (k < n && a[k] != '"') {
                if (a[k] == '&') {
                    entities = true;
                } else if (a[k] < ' ' && a[k] != '\n' && a[k] != '\t') {
                    return false;
                }
                k++;
            }
            if (k >= n) {
                return false;
            }
            String value = entities ? decode(valueStart, k) : html.substring(valueStart, k);
            if (value == null) {
                return false;
            }
            if (attributes == null) {
                attributes = new Attributes();
            } else if (attributes.hasKey(key)) {
                return false; // the parser keeps the first of the two
            }
            attributes.put(key, value);
            k++;
        }
        if (k + 2 < n && a[k] == ' ' && a[k + 1] == '/' && a[k + 2] == '>') {
            if (kind != VOID && kind != RULE) {
                return false; // the parser ignores the slash on other elements, which then stay open
            }
            k += 2; // flexmark's "<hr />": the same element as "<hr>"
        }
        if (k >= n || a[k] != '>') {
            return false;
        }
        Tag tag = TAGS.get(name);
        Element element = new Element(tag, null, attributes);
        stack[top].appendChild(element);
        i = k + 1;
        if (kind == VOID || kind == RULE) {
            return true;
        }
        if (top == MAX_DEPTH) {
            return false;
        }
        stack[++top] = element;
        kinds[top] = kind;
        switch (kind) {
            case PARAGRAPH -> openParagraphs++;
            case HEADING -> openHeadings++;
            case LINK -> openLinks++;
            default -> {
            }
        }
        return true;
    }

    /** Whether HTML's parser puts an element of this kind inside the current one, changing nothing else. */
    private boolean nestsAsWritten(int kind) {
        int current = kinds[top];
        boolean inTable = current == TABLE || current == TABLE_SECTION || current == ROW;
        if (inTable || kind == TABLE_SECTION || kind == ROW || kind == CELL) {
            return (current == TABLE && kind == TABLE_SECTION) || (current == TABLE_SECTION && kind == ROW)
                    || (current == ROW && kind == CELL);
        }
        return switch (kind) {
            case INLINE, VOID -> true;
            case LINK -> openLinks == 0;
            case BLOCK, PARAGRAPH, PRE, RULE, TABLE -> openParagraphs == 0;
            case HEADING -> openParagraphs == 0 && openHeadings == 0;
            case LIST_ITEM -> openParagraphs == 0 && (stack[top].nameIs("ul") || stack[top].nameIs("ol"));
            default -> false;
        };
    }
}
