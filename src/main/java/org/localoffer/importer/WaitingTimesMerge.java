package org.localoffer.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.localoffer.data.WaitFigure;
import org.localoffer.data.WaitingData;

/**
 * Merges imported figures into the text of content/data/waiting-times.csv. An imported figure
 * replaces the row for the same month, service and area; every other row is kept exactly as it
 * was written. Rows come out sorted by month, then service, then area.
 */
public final class WaitingTimesMerge {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::month).thenComparing(Key::service)
            .thenComparing(Key::area);

    /**
     * @param text     the new file
     * @param imported how many rows the import wrote
     * @param added    of those, how many were not in the file before
     * @param replaced of those, how many replaced a row already there
     */
    public record Result(String text, int imported, int added, int replaced, YearMonth firstMonth, YearMonth lastMonth) {
    }

    private record Key(YearMonth month, String service, String area) {
        static Key of(WaitFigure f) {
            return new Key(f.month(), f.service(), f.area());
        }
    }

    private WaitingTimesMerge() {
    }

    /**
     * @param existingText the file as it is now ("" when there is none)
     * @param existing     its rows, as checked by WaitingDataReader.readWaits (their lines point into existingText)
     * @param imported     the new figures, one per month, service and area
     */
    public static Result merge(String existingText, List<WaitFigure> existing, List<WaitFigure> imported) {
        Map<Integer, List<String>> written = recordsByLine(existingText);
        Map<Key, List<String>> rows = new TreeMap<>(ORDER);
        for (WaitFigure f : existing) {
            rows.put(Key.of(f), written.getOrDefault(f.line(), values(f)));
        }
        int replaced = 0;
        for (WaitFigure f : imported) {
            if (rows.put(Key.of(f), values(f)) != null) {
                replaced++;
            }
        }
        YearMonth first = imported.stream().map(WaitFigure::month).min(Comparator.naturalOrder()).orElse(null);
        YearMonth last = imported.stream().map(WaitFigure::month).max(Comparator.naturalOrder()).orElse(null);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(WaitingData.WAITS_HEADER);
            for (List<String> row : rows.values()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out.toString(), imported.size(), imported.size() - replaced, replaced, first, last);
    }

    /** The values of a figure as the file holds them: weeks with at most one decimal place. */
    static List<String> values(WaitFigure f) {
        return List.of(f.month().toString(), f.service(), f.area(), Integer.toString(f.waiting()), weeks(f.medianWeeks()),
                weeks(f.longestWeeks()));
    }

    /** 12 for 12.0, 8.6 for 8.6, and 8.7 for 8.65: at most one decimal place, with a full stop. */
    static String weeks(double weeks) {
        String s = String.format(Locale.ROOT, "%.1f", weeks);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The values of each record of the existing file, by the record number WaitingDataReader uses as its line. */
    private static Map<Integer, List<String>> recordsByLine(String text) {
        Map<Integer, List<String>> out = new HashMap<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (Reader reader = new StringReader(t); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                record.forEach(v -> values.add(v.strip()));
                out.put((int) record.getRecordNumber(), values);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // WaitingDataReader has already reported it; rows fall back to their checked values
        }
        return out;
    }
}
