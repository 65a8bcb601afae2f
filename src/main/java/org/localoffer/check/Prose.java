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

    /**
     * One paragraph of running text, with its sentences counted as it was found. Its text and where it starts are
     * worked out again only when a rule reports it, which few paragraphs need.
     */
    static final class Block {

        private final PageText page;
        private final Paragraph paragraph;
        private final List<ReadingAge.Sentence> sentences;
        private String text;

        private Block(PageText page, Paragraph paragraph, List<ReadingAge.Sentence> sentences) {
            this.page = page;
            this.paragraph = paragraph;
            this.sentences = sentences;
        }

        /** The paragraph's plain text: {@link #plainText}, never empty. */
        String text() {
            if (text == null) {
                text = plainText(paragraph);
            }
            return text;
        }

        int line() {
            return page.line(paragraph);
        }

        int column() {
            return page.column(paragraph);
        }

        /** The sentences of {@link #text()} that have words, counted: {@link ReadingAge#sentenceCounts} of it. */
        List<ReadingAge.Sentence> sentences() {
            return sentences;
        }
    }

    private Prose() {
    }

    /** The page's blocks, worked out once per page and shared by every rule. */
    static List<Block> blocks(PageText text) {
        return text.blocks();
    }

    /**
     * Every paragraph outside tables with some plain text, its sentences counted from a copy of its text in one
     * buffer: the text {@link #plainText} gives, without making a String of it.
     */
    static List<Block> find(PageText text) {
        List<Block> out = new ArrayList<>();
        Copy copy = new Copy(text.page().markdown(), text.chars());
        for (Node node : text.nodes()) {
            if (node instanceof Paragraph p && !insideTable(p)) {
                int from = 0;
                int to = copy.collapsedText(p);
                if (to < 0) {
                    String plain = visitorText(p);
                    to = plain.length();
                    copy.room(to);
                    plain.getChars(0, to, copy.chars, 0);
                } else {
                    // String.strip: white space as Character.isWhitespace has it, which no surrogate is
                    while (from < to && Character.isWhitespace(copy.chars[from])) {
                        from++;
                    }
                    while (to > from && Character.isWhitespace(copy.chars[to - 1])) {
                        to--;
                    }
                }
                if (from < to) {
                    List<ReadingAge.Sentence> sentences = new ArrayList<>();
                    ReadingAge.countSentences(copy.chars, from, to, sentences);
                    out.add(new Block(text, p, sentences));
                }
            }
        }
        return List.copyOf(out);
    }

    /** One buffer for the text of each paragraph of a page in turn, copied from the page's characters. */
    private static final class Copy {

        private final String markdown;
        private final char[] page;
        private char[] chars = new char[256];

        /**
         * @param markdown the text the paragraphs were parsed from, or null if not known
         * @param page     its characters, or null
         */
        Copy(String markdown, char[] page) {
            this.markdown = markdown;
            this.page = page;
        }

        void room(int length) {
            if (chars.length < length) {
                chars = Arrays.copyOf(chars, Math.max(length, chars.length * 2));
            }
        }

        /**
         * {@link #plainText} of a paragraph of only text and line breaks, before it is stripped, into
         * {@link #chars}: its length, or -1 for a paragraph only flexmark's visitor reads as it should.
         */
        int collapsedText(Paragraph p) {
            int length = 0;
            boolean afterSpace = false; // whether the copy ends in a space that stands for a run of white space
            for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof SoftLineBreak) {
                    // the visitor adds the line end, and it is collapsed with the space around it
                    if (!afterSpace) {
                        room(length + 1);
                        chars[length++] = ' ';
                        afterSpace = true;
                    }
                    continue;
                }
                if (!(child instanceof Text)) {
                    return -1;
                }
                BasedSequence sequence = child.getChars();
                int size = sequence.length();
                int from = length;
                room(from + size);
                if (markdown != null && sequence instanceof SubSequence && sequence.getBase() == markdown) {
                    System.arraycopy(page, sequence.getStartOffset(), chars, from, size);
                } else if (sequence instanceof SubSequence && sequence.getBase() instanceof String base) {
                    base.getChars(sequence.getStartOffset(), sequence.getEndOffset(), chars, from);
                } else {
                    sequence.toString().getChars(0, size, chars, from);
                }
                // Collapse in place: the text only gets shorter.
                char[] out = chars;
                for (int i = from, end = from + size; i < end; i++) {
                    char c = out[i];
                    if (c == '\\' || c == '&') {
                        return -1; // an escape or an entity, which the visitor turns into other characters
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
            return length;
        }
    }

    /**
     * A paragraph's text, as flexmark's TextCollectingVisitor collects it, with white space collapsed and stripped.
     * Most paragraphs are only text and line breaks, whose text is their characters when they hold no backslash
     * escape or entity; those are copied straight from the page into one buffer and collapsed there, in one pass
     * over the characters, without the visitor's sequence builders.
     */
    static String plainText(Paragraph p) {
        Copy copy = new Copy(null, null);
        int length = copy.collapsedText(p);
        return length < 0 ? visitorText(p) : new String(copy.chars, 0, length).strip();
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
