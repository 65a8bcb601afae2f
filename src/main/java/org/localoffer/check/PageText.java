package org.localoffer.check;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.localoffer.content.Page;

/**
 * A page's Markdown parsed once for every rule, with the file line and column of any node.
 * Columns count characters from 1, as editors' status bars do.
 */
public final class PageText {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private final Page page;
    private final Document document;

    public PageText(Page page) {
        this.page = page;
        this.document = PARSER.parse(page.markdown());
    }

    public Page page() {
        return page;
    }

    public String path() {
        return page.editorPath();
    }

    public Document document() {
        return document;
    }

    public Iterable<Node> nodes() {
        return document.getDescendants();
    }

    /** The file line of a node. */
    public int line(Node node) {
        return page.bodyStartLine() + node.getLineNumber();
    }

    /** The file line of a character offset in the body. */
    public int lineAt(int offset) {
        return page.bodyStartLine() + document.getLineNumber(offset);
    }

    /** The 1-based column of a character offset in the body. */
    public int columnAt(int offset) {
        String text = page.markdown();
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        return offset - lineStart + 1;
    }

    public int column(Node node) {
        return columnAt(node.getStartOffset());
    }
}
