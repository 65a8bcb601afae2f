package org.localoffer.yaml;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The tags of YAML 1.2's JSON schema for plain scalars, exactly as snakeyaml-engine's {@link JsonScalarResolver} gives
 * them, without its regexes: it matches every key and value against at least two (empty, and null), and numbers
 * against four. Only a scalar starting with '$' (an environment variable) is handed to the library's resolver.
 */
final class JsonScalarTags implements ScalarResolver {

    private static final ScalarResolver LIBRARY = new JsonScalarResolver();

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (!implicit) {
            return Tag.STR;
        }
        if (value.isEmpty() || value.equals("null")) {
            return Tag.NULL;
        }
        char first = value.charAt(0);
        if (first == 't' || first == 'f') {
            return value.equals("true") || value.equals("false") ? Tag.BOOL : Tag.STR;
        }
        if (first == '-' || first == '.' || isDigit(first)) {
            if (isInt(value)) {
                return Tag.INT;
            }
            return isFloat(value) ? Tag.FLOAT : Tag.STR;
        }
        if (first == '$') {
            return LIBRARY.resolve(value, implicit);
        }
        return Tag.STR;
    }

    /** {@code -?(0|[1-9][0-9]*)}, the whole value. */
    static boolean isInt(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int end = integerPart(s, i);
        return end > i && end == s.length();
    }

    /**
     * {@code (-?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?)|(-?\.inf)|(\.nan)}, the whole value.
     */
    static boolean isFloat(String s) {
        if (s.equals(".inf") || s.equals("-.inf") || s.equals(".nan")) {
            return true;
        }
        int n = s.length();
        int i = s.startsWith("-") ? 1 : 0;
        int end = integerPart(s, i);
        if (end == i) {
            return false;
        }
        i = end;
        if (i < n && s.charAt(i) == '.') {
            i = digits(s, i + 1);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int start = i + 1;
            if (start < n && (s.charAt(start) == '-' || s.charAt(start) == '+')) {
                start++;
            }
            i = digits(s, start);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    /** Where {@code 0|[1-9][0-9]*} starting at {@code from} ends, or {@code from} when none does. */
    private static int integerPart(String s, int from) {
        if (from >= s.length() || !isDigit(s.charAt(from))) {
            return from;
        }
        return s.charAt(from) == '0' ? from + 1 : digits(s, from + 1);
    }

    /** Where the run of digits from {@code from} ends. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
