package org.localoffer.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.parser.Parser;
import org.localoffer.search.MainElements.Kind;

/**
 * A page's title, headings and body text read from main's markup in one pass, without building jsoup's tree:
 * the same text {@link PublishedPageReader#read(org.localoffer.content.Page, org.jsoup.nodes.Document)} takes
 * from the tree, for markup that jsoup makes into the tree it says.
 *
 * <p>It reads only markup whose tree is certain: every element is one of {@link MainElements}, starts where
 * jsoup's tree builder leaves it where it is (no paragraph, heading or list item is closed by it, nothing is moved
 * out of a table) and is closed by its own end tag, in order; no tag, attribute or text holds anything it does not
 * follow. On anything else it gives up ({@link #read} gives null) and the page is parsed by jsoup, as before.
 * Our templates and rendered Markdown are well formed, so that is rare.
 */
final class MainText {

    /** Deeper than this and jsoup's own limits could come into play. */
    private static final int MAX_DEPTH = 200;

    private static final int BODY = 1;
    private static final int TITLE = 2;
    private static final int HEADING = 4;

    /** What a run of text holds: bytes of non-ASCII characters, character references. */
    private static final int NOT_ASCII = 1;
    private static final int ENTITIES = 2;

    /** Class names of parts that are not content (as in {@link PublishedPageReader#NOT_CONTENT}). */
    private static final String[] NOT_CONTENT_CLASSES = {"contents", "related-services", "page-reviewed", "banner"};
    private static final String[] LEAD_CLASSES = {"lead", "caption"};
    private static final String[] HIDDEN_CLASSES = {"visually-hidden"};

    /**
     * What was read.
     *
     * @param title the text of main's first h1 that is content, or null when there is none
     * @param headings the texts of the headings h2 to h6 that are content and not visually hidden
     * @param body the text of the rest of main
     */
    record Fields(String title, List<String> headings, String body) {
    }

    private final byte[] page;
    private final int end;
    private int at;

    private int depth;
    private int[] open = new int[64];
    /** For each open element, the texts it was given to (BODY, TITLE, HEADING). */
    private int[] givenTo = new int[64];
    private final int[] openCount = new int[MainElements.count()];
    private int openParagraphs;
    private int openHeadings;
    private int openPre;

    /** Depths of the open part that is not content, the title's h1, the outermost lead and the heading; -1 for none. */
    private int notContentAt = -1;
    private int titleAt = -1;
    private int leadAt = -1;
    private int headingAt = -1;
    private boolean titleFound;
    private boolean headingKept;
    /** Set after a pre's start tag: a line break straight after it is not text. */
    private boolean dropNewline;

    private final StreamedText body = new StreamedText();
    private final StreamedText title = new StreamedText();
    private final StreamedText heading = new StreamedText();
    private String titleText;
    private final List<String> headings = new ArrayList<>();

    /** Where the last tag's class attribute value is ({@code classFrom < 0} for none). */
    private int classFrom;
    private int classTo;

    private MainText(byte[] page, int end) {
        this.page = page;
        this.end = end;
    }

    /**
     * The fields of the page's main, or null when jsoup is to read it. Main is read where {@link MainMarkup} could
     * cut it out; main's own markup is checked here, more strictly than the cut checks it, so it is read only once.
     */
    static Fields read(byte[] page) {
        int start = MainMarkup.start(page);
        if (start < 0) {
            return null;
        }
        MainText reader = new MainText(page, page.length);
        reader.at = start;
        return reader.read() && MainMarkup.nothingAfter(page, reader.at)
                ? new Fields(reader.titleText, reader.headings, reader.body.text()) : null;
    }

    /** Reads main from its start tag to its end tag. */
    private boolean read() {
        if (!startTag() || open[0] != MainElements.MAIN || depth != 1) {
            return false;
        }
        while (depth > 0) {
            // The text up to the next tag, noting on the way what it holds that plain ASCII text does not.
            int lt = at;
            int holds = 0;
            while (lt < end) {
                byte c = page[lt];
                if (c == '<') {
                    break;
                }
                if (c < 0) {
                    holds |= NOT_ASCII;
                } else if (c <= '&') {
                    if (c == '&') {
                        holds |= ENTITIES;
                    } else if (c == '\r' || c == 0) {
                        return false; // jsoup keeps a carriage return, drops a null: rare enough to leave to it
                    }
                }
                lt++;
            }
            if (lt == end) {
                return false;
            }
            if (lt > at && !text(at, lt, holds)) {
                return false;
            }
            at = lt;
            if (at + 1 >= end) {
                return false;
            }
            byte next = page[at + 1];
            boolean ok = next == '/' ? endTag() : isLowerLetter(next) && startTag();
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // Tags.

    private boolean startTag() {
        dropNewline = false;
        int nameFrom = at + 1;
        int nameTo = nameEnd(nameFrom);
        int id = MainElements.id(MainMarkup.key(page, nameFrom, nameTo));
        at = nameTo;
        if (id < 0) {
            return false;
        }
        int selfClosing = attributes();
        if (selfClosing < 0) {
            return false;
        }
        Kind kind = MainElements.kind(id);
        if (selfClosing > 0 && kind != Kind.VOID && kind != Kind.RULE || !placedWhereItIs(id, kind)) {
            return false;
        }
        if (kind == Kind.MAIN) {
            push(id, 0); // main is the root of the body text, and its classes mean nothing here
            return true;
        }
        if (kind == Kind.VOID || kind == Kind.RULE) {
            classify(id);
            close();
            return true;
        }
        classify(id);
        if (kind == Kind.SCRIPT) {
            return skipScript();
        }
        if (kind == Kind.PRE) {
            dropNewline = true;
        }
        return true;
    }

    private boolean endTag() {
        dropNewline = false;
        int nameFrom = at + 2;
        int nameTo = nameEnd(nameFrom);
        if (nameTo == nameFrom || depth == 0 || MainElements.id(MainMarkup.key(page, nameFrom, nameTo)) != open[depth - 1]) {
            return false;
        }
        at = skipSpace(nameTo);
        if (at >= end || page[at] != '>') {
            return false;
        }
        at++;
        close();
        return true;
    }

    /**
     * True when jsoup's tree builder inserts the element as a child of the current one and changes nothing else: it
     * closes no open paragraph, heading, list item or definition, and is not moved out of a table.
     */
    private boolean placedWhereItIs(int id, Kind kind) {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        int parent = depth > 0 ? open[depth - 1] : -1;
        Kind parentKind = parent < 0 ? null : MainElements.kind(parent);
        boolean inTable = parentKind == Kind.TABLE || parentKind == Kind.TABLE_SECTION || parentKind == Kind.ROW;
        return switch (kind) {
            case TABLE_SECTION, CAPTION -> parentKind == Kind.TABLE;
            case ROW -> parentKind == Kind.TABLE_SECTION;
            case CELL -> parentKind == Kind.ROW;
            case MAIN -> depth == 0;
            default -> !inTable && depth > 0 && switch (kind) {
                case BLOCK, PRE, RULE, TABLE -> openParagraphs == 0;
                case HEADING -> openParagraphs == 0 && openHeadings == 0;
                case LIST_ITEM -> parent == MainElements.UL || parent == MainElements.OL;
                case DEFINITION -> parent == MainElements.DL
                        || parent == MainElements.DIV && depth > 1 && open[depth - 2] == MainElements.DL;
                case FORMATTING -> openCount[id] == 0;
                default -> true;
            };
        };
    }

    /**
     * Pushes an element and gives its start to the texts it is part of, after the rules of {@link PublishedPageReader}:
     * parts that are not content are in none; the first h1 is the title and not in the body; leads and captions are
     * in the title when in its h1 but in nothing else; headings h2 to h6 are their own text and not in the body.
     */
    private void classify(int id) {
        int given = 0;
        boolean hasClass = classFrom >= 0;
        if (notContentAt < 0 && !(id == MainElements.NAV || id == MainElements.ASIDE || id == MainElements.SCRIPT
                || hasClass && hasClass(NOT_CONTENT_CLASSES))) {
            boolean isTitle = id == MainElements.H1 && !titleFound;
            boolean lead = hasClass && hasClass(LEAD_CLASSES);
            Kind kind = MainElements.kind(id);
            boolean isHeading = kind == Kind.HEADING && id != MainElements.H1;
            if (inBody() && !isTitle && !lead && !isHeading) {
                body.start(id);
                given |= BODY;
            }
            if (titleAt >= 0) {
                title.start(id);
                given |= TITLE;
            }
            if (inHeading() && !lead) {
                heading.start(id);
                given |= HEADING;
            }
            if (isTitle) {
                titleFound = true;
                titleAt = depth;
                title.clear();
            }
            if (isHeading) {
                headingAt = depth;
                headingKept = leadAt < 0 && !lead && !(hasClass && hasClass(HIDDEN_CLASSES));
                heading.clear();
            }
            if (lead && leadAt < 0) {
                leadAt = depth;
            }
        } else if (notContentAt < 0) {
            notContentAt = depth;
        }
        push(id, given);
    }

    private void push(int id, int given) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            givenTo = Arrays.copyOf(givenTo, depth * 2);
        }
        open[depth] = id;
        givenTo[depth] = given;
        depth++;
        openCount[id]++;
        Kind kind = MainElements.kind(id);
        if (id == MainElements.P) {
            openParagraphs++;
        } else if (kind == Kind.HEADING) {
            openHeadings++;
        } else if (id == MainElements.PRE) {
            openPre++;
        }
    }

    /** Pops the current element and gives its end to the texts its start was given to. */
    private void close() {
        int level = --depth;
        int id = open[level];
        openCount[id]--;
        Kind kind = MainElements.kind(id);
        if (id == MainElements.P) {
            openParagraphs--;
        } else if (kind == Kind.HEADING) {
            openHeadings--;
        } else if (id == MainElements.PRE) {
            openPre--;
        }
        int given = givenTo[level];
        if ((given & BODY) != 0) {
            body.end(id);
        }
        if ((given & TITLE) != 0) {
            title.end(id);
        }
        if ((given & HEADING) != 0) {
            heading.end(id);
        }
        if (level == notContentAt) {
            notContentAt = -1;
        }
        if (level == titleAt) {
            titleAt = -1;
            titleText = title.text();
        }
        if (level == leadAt) {
            leadAt = -1;
        }
        if (level == headingAt) {
            headingAt = -1;
            if (headingKept) {
                headings.add(heading.text());
            }
        }
    }

    private boolean inBody() {
        return notContentAt < 0 && titleAt < 0 && leadAt < 0 && headingAt < 0;
    }

    private boolean inHeading() {
        return headingAt >= 0 && headingKept && leadAt < 0;
    }

    /**
     * Reads a start tag's attributes up to its end, keeping where the first class attribute's value is: 1 when the
     * tag ends with {@code />}, 0 when not, -1 for anything this reader does not follow.
     */
    private int attributes() {
        classFrom = -1;
        boolean classSeen = false;
        while (at < end) {
            byte c = page[at];
            if (c == '>') {
                at++;
                return 0;
            }
            if (c == '/') {
                if (at + 1 < end && page[at + 1] == '>') {
                    at += 2;
                    return 1;
                }
                return -1;
            }
            if (!isSpace(c)) {
                return -1;
            }
            at = skipSpace(at);
            if (at >= end || page[at] == '>' || page[at] == '/') {
                continue;
            }
            int nameFrom = at;
            while (at < end && isAttributeNameChar(page[at])) {
                at++;
            }
            if (at == nameFrom || !isLetter(page[nameFrom])) {
                return -1;
            }
            boolean isClass = !classSeen && isClassName(nameFrom, at);
            classSeen |= isClass;
            int afterName = skipSpace(at);
            if (afterName >= end || page[afterName] != '=') {
                continue; // no value; a space, '/' or '>' follows
            }
            at = skipSpace(afterName + 1);
            if (at >= end) {
                return -1;
            }
            int valueFrom;
            int valueTo;
            byte quote = page[at];
            if (quote == '"' || quote == '\'') {
                valueFrom = at + 1;
                valueTo = indexOf(quote, valueFrom);
                if (valueTo < 0 || indexOf('<', valueFrom, valueTo) >= 0) {
                    return -1; // a cut of main is not made then
                }
                at = valueTo + 1;
            } else {
                valueFrom = at;
                while (at < end && isUnquotedValueChar(page[at])) {
                    at++;
                }
                valueTo = at;
                if (valueTo == valueFrom) {
                    return -1;
                }
            }
            if (isClass) {
                if (!plainClass(valueFrom, valueTo)) {
                    return -1;
                }
                classFrom = valueFrom;
                classTo = valueTo;
            }
            if (at < end && !isSpace(page[at]) && page[at] != '>' && page[at] != '/') {
                return -1;
            }
        }
        return -1;
    }

    private boolean isClassName(int from, int to) {
        if (to - from != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if ((page[from + i] | 0x20) != "class".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A class value of printable ASCII without entities, so its names are its bytes. */
    private boolean plainClass(int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = page[i];
            if (c == '&' || c < 0 || c < ' ' && c != '\t' && c != '\n' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** jsoup's hasClass for the last tag's class value: one of the names, as a whole name, in any case. */
    private boolean hasClass(String[] names) {
        int i = classFrom;
        while (i < classTo) {
            while (i < classTo && isSpace(page[i])) {
                i++;
            }
            int from = i;
            while (i < classTo && !isSpace(page[i])) {
                i++;
            }
            for (String name : names) {
                if (i - from == name.length() && sameIgnoringCase(from, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameIgnoringCase(int from, String name) {
        for (int k = 0; k < name.length(); k++) {
            int c = page[from + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Moves past a script's text to its end tag, as jsoup's script data state does when there is no comment. */
    private boolean skipScript() {
        for (int i = indexOf('<', at); i >= 0; i = indexOf('<', i + 1)) {
            if (i + 1 < end && page[i + 1] == '!') {
                return false;
            }
            if (i + 8 < end && page[i + 1] == '/' && MainMarkup.key(page, i + 2, i + 8) == MainMarkup.key("script")) {
                byte after = page[i + 8];
                if (after == '\r' || after == '\f') {
                    return false; // also an end for jsoup, but not one this reader reads
                }
                if (isSpace(after) || after == '/' || after == '>') {
                    at = i;
                    return true;
                }
            }
        }
        return false;
    }

    // Text.

    /** A run of text between tags, given to the texts it is part of; {@code holds} says what its bytes hold. */
    private boolean text(int from, int to, int holds) {
        if (dropNewline) {
            dropNewline = false;
            if (page[from] == '\n') {
                from++;
                if (from == to) {
                    return true;
                }
            }
        }
        boolean ascii = (holds & NOT_ASCII) == 0;
        boolean entities = (holds & ENTITIES) != 0;
        Kind parentKind = MainElements.kind(open[depth - 1]);
        if (parentKind == Kind.TABLE || parentKind == Kind.TABLE_SECTION || parentKind == Kind.ROW) {
            // Other text in a table is moved out of it.
            for (int i = from; i < to; i++) {
                if (page[i] != ' ' && page[i] != '\n' && page[i] != '\t') {
                    return false;
                }
            }
        }
        if (notContentAt >= 0) {
            return true;
        }
        boolean toBody = inBody();
        boolean toTitle = titleAt >= 0;
        boolean toHeading = inHeading();
        if (!toBody && !toTitle && !toHeading) {
            return true;
        }
        boolean keep = keepsWhitespace();
        if (ascii && !entities) {
            if (toBody) {
                body.textNode();
                body.ascii(page, from, to, keep);
            }
            if (toTitle) {
                title.textNode();
                title.ascii(page, from, to, keep);
            }
            if (toHeading) {
                heading.textNode();
                heading.ascii(page, from, to, keep);
            }
            return true;
        }
        String text = new String(page, from, to - from, StandardCharsets.UTF_8);
        if (entities) {
            text = Parser.unescapeEntities(text, false);
            if (text.indexOf('\u0000') >= 0) {
                return false; // from "&#0;": jsoup drops a text node that is just that
            }
        }
        if (toBody) {
            body.textNode();
            body.chars(text, keep);
        }
        if (toTitle) {
            title.textNode();
            title.chars(text, keep);
        }
        if (toHeading) {
            heading.textNode();
            heading.chars(text, keep);
        }
        return true;
    }

    /** BodyText's test: the text's element or one of its five nearest ancestors keeps white space (a pre). */
    private boolean keepsWhitespace() {
        if (openPre == 0) {
            return false;
        }
        for (int level = depth - 1; level >= 0 && level >= depth - 6; level--) {
            if (MainElements.preservesWhitespace(open[level])) {
                return true;
            }
        }
        return false;
    }

    // Characters.

    private int nameEnd(int from) {
        int i = from;
        while (i < end && (isLowerLetter(page[i]) || page[i] >= '0' && page[i] <= '9')) {
            i++;
        }
        if (i < end && !isSpace(page[i]) && page[i] != '/' && page[i] != '>') {
            return from; // a name this reader does not follow, such as one in upper case
        }
        return i;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < end && isSpace(page[i])) {
            i++;
        }
        return i;
    }

    private int indexOf(int c, int from) {
        return indexOf(c, from, end);
    }

    private int indexOf(int c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (page[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    private static boolean isLowerLetter(byte c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAttributeNameChar(byte c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.';
    }

    /** Characters of an unquoted attribute value that jsoup reads as they are. */
    private static boolean isUnquotedValueChar(byte c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':' || c == '/'
                || c == '#' || c == '%' || c == '?' || c == '+' || c == ',' || c == ';' || c == '@' || c == '!';
    }
}
