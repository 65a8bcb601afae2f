package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one JSON setup for Open Referral files and JSON-LD: keys in the order written, LF line ends. */
final class OrukJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private OrukJson() {
    }

    /** Indented, for files people may open to read. */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /**
     * Compact JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
     * can only occur inside JSON strings, where the escapes {@code \u003c}, {@code \u003e} and
     * {@code \u0026} mean the same, so "&lt;/script&gt;" can never appear in the element.
     */
    static String forScript(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
