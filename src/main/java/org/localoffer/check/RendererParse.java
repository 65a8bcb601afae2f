package org.localoffer.check;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Whether the Markdown renderer's parse of a page is the tree the rules' own parser would make, so the rules can
 * read it instead of parsing the page again. The two parsers differ only in table options: the renderer makes
 * no column spans, adds missing cells, drops extra ones and needs the header's cells to match the separator's.
 * Those options act only when a row's cells are counted, so the trees are the same when every table's rows have
 * exactly as many non-empty cells as its separator, and no paragraph with a '|' was left as a paragraph (where
 * the renderer may have refused a table whose header did not match). Anything else is parsed again.
 */
final class RendererParse {

    private RendererParse() {
    }

    /**
     * @param nodes    every node of the renderer's document, in document order
     * @param markdown the text the document was parsed from
     */
    static boolean sameAsRules(List<Node> nodes, String markdown) {
        // The first '|' at or after the last paragraph's start: found once, not once per paragraph up to the table.
        int pipe = markdown.indexOf('|');
        int lastStart = 0;
        for (Node node : nodes) {
            if (node instanceof Paragraph) {
                int start = node.getStartOffset();
                if (pipe >= 0 && (pipe < start || start < lastStart)) {
                    pipe = markdown.indexOf('|', start);
                }
                lastStart = start;
                if (pipe >= 0 && pipe < node.getEndOffset()) {
                    return false;
                }
            } else if (node instanceof TableBlock table && !rowsAreWhole(table, markdown)) {
                return false;
            }
        }
        return true;
    }

    /** True when each row of the table (separator too) kept every cell its line has, and added none. */
    private static boolean rowsAreWhole(TableBlock table, String markdown) {
        List<BasedSequence> lines = table.getContentLines();
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node child = section.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof TableRow)) {
                    return false; // a caption or anything else unexpected
                }
                if (row >= lines.size() || !isWhole(child, lines.get(row), markdown)) {
                    return false;
                }
                row++;
            }
        }
        return row == lines.size();
    }

    /**
     * A cell with no children is one the renderer added, or an empty cell between two '|' that the rules' parser
     * would join to the cell before as a column span. So is a second '|' taken as the opening of a cell after the
     * first (flexmark does that in rows that do not start with '|'). A last cell that ends before its line does was
     * followed by cells the renderer dropped.
     */
    private static boolean isWhole(Node row, BasedSequence line, String markdown) {
        Node last = null;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (!(cell instanceof TableCell tableCell) || cell.getFirstChild() == null
                    || (last != null && !tableCell.getOpeningMarker().isEmpty())) {
                return false;
            }
            last = cell;
        }
        if (last == null) {
            return false;
        }
        int end = line.getEndOffset();
        while (end > line.getStartOffset() && isLineEndOrBlank(markdown.charAt(end - 1))) {
            end--;
        }
        return last.getEndOffset() >= end;
    }

    private static boolean isLineEndOrBlank(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t';
    }
}
