package org.localoffer.search;

import java.util.Arrays;
import org.jsoup.parser.Tag;

/**
 * The elements {@link MainText} reads without jsoup, each with how jsoup's tree builder places it (its kind) and
 * how jsoup's text rules treat it (block, inline, keeps white space: from jsoup's own {@link Tag} table). Any other
 * element sends the page to jsoup.
 */
final class MainElements {

    private MainElements() {
    }

    /** How jsoup's tree builder places an element; each kind has its own rule for where it may start. */
    enum Kind {
        /** Inserted where it is, with no other effect: span, abbr, time, ... */
        PHRASING,
        /** A formatting element (a, b, strong, ...): inserted where it is while no other of its name is open. */
        FORMATTING,
        /** No content and no end tag: br, img, wbr. */
        VOID,
        /** Closes an open paragraph, so it may not start inside one: div, p, ul, section, ... */
        BLOCK,
        /** A block that also closes an open heading: h1 to h6. */
        HEADING,
        /** A block whose first line break is dropped. */
        PRE,
        /** A block without content or end tag. */
        RULE,
        /** Closes an open list item: only read as a child of ul or ol. */
        LIST_ITEM,
        /** Closes an open dt or dd: only read in dl, or in a div in dl. */
        DEFINITION,
        /** A table: only text that is white space may be directly in it, its sections and rows. */
        TABLE,
        /** thead, tbody, tfoot: only in a table. */
        TABLE_SECTION,
        /** caption: only in a table. */
        CAPTION,
        /** tr: only in a table section. */
        ROW,
        /** td, th: only in a row. */
        CELL,
        /** Raw text up to its end tag. */
        SCRIPT,
        /** main itself: never inside main. */
        MAIN
    }

    private static final String[][] NAMES = {
        {"PHRASING", "abbr", "bdi", "bdo", "cite", "data", "dfn", "kbd", "mark", "q", "samp", "span", "sub", "sup",
            "time", "var"},
        {"FORMATTING", "a", "b", "code", "em", "i", "s", "small", "strong", "u"},
        {"VOID", "br", "img", "wbr"},
        {"BLOCK", "address", "article", "aside", "blockquote", "details", "div", "dl", "figcaption", "figure",
            "footer", "header", "nav", "ol", "p", "section", "summary", "ul"},
        {"HEADING", "h1", "h2", "h3", "h4", "h5", "h6"},
        {"PRE", "pre"},
        {"RULE", "hr"},
        {"LIST_ITEM", "li"},
        {"DEFINITION", "dt", "dd"},
        {"TABLE", "table"},
        {"TABLE_SECTION", "thead", "tbody", "tfoot"},
        {"CAPTION", "caption"},
        {"ROW", "tr"},
        {"CELL", "td", "th"},
        {"SCRIPT", "script"},
        {"MAIN", "main"},
    };

    /** The names' keys ({@link MainMarkup#key}), sorted; an element's id is its index here. */
    private static final long[] KEYS;
    private static final String[] NAME;
    private static final Kind[] KIND;
    private static final boolean[] BLOCK;
    private static final boolean[] INLINE;
    private static final boolean[] PRESERVES_WHITESPACE;

    static {
        int count = Arrays.stream(NAMES).mapToInt(names -> names.length - 1).sum();
        KEYS = new long[count];
        String[] byKey = new String[count];
        Kind[] kindByKey = new Kind[count];
        int i = 0;
        for (String[] names : NAMES) {
            for (int k = 1; k < names.length; k++, i++) {
                KEYS[i] = MainMarkup.key(names[k]);
            }
        }
        Arrays.sort(KEYS);
        for (String[] names : NAMES) {
            for (int k = 1; k < names.length; k++) {
                int id = Arrays.binarySearch(KEYS, MainMarkup.key(names[k]));
                byKey[id] = names[k];
                kindByKey[id] = Kind.valueOf(names[0]);
            }
        }
        NAME = byKey;
        KIND = kindByKey;
        BLOCK = new boolean[count];
        INLINE = new boolean[count];
        PRESERVES_WHITESPACE = new boolean[count];
        for (int id = 0; id < count; id++) {
            Tag tag = Tag.valueOf(NAME[id]);
            BLOCK[id] = tag.isBlock();
            INLINE[id] = tag.isInline();
            PRESERVES_WHITESPACE[id] = tag.preserveWhitespace();
        }
    }

    static final int MAIN = id("main");
    static final int H1 = id("h1");
    static final int BR = id("br");
    static final int UL = id("ul");
    static final int OL = id("ol");
    static final int DL = id("dl");
    static final int DIV = id("div");
    static final int P = id("p");
    static final int NAV = id("nav");
    static final int ASIDE = id("aside");
    static final int SCRIPT = id("script");
    static final int PRE = id("pre");

    /** The id of an element from its name's key, or -1 when it is not one of these. */
    static int id(long key) {
        int id = Arrays.binarySearch(KEYS, key);
        return id < 0 ? -1 : id;
    }

    private static int id(String name) {
        return id(MainMarkup.key(name));
    }

    /** How many elements there are: ids are below this. */
    static int count() {
        return KEYS.length;
    }

    static String name(int id) {
        return NAME[id];
    }

    static Kind kind(int id) {
        return KIND[id];
    }

    static boolean isBlock(int id) {
        return BLOCK[id];
    }

    static boolean isInline(int id) {
        return INLINE[id];
    }

    static boolean preservesWhitespace(int id) {
        return PRESERVES_WHITESPACE[id];
    }
}
