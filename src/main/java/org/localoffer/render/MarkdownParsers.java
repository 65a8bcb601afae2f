package org.localoffer.render;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses page text with flexmark, leaving out the extensions a text cannot use. Every table has a '|'
 * and every attribute list a '{'; a text without one gets the same document from a parser without that
 * extension, and flexmark sets up an extension's parsing afresh for every document (the attributes
 * extension compiles its regexes each time). Tables are found by {@link PipeTables}. The tests compare the
 * documents with flexmark's, parsed with every extension, on many random texts.
 */
final class MarkdownParsers {

    private static final int TABLES = 1;
    private static final int ATTRIBUTES = 2;

    /** By which of TABLES and ATTRIBUTES they have. */
    private final Parser[] parsers = new Parser[4];

    MarkdownParsers(DataHolder options) {
        for (int k = 0; k < parsers.length; k++) {
            List<Extension> extensions = new ArrayList<>();
            if ((k & TABLES) != 0) {
                extensions.add(new PipeTables());
            }
            if ((k & ATTRIBUTES) != 0) {
                extensions.add(AttributesExtension.create());
            }
            parsers[k] = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions)).build();
        }
    }

    Document parse(String markdown) {
        return parserFor(markdown).parse(markdown);
    }

    /** The parser with every extension (tables as {@link PipeTables} finds them). */
    Parser full() {
        return parsers[TABLES | ATTRIBUTES];
    }

    Parser parserFor(String markdown) {
        return parsers[(markdown.indexOf('|') >= 0 ? TABLES : 0) | (markdown.indexOf('{') >= 0 ? ATTRIBUTES : 0)];
    }
}
