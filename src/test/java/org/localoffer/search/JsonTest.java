package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesCompactlyAndEscapesAngleBrackets() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", "a \"b\" <script>");
        map.put("n", List.of(1, 2.5, 3.0));
        map.put("lengths", new int[] {4, 0});
        assertEquals("{\"title\":\"a \\\"b\\\" \\u003cscript\\u003e\",\"n\":[1,2.5,3],\"lengths\":[4,0]}", Json.write(map));
    }

    @Test
    void readsWhatItWrites() {
        Object value = Json.read(Json.write(Map.of("k", List.of("x\ny", 7))));
        assertEquals(Map.of("k", List.of("x\ny", 7.0)), value);
    }
}
