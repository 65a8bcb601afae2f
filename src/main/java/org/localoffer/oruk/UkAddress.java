package org.localoffer.oruk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-line UK address as editors write it, "Fenwick Health Centre, 12 Mill Lane, Fenwick BR3 2QT", split
 * into the parts Open Referral asks for. Only addresses that end with a town and a postcode are split;
 * anything else stays as text, because guessing the parts would publish a wrong address.
 *
 * @param lines    everything before the town, such as "Fenwick Health Centre, 12 Mill Lane"
 * @param town     the town before the postcode, such as "Fenwick"
 * @param postcode the postcode, such as "BR3 2QT"
 */
public record UkAddress(String lines, String town, String postcode) {

    private static final Pattern TOWN_AND_POSTCODE =
            Pattern.compile("(.*\\S)\\s+([A-Z]{1,2}[0-9][A-Z0-9]?\\s?[0-9][A-Z]{2})");

    public static Optional<UkAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> parts = Arrays.stream(text.strip().split(",")).map(String::strip).toList();
        if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        Matcher m = TOWN_AND_POSTCODE.matcher(parts.get(parts.size() - 1));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new UkAddress(String.join(", ", parts.subList(0, parts.size() - 1)), m.group(1), m.group(2)));
    }

    /** The building or first line, for a location's name. */
    public String firstLine() {
        return lines.split(",")[0].strip();
    }

    /** The address as one line again. */
    public String text() {
        return lines + ", " + town + " " + postcode;
    }
}
