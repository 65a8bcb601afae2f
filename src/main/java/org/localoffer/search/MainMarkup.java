package org.localoffer.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a baked page down to its {@code <main>} element before it is parsed: search reads only main, and the
 * head, header, navigation and footer around it were about a quarter of the parsing.
 *
 * <p>The cut is made only when it cannot change what jsoup makes of main. The page is tokenised as far as
 * {@code </main>} and every element must be closed by its own end tag, in order (elements that have no end
 * tag aside); when main starts, no element may be open that main's markup could close or reach into (a
 * paragraph, list item, heading, form, button or formatting element: jsoup closes an open paragraph when a
 * heading starts inside main, taking main with it) or that changes how markup is placed (a table, select, SVG,
 * ...); there is no comment or other {@code <!} or {@code <?} markup before {@code </main>} but the doctype;
 * and the page has no other {@code <main} or {@code </main} anywhere. Otherwise the whole page is parsed,
 * as before.
 *
 * <p>It works on the file's UTF-8 bytes in one pass (all markup is ASCII), and only main is then decoded.
 */
final class MainMarkup {

    private MainMarkup() {
    }

    /** Elements that have no end tag. */
    private static final long[] VOID = keys("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr", "param", "keygen", "frame", "basefont", "bgsound", "image");

    /** Elements that may not be open where main starts: main's markup could close them or be placed by them. */
    private static final long[] NOT_AROUND_MAIN = keys("p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "form", "button", "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
            "tt", "u", "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th", "select",
            "option", "optgroup", "svg", "math", "object", "applet", "marquee", "ruby", "rb", "rp", "rt", "rtc",
            "label", "dialog", "details", "summary", "menu", "dir", "pre", "listing", "address", "fieldset");

    /** Elements whose text is not markup, up to their end tag. */
    private static final long[] RAW_TEXT = keys("script", "style", "xmp", "iframe", "noembed", "noframes",
            "textarea", "title");

    /** Elements this cut does not follow (their content is parsed in ways of its own). */
    private static final long[] UNSUPPORTED = keys("template", "plaintext", "noscript", "frameset");

    private static final long MAIN = key("main");
    /**
     * The only doctype a page may have for a cut, first in the file; a page without one is parsed in quirks mode
     * either way. Other doctypes would need their own quirks rules, so they are parsed whole.
     */
    private static final String HTML5_DOCTYPE = "<!doctype html>";
    private static final long SVG = key("svg");
    private static final long MATH = key("math");

    /**
     * Where main is in a page that it can be cut from safely.
     *
     * @param start the index of main's start tag
     * @param end the index after main's end tag
     * @param doctype whether the page starts with the HTML5 doctype (without one jsoup parses in quirks mode)
     */
    record Cut(int start, int end, boolean doctype) {
    }

    /** The page's main element as markup, or the whole page when it cannot be cut out safely. */
    static String of(byte[] page) {
        Cut cut = cut(page);
        if (cut == null) {
            return new String(page, StandardCharsets.UTF_8);
        }
        String main = new String(page, cut.start(), cut.end() - cut.start(), StandardCharsets.UTF_8);
        // The same doctype, so jsoup parses main in the same mode (in quirks mode a table does not end a paragraph).
        return cut.doctype() ? HTML5_DOCTYPE + main : main;
    }

    /** Where main can be cut from the page, or null when it cannot be cut out safely. */
    static Cut cut(byte[] page) {
        Scan scan = new Scan(page, false);
        int[] range = scan.main();
        return range == null ? null : new Cut(range[0], range[1], scan.doctype);
    }

    /**
     * The index of main's start tag when what comes before it allows a cut, else -1: for a reader that checks main's
     * own markup at least as strictly as {@link #cut} does, and then {@link #nothingAfter} its end.
     */
    static int start(byte[] page) {
        int[] range = new Scan(page, true).main();
        return range == null ? -1 : range[0];
    }

    /** True when no main tag follows main's end at {@code end}, as a cut needs. */
    static boolean nothingAfter(byte[] page, int end) {
        return new Scan(page, false).rest(end);
    }

    /** One pass over a page's markup. */
    private static final class Scan {
        private final byte[] page;
        private final int n;
        private long[] open = new long[64];
        private int depth;
        private int at;
        /** Whether the page starts with {@link #HTML5_DOCTYPE}, which the cut then starts with too. */
        private boolean doctype;

        /** Whether the scan stops at main's start tag, giving {start, -1}. */
        private final boolean toStart;

        Scan(byte[] page, boolean toStart) {
            this.page = page;
            this.n = page.length;
            this.toStart = toStart;
        }

        /** {start, end} of main in the page, or null when it cannot be cut out safely. */
        int[] main() {
            int start = -1;
            while ((at = indexOf('<', at)) >= 0) {
                int tag = at;
                at++;
                boolean closing = at < n && page[at] == '/';
                if (closing) {
                    at++;
                }
                if (at >= n) {
                    return null;
                }
                byte first = page[at];
                if (first == '!' && !closing) {
                    // A comment or CDATA could hide or fake tags; another doctype or none puts jsoup in quirks mode.
                    if (tag != 0 || !startsWithIgnoringCase(page, tag, HTML5_DOCTYPE)) {
                        return null;
                    }
                    doctype = true;
                    at = HTML5_DOCTYPE.length();
                    continue;
                }
                if (!isLetter(first)) {
                    if (closing || first == '?' || first == '!') {
                        return null; // a bogus comment
                    }
                    continue; // a "<" in text
                }
                int nameEnd = nameEnd(at);
                long name = key(page, at, nameEnd);
                at = nameEnd;
                int selfClosing = attributes();
                if (name < 0 || selfClosing < 0 || has(UNSUPPORTED, name)) {
                    return null;
                }
                if (name == MAIN) {
                    if (closing) {
                        if (start < 0 || depth == 0 || open[depth - 1] != MAIN) {
                            return null;
                        }
                        return rest(at) ? new int[] {start, at} : null;
                    }
                    if (start >= 0 || selfClosing > 0 || !safeAroundMain()) {
                        return null;
                    }
                    if (toStart) {
                        return new int[] {tag, -1};
                    }
                    start = tag;
                    push(name);
                } else if (closing) {
                    if (depth == 0 || open[depth - 1] != name || selfClosing > 0) {
                        return null;
                    }
                    depth--;
                } else if (has(RAW_TEXT, name)) {
                    push(name);
                    if (!skipRawText(name)) {
                        return null;
                    }
                } else if (!has(VOID, name) && !(selfClosing > 0 && inForeignContent())) {
                    push(name);
                }
            }
            return null;
        }

        /** True when nothing after main's end tag is another main tag, in any case. */
        private boolean rest(int from) {
            for (int i = indexOf('<', from); i >= 0; i = indexOf('<', i + 1)) {
                int nameStart = i + 1 < n && page[i + 1] == '/' ? i + 2 : i + 1;
                if (key(page, nameStart, nameEnd(nameStart)) == MAIN) {
                    return false;
                }
            }
            return true;
        }

        private boolean safeAroundMain() {
            for (int i = 0; i < depth; i++) {
                if (has(NOT_AROUND_MAIN, open[i])) {
                    return false;
                }
            }
            return true;
        }

        private boolean inForeignContent() {
            for (int i = 0; i < depth; i++) {
                if (open[i] == SVG || open[i] == MATH) {
                    return true;
                }
            }
            return false;
        }

        private void push(long name) {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = name;
        }

        /**
         * Reads a tag's attributes up to its {@code >} as the tokenizer does: 1 when it ends with {@code />}, 0
         * when not, -1 when the page ends first or a value holds a {@code <}.
         */
        private int attributes() {
            while (at < n) {
                byte c = page[at];
                if (c == '>') {
                    at++;
                    return page[at - 2] == '/' ? 1 : 0;
                }
                if (c == '"' || c == '\'') {
                    if (page[at - 1] != '=' && !(isSpace(page[at - 1]) && afterEquals(at - 1))) {
                        at++; // a quote in a name or an unquoted value
                        continue;
                    }
                    int close = indexOf(c, at + 1);
                    if (close < 0 || indexOf('<', at + 1, close) >= 0) {
                        return -1;
                    }
                    at = close + 1;
                    continue;
                }
                if (c == '<') {
                    return -1;
                }
                at++;
            }
            return -1;
        }

        /** True when the spaces before {@code from} (inclusive) follow an equals sign. */
        private boolean afterEquals(int from) {
            int i = from;
            while (i > 0 && isSpace(page[i])) {
                i--;
            }
            return page[i] == '=';
        }

        /** Moves past the text of a script, style, title, ... to its end tag, which is then read as a tag. */
        private boolean skipRawText(long name) {
            for (int i = indexOf('<', at); i >= 0; i = indexOf('<', i + 1)) {
                if (i + 1 < n && page[i + 1] == '!') {
                    return false; // "<!--" in a script has states of its own
                }
                if (i + 1 < n && page[i + 1] == '/') {
                    int end = nameEnd(i + 2);
                    if (key(page, i + 2, end) == name && end < n && (isSpace(page[end]) || page[end] == '/' || page[end] == '>')) {
                        at = i;
                        return true;
                    }
                }
            }
            return false;
        }

        private int nameEnd(int from) {
            int i = from;
            while (i < n && !isSpace(page[i]) && page[i] != '/' && page[i] != '>') {
                i++;
            }
            return i;
        }

        private int indexOf(int c, int from) {
            return indexOf(c, from, n);
        }

        private int indexOf(int c, int from, int to) {
            for (int i = from; i < to; i++) {
                if (page[i] == c) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static boolean startsWithIgnoringCase(byte[] page, int from, String text) {
        if (from + text.length() > page.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            int c = page[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean has(long[] sorted, long name) {
        return Arrays.binarySearch(sorted, name) >= 0;
    }

    private static long[] keys(String... names) {
        return Arrays.stream(names).mapToLong(MainMarkup::key).sorted().toArray();
    }

    static long key(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        return key(bytes, 0, bytes.length);
    }

    /**
     * A tag name of up to ten letters, digits and hyphens, in lower case, packed six bits a character; -1 for
     * none, a longer one or other characters.
     */
    static long key(byte[] page, int from, int to) {
        if (to == from || to - from > 10) {
            return -1;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            int c = page[i];
            int code;
            if (c >= 'a' && c <= 'z') {
                code = c - 'a' + 1;
            } else if (c >= 'A' && c <= 'Z') {
                code = c - 'A' + 1;
            } else if (c >= '0' && c <= '9') {
                code = c - '0' + 27;
            } else if (c == '-') {
                code = 37;
            } else {
                return -1;
            }
            key = key << 6 | code;
        }
        return key;
    }
}
