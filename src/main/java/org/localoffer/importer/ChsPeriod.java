package org.localoffer.importer;

import java.time.DateTimeException;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Period} of an NHS CHS row. NHS England has written it as "2026-09", "Sep-26"
 * and "September 2026"; all three (and "Sep 2026", "Sept-26") are understood.
 */
final class ChsPeriod {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NAMED = Pattern.compile("([A-Za-z]+)\\.?[ -]?(\\d{2}|\\d{4})");

    static final String HOW = "Write the period as 2026-09, Sep-26 or September 2026";

    private ChsPeriod() {
    }

    static Optional<YearMonth> parse(String text) {
        String t = text.strip();
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
            }
            Matcher named = NAMED.matcher(t);
            if (named.matches()) {
                Optional<Month> month = month(named.group(1));
                String y = named.group(2);
                int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
                return month.map(m -> YearMonth.of(year, m));
            }
        } catch (DateTimeException e) {
            // a month number out of range falls through to "not a month"
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3)) || (m == Month.SEPTEMBER && w.equals("sept"))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
