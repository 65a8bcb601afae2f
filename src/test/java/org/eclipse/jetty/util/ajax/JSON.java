package org.eclipse.jetty.util.ajax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Test-only stand-in for Jetty 9's {@code org.eclipse.jetty.util.ajax.JSON}, for the Nu Html Checker.
 *
 * <p>The checker's language detector (nu.validator:langdetect 1.2, loaded by every
 * {@code SimpleDocumentValidator}) reads its language profiles with Jetty 9's static {@code JSON.parse}.
 * This project serves with Jetty 12, whose JSON class has no static parse, and Jetty 9's jetty-util-ajax
 * cannot run beside jetty-util 12 (it needs Jetty 9's logging classes), so pom.xml excludes Jetty from the
 * validator and this class answers the two calls langdetect makes, with the same types Jetty 9 returned:
 * objects as {@link HashMap}, arrays as {@code Object[]}, whole numbers as {@link Long}.
 *
 * <p>It is on the test classpath only; if jetty-util-ajax is ever added to the project, delete this class.
 * Parsing is done by Jackson, which the tests already have through axe-core.
 */
public final class JSON {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JSON() {
    }

    public static Object parse(String json) {
        try {
            return convert(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + e.getMessage(), e);
        }
    }

    public static Object parse(InputStream in) {
        try {
            return convert(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object convert(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), convert(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            Object[] array = new Object[node.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = convert(node.get(i));
            }
            return array;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
