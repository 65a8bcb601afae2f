package org.localoffer.content;

import java.time.LocalDate;

/**
 * One dated note in a page's {@code changes:} list, shown on "What's changed" and in the feeds:
 * {@code {date: 2026-10-01, note: "..."}}.
 *
 * @param line the file line of the entry
 */
public record Change(LocalDate date, String note, int line) {

    public static final java.util.List<String> KEYS = java.util.List.of("date", "note");
}
