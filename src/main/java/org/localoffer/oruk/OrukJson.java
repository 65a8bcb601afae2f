package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one JSON setup for Open Referral files and JSON-LD: keys in the order written, LF line ends. Every build
 * writes through Jackson's streaming generator only: its object mapper (jackson-databind, about 300 classes to
 * load and set up in each new Java process) is for reading, in {@link OrukTrees}.
 */
final class OrukJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    private OrukJson() {
    }

    /**
     * Indented, for files people may open to read: the same text as {@link OrukTrees#pretty} gives for the tree
     * the writing would build, written straight to a generator, so that large exports need no tree.
     */
    static String pretty(Writing writing) {
        StringWriter out = new StringWriter(4096);
        // The printer keeps the nesting level, so each text gets its own, as ObjectWriter does.
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(PRINTER.createInstance())) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }

    /** Writes {@link #pretty(Writing)}'s text straight to a file, for files too large to hold as one string. */
    static void writePretty(Path file, Writing writing) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(PRINTER.createInstance())) {
            writing.write(json);
            json.writeRaw('\n');
        }
    }

    /**
     * Writes text made by {@link #pretty} as the next value in a generator's current array, indented for where it
     * goes, so that a value already written for its own file is not written again. A JSON text's line breaks are
     * all indentation: strings cannot hold a raw line break.
     */
    static void writeNested(JsonGenerator json, String pretty) throws IOException {
        String indent = "  ".repeat(json.getOutputContext().getNestingDepth());
        String value = pretty.endsWith("\n") ? pretty.substring(0, pretty.length() - 1) : pretty;
        json.writeRawValue(value.replace("\n", "\n" + indent));
    }

    /**
     * Compact JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
     * can only occur inside JSON strings, where the escapes {@code \u003c}, {@code \u003e} and
     * {@code \u0026} mean the same, so "&lt;/script&gt;" can never appear in the element. Written straight to a
     * generator, as a tree of the same values would write.
     */
    static String forScript(Writing writing) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = FACTORY.createGenerator(out).setCharacterEscapes(ScriptSafeEscapes.INSTANCE)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Jackson's escapes plus lower-case hexadecimal escapes for {@code < > &} and the two characters JavaScript
     * reads as line ends, written as the JSON is, instead of by a second pass over the text.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        static final ScriptSafeEscapes INSTANCE = new ScriptSafeEscapes();

        private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

        private ScriptSafeEscapes() {
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS_THAN;
                case '>' -> GREATER_THAN;
                case '&' -> AMPERSAND;
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }

        private static final SerializableString LESS_THAN = new SerializedString("\\u003c");
        private static final SerializableString GREATER_THAN = new SerializedString("\\u003e");
        private static final SerializableString AMPERSAND = new SerializedString("\\u0026");
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    }
}
