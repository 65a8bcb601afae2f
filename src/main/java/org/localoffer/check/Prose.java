package org.localoffer.check;

import com.vladsch.flexmark.ast.Paragraph;
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

    static List<Block> blocks(PageText text) {
        List<Block> out = new ArrayList<>();
        for (Node node : text.nodes()) {
            if (node instanceof Paragraph p && !insideTable(p)) {
                String plain = new TextCollectingVisitor().collectAndGetText(p).replaceAll("\\s+", " ").strip();
                if (!plain.isEmpty()) {
                    out.add(new Block(plain, text.line(p), text.column(p)));
                }
            }
        }
        return out;
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
