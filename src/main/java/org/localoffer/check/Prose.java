package org.localoffer.check;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The running text of a page: its paragraphs and list items, without headings, tables or code. */
final class Prose {

    /** One paragraph's plain text and where it starts in the file. */
    record Block(String text, int line, int column) {
    }

    private Prose() {
    }

    /** The page's blocks, worked out once per page and shared by every rule. */
    static List<Block> blocks(PageText text) {
        return text.blocks();
    }

    static List<Block> find(PageText text) {
        List<Block> out = new ArrayList<>();
        for (Node node : text.nodes()) {
            if (node instanceof Paragraph p && !insideTable(p)) {
                String plain = plainText(p);
                if (!plain.isEmpty()) {
                    out.add(new Block(plain, text.line(p), text.column(p)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A paragraph's text, as flexmark's TextCollectingVisitor collects it, with white space collapsed and stripped.
     * Most paragraphs are only text and line breaks, whose text is their characters when they hold no backslash
     * escape or entity; those are copied straight from the page into one buffer and collapsed there, in one pass
     * over the characters, without the visitor's sequence builders.
     */
    static String plainText(Paragraph p) {
        char[] out = new char[Math.max(16, p.getEndOffset() - p.getStartOffset())];
        int length = 0;
        boolean afterSpace = false; // whether out ends in a space that stands for a run of white space
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak) {
                // the visitor adds the line end, and it is collapsed with the space around it
                if (!afterSpace) {
                    if (length == out.length) {
                        out = Arrays.copyOf(out, length * 2);
                    }
                    out[length++] = ' ';
                    afterSpace = true;
                }
                continue;
            }
            if (!(child instanceof Text)) {
                return visitorText(p);
            }
            BasedSequence chars = child.getChars();
            int from = length;
            int size;
            if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
                size = chars.length();
                if (from + size > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, from + size));
                }
                text.getChars(chars.getStartOffset(), chars.getEndOffset(), out, from);
            } else {
                String text = chars.toString();
                size = text.length();
                if (from + size > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, from + size));
                }
                text.getChars(0, size, out, from);
            }
            // Collapse in place: the text only gets shorter.
            for (int i = from, end = from + size; i < end; i++) {
                char c = out[i];
                if (c == '\\' || c == '&') {
                    return visitorText(p); // an escape or an entity, which the visitor turns into other characters
                }
                if (isSpace(c)) {
                    if (!afterSpace) {
                        out[length++] = ' ';
                        afterSpace = true;
                    }
                } else {
                    out[length++] = c;
                    afterSpace = false;
                }
            }
        }
        return new String(out, 0, length).strip();
    }

    private static String visitorText(Paragraph p) {
        return collapseSpace(new TextCollectingVisitor().collectAndGetText(p)).strip();
    }

    /** The same as {@code s.replaceAll("\\s+", " ")}: each run of ASCII white space becomes one space. */
    static String collapseSpace(String s) {
        int n = s.length();
        int i = 0;
        // Most text has no run to change: only single spaces.
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Java regex's \\s: space, tab, newline, vertical tab, form feed and carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean insideTable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableBlock) {
                return true;
            }
        }
        return false;
    }
}
