package org.localoffer.check;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import org.localoffer.content.Page;

/**
 * A page's Markdown parsed once for every rule, with the file line and column of any node.
 * Columns count characters from 1, as editors' status bars do. One PageText is used by one thread.
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
    private final LineIndex lines;
    private List<Node> nodes;
    private List<Prose.Block> blocks;
    private List<List<ReadingAge.Sentence>> sentences;

    public PageText(Page page) {
        this.page = page;
        this.document = PARSER.parse(page.markdown());
        this.lines = new LineIndex(page.markdown());
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

    /** Every node of the document in document order; collected once, as each rule walks them all. */
    public List<Node> nodes() {
        if (nodes == null) {
            List<Node> out = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                out.add(node);
            }
            nodes = out;
        }
        return nodes;
    }

    /** The page's prose blocks, found once for every rule that reads them. */
    List<Prose.Block> blocks() {
        if (blocks == null) {
            blocks = Prose.find(this);
        }
        return blocks;
    }

    /** For each of {@link #blocks()}, its sentences that have words, counted: read by the reading-age and sentence rules. */
    List<List<ReadingAge.Sentence>> sentences() {
        if (sentences == null) {
            List<List<ReadingAge.Sentence>> out = new ArrayList<>();
            for (Prose.Block block : blocks()) {
                // A block's text is already collapsed and stripped, and doing that again changes nothing.
                out.add(ReadingAge.sentenceCounts(block.text()));
            }
            sentences = out;
        }
        return sentences;
    }

    /**
     * A node's characters as a String. Most nodes' characters are a plain slice of the page's text, copied at
     * once here, where flexmark's toString copies them a character at a time into a growing buffer.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            return text.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** The file line of a node. */
    public int line(Node node) {
        return page.bodyStartLine() + lines.lineNumber(node.getStartOffset());
    }

    /** The file line of a character offset in the body. */
    public int lineAt(int offset) {
        return page.bodyStartLine() + lines.lineNumber(offset);
    }

    /** The 1-based column of a character offset in the body. */
    public int columnAt(int offset) {
        return lines.column(offset);
    }

    public int column(Node node) {
        return columnAt(node.getStartOffset());
    }
}
