package org.localoffer.search;

/**
 * An element's text by {@link org.localoffer.render.BodyText}'s rules (jsoup's {@code text()}), taken from its
 * descendants as they come in document order rather than from a tree. Parts removed from the tree are simply
 * never given, so the sibling that a part's end tag looks at is the next node that is given.
 *
 * <p>BodyText's white space folding comes down to one rule: white space adds a space unless the text so far ends
 * with one; zero-width spaces and soft hyphens are dropped.
 */
final class StreamedText {

    private char[] text = new char[512];
    private int length;
    /** Whether the last node given was the end of a non-inline element, whose next sibling may call for a space. */
    private boolean afterBlockEnd;

    void clear() {
        length = 0;
        afterBlockEnd = false;
    }

    /** The start of an element: a block or a line break starts on a new word. */
    void start(int id) {
        if (afterBlockEnd) {
            afterBlockEnd = false;
            if (MainElements.isInline(id)) {
                space();
            }
        }
        if (length > 0 && (MainElements.isBlock(id) || id == MainElements.BR)) {
            space();
        }
    }

    /** The end of an element: after a non-inline element, text or an inline sibling starts a new word. */
    void end(int id) {
        afterBlockEnd = !MainElements.isInline(id);
    }

    /** A text node's start; the text itself follows through {@link #ascii} or {@link #chars}. */
    void textNode() {
        if (afterBlockEnd) {
            afterBlockEnd = false;
            space();
        }
    }

    /** Text that is all ASCII, with entities already decoded. */
    void ascii(byte[] bytes, int from, int to, boolean keepWhitespace) {
        ensure(to - from);
        char[] t = text;
        int n = length;
        if (keepWhitespace) {
            for (int i = from; i < to; i++) {
                t[n++] = (char) bytes[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                byte c = bytes[i];
                if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
                    if (n == 0 || t[n - 1] != ' ') {
                        t[n++] = ' ';
                    }
                } else {
                    t[n++] = (char) c;
                }
            }
        }
        length = n;
    }

    /** Text as characters, with entities already decoded. */
    void chars(String s, boolean keepWhitespace) {
        int count = s.length();
        ensure(count);
        char[] t = text;
        int n = length;
        if (keepWhitespace) {
            s.getChars(0, count, t, n);
            n += count;
        } else {
            for (int i = 0; i < count; i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u00A0') {
                    if (n == 0 || t[n - 1] != ' ') {
                        t[n++] = ' ';
                    }
                } else if (c != '\u200B' && c != '\u00AD') {
                    t[n++] = c;
                }
            }
        }
        length = n;
    }

    /** The text, trimmed as BodyText trims it. */
    String text() {
        return new String(text, 0, length).trim();
    }

    private void space() {
        if (length > 0 && text[length - 1] == ' ') {
            return;
        }
        ensure(1);
        text[length++] = ' ';
    }

    private void ensure(int more) {
        if (length + more > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, length + more));
        }
    }
}
