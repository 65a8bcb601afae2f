package org.localoffer.check;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
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
     * escape or entity; those are read directly, without the visitor's sequence builders.
     */
    static String plainText(Paragraph p) {
        StringBuilder text = new StringBuilder();
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak) {
                text.append(' '); // the visitor adds the line end, and it is collapsed with the space around it
                continue;
            }
            String chars = child instanceof Text ? PageText.string(child.getChars()) : null;
            if (chars == null || !isLiteral(chars)) {
                return collapseSpace(new TextCollectingVisitor().collectAndGetText(p)).strip();
            }
            text.append(chars);
        }
        return collapseSpace(text.toString()).strip();
    }

    /** Text without a backslash or {@code &} is collected as it is: nothing in it can be an escape or an entity. */
    private static boolean isLiteral(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&') {
                return false;
            }
        }
        return true;
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
