package org.localoffer.oruk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours written the common way, "Monday to Friday, 9am to 5pm", as iCal-style schedule fields
 * (WEEKLY, MO,TU,WE,TH,FR, 09:00, 17:00). Anything more complicated stays as text only: a schedule's
 * description always carries the editor's words.
 */
public record OpeningHours(String byDay, String opensAt, String closesAt) {

    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String TIME = "(\\d{1,2}(?::\\d{2})?(?:am|pm)|midday|noon)";
    private static final Pattern SIMPLE = Pattern.compile(
            "(?:Every day|" + DAY + "(?: to " + DAY + ")?),? " + TIME + " to " + TIME + "\\.?");

    public static Optional<OpeningHours> parse(String hours) {
        if (hours == null) {
            return Optional.empty();
        }
        Matcher m = SIMPLE.matcher(hours.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = m.group(1) == null ? 0 : DAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT));
        int last = m.group(1) == null ? 6 : m.group(2) == null ? first : DAYS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (last < first) {
            return Optional.empty();
        }
        StringBuilder byDay = new StringBuilder();
        for (int d = first; d <= last; d++) {
            byDay.append(byDay.isEmpty() ? "" : ",").append(DAYS.get(d).substring(0, 2).toUpperCase(Locale.ROOT));
        }
        Optional<String> opens = time(m.group(3));
        Optional<String> closes = time(m.group(4));
        if (opens.isEmpty() || closes.isEmpty() || opens.get().compareTo(closes.get()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new OpeningHours(byDay.toString(), opens.get(), closes.get()));
    }

    /** "8:30am" as "08:30", "midday" as "12:00". */
    static Optional<String> time(String text) {
        if (text.equals("midday") || text.equals("noon")) {
            return Optional.of("12:00");
        }
        boolean pm = text.endsWith("pm");
        String digits = text.substring(0, text.length() - 2);
        String[] hm = digits.split(":");
        int hour = Integer.parseInt(hm[0]);
        int minute = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
        if (hour < 1 || hour > 12 || minute > 59) {
            return Optional.empty();
        }
        hour = hour % 12 + (pm ? 12 : 0);
        return Optional.of(twoDigits(hour) + ":" + twoDigits(minute));
    }

    /** The same as {@code String.format("%02d", n)} for 0 to 99, without parsing a format for each time. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
