package org.localoffer.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's tables extension for parsing, whose table finder is asked about a paragraph only when the paragraph's
 * first line has a '|'. The finder gives up on any other paragraph at once, but only after reading that line one
 * character at a time through flexmark's sequences (a seventh of parsing a page). flexmark also makes a finder, and
 * compiles its regex, for every document; a finder keeps nothing of a document (its fields are set once, from the
 * parser's options, which every document of a parser has), so one is made per parser, on the first paragraph that may
 * be a table, and shared. Rendering still uses flexmark's own extension. The tests compare the documents with
 * flexmark's on many random texts.
 */
final class PipeTables implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // as TablesExtension: none
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /** flexmark's factory, with the same place among the paragraph pre-processors. */
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        /** flexmark's finder, shared by this parser's documents; two threads may both make one, which is harmless. */
        private volatile ParagraphPreProcessor finder;

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new OnPipes(this);
        }

        ParagraphPreProcessor finder(ParserState state) {
            ParagraphPreProcessor f = finder;
            if (f == null) {
                f = tables.apply(state);
                finder = f;
            }
            return f;
        }
    }

    /** One document's pre-processor, which hands paragraphs that may be tables to the parser's finder. */
    private static final class OnPipes implements ParagraphPreProcessor {
        private final Factory factory;
        /** The first '|' of the text at or after {@link #searchedFrom}, or -1 for none: paragraphs come in order. */
        private int nextPipe;
        private int searchedFrom = Integer.MAX_VALUE;

        OnPipes(Factory factory) {
            this.factory = factory;
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState parserState) {
            List<BasedSequence> lines = block.getContentLines();
            if (lines.isEmpty() || !hasPipe(lines.get(0))) {
                return 0; // as the finder returns for a paragraph whose first line has no '|'
            }
            return factory.finder(parserState).preProcessBlock(block, parserState);
        }

        private boolean hasPipe(BasedSequence line) {
            if (!(line instanceof SubSequence) || !(line.getBase() instanceof String text)) {
                return line.indexOf('|') >= 0;
            }
            int start = line.getStartOffset();
            if (start < searchedFrom || (nextPipe >= 0 && nextPipe < start)) {
                searchedFrom = start;
                nextPipe = text.indexOf('|', start);
            }
            return nextPipe >= 0 && nextPipe < line.getEndOffset();
        }
    }
}
