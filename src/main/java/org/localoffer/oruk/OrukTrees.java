package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Open Referral JSON as trees, for the importer, which reads other systems' files. Kept apart from {@link OrukJson}
 * so that a build, which only writes, never loads Jackson's object mapper.
 */
final class OrukTrees {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(OrukJson.PRINTER);

    private OrukTrees() {
    }

    /** Indented as {@link OrukJson#pretty(OrukJson.Writing)} writes, for files people may open to read. */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
