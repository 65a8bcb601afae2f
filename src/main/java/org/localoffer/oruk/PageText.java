package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a service page's front matter as YAML, and merges it into a page an editor already has. */
final class PageText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.'()£&/+-]*[A-Za-z0-9.)]|[A-Za-z]");
    private static final Set<String> YAML_WORDS = Set.of("yes", "no", "true", "false", "null", "on", "off", "y", "n");

    private PageText() {
    }

    /** A YAML scalar: plain when that is unambiguous, otherwise double-quoted (JSON escapes are YAML escapes). */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.contains(": ") && !text.contains(" #")
                && !YAML_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return quoted(text);
    }

    /** Always double-quoted, for values inside flow mappings such as contact: {phone: "0100 496 0231"}. */
    static String quoted(String text) {
        try {
            return OrukTrees.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes", e);
        }
    }

    static String page(Map<String, String> frontMatter, String body) {
        StringBuilder out = new StringBuilder("---\n");
        frontMatter.values().forEach(line -> out.append(line).append('\n'));
        out.append("---\n");
        if (!body.isBlank()) {
            out.append('\n').append(body.strip()).append('\n');
        }
        return out.toString();
    }

    /**
     * The top-level keys of existing front matter, each with its lines (a key's block runs until the next line
     * that starts a new key). Comments and blank lines stay with the key above them.
     */
    static Map<String, String> blocks(String yaml) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        List<String> lines = new ArrayList<>();
        for (String line : yaml.split("\r?\n")) {
            boolean starts = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
                    && line.charAt(0) != '-' && line.contains(":");
            if (starts) {
                if (key != null) {
                    out.put(key, String.join("\n", lines).stripTrailing());
                } else if (!lines.isEmpty() && !String.join("", lines).isBlank()) {
                    out.put("", String.join("\n", lines).stripTrailing());
                }
                key = line.substring(0, line.indexOf(':')).strip();
                lines = new ArrayList<>();
            }
            lines.add(line);
        }
        if (key != null) {
            out.put(key, String.join("\n", lines).stripTrailing());
        }
        return out;
    }
}
