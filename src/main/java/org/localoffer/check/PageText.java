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
    private LineIndex lines;
    private List<Node> nodes;
    private char[] chars;
    private List<Prose.Block> blocks;
    private ReadingAge readingAge;

    public PageText(Page page) {
        this(page, parse(page.markdown()), null);
    }

    /**
     * The page's text read from a document already parsed from {@code page.markdown()}.
     *
     * @param lines the line index of {@code page.markdown()}, or null to build one when a rule first needs it
     */
    private PageText(Page page, Document document, LineIndex lines) {
        this.page = page;
        this.document = document;
        this.lines = lines;
    }

    /**
     * The page's text from the Markdown renderer's parse of it, when that is the tree the rules' own parser makes
     * (see {@link RendererParse}); otherwise from the rules' own parse.
     */
    static PageText of(Page page, Document rendered, LineIndex lines) {
        PageText shared = new PageText(page, rendered, lines);
        return RendererParse.sameAsRules(shared.nodes(), page.markdown()) ? shared : new PageText(page, parse(page.markdown()), lines);
    }

    /** The rules' own parse of a page's Markdown. */
    static Document parse(String markdown) {
        return PARSER.parse(markdown);
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

    /** The reading age of the page's prose, from the sentences of its {@link #blocks()}. */
    ReadingAge readingAge() {
        if (readingAge == null) {
            List<List<ReadingAge.Sentence>> sentences = new ArrayList<>();
            for (Prose.Block block : blocks()) {
                sentences.add(block.sentences());
            }
            readingAge = ReadingAge.ofSentences(sentences);
        }
        return readingAge;
    }

    /**
     * The page's Markdown as an array, copied once for every rule that reads its characters: with only the quick
     * compiler, each String.charAt is a call with its own checks. Rules must not change it.
     */
    char[] chars() {
        if (chars == null) {
            chars = page.markdown().toCharArray();
        }
        return chars;
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
        return lineAt(node.getStartOffset());
    }

    /** The file line of a character offset in the body. */
    public int lineAt(int offset) {
        return page.bodyStartLine() + lines().lineNumber(offset);
    }

    /** The 1-based column of a character offset in the body. */
    public int columnAt(int offset) {
        return lines().column(offset);
    }

    private LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(page.markdown());
        }
        return lines;
    }

    public int column(Node node) {
        return columnAt(node.getStartOffset());
    }
}
