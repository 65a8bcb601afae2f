package org.localoffer.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localoffer.problem.Problems;

/**
 * A CSV file edited by people: a fixed header, then one record per line. Reports a wrong
 * header, and every value that does not parse, with its file line.
 */
final class CsvTable {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** A record and its line in the file. */
    record Row(CSVRecord record, int line) {
        String get(int i) {
            return i < record.size() ? record.get(i).strip() : "";
        }
    }

    private CsvTable() {
    }

    static Optional<List<Row>> read(Path file, String path, List<String> header, Problems problems) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), path, header, problems);
        } catch (IOException e) {
            problems.error(path, 0, "this file cannot be read (" + e.getMessage() + "). Check that it is UTF-8 text.");
            return Optional.empty();
        }
    }

    static Optional<List<Row>> read(String text, String path, List<String> header, Problems problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(t); CSVParser parser = CSVParser.parse(reader, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (first) {
                    first = false;
                    List<String> found = record.toList().stream().map(String::strip).toList();
                    if (!found.equals(header)) {
                        problems.error(path, line, "the first line should be the column names '" + String.join(",", header)
                                + "', but it is '" + String.join(",", found) + "'. Put those column names, in that order, on the first line.");
                        return Optional.empty();
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.error(path, line, "this line has " + record.size() + " values but there are " + header.size()
                            + " columns (" + String.join(", ", header) + "). Give one value for each column, separated by commas.");
                    continue;
                }
                rows.add(new Row(record, line));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.error(path, 0, "this CSV cannot be read: " + e.getMessage() + ". Check the quotes on each line.");
            return Optional.empty();
        }
        if (rows.isEmpty() && header.size() > 0 && t.isBlank()) {
            problems.error(path, 1, "the file is empty. Put the column names '" + String.join(",", header) + "' on the first line.");
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    static Optional<YearMonth> month(Row row, int column, String path, YearMonth current, Problems problems) {
        String value = row.get(column);
        if (MONTH.matcher(value).matches()) {
            try {
                YearMonth month = YearMonth.parse(value);
                if (month.isAfter(current)) {
                    problems.error(path, row.line(), "the month " + value + " is in the future. Check the year and month; "
                            + "figures can only be for months that have happened.");
                    return Optional.empty();
                }
                return Optional.of(month);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        problems.error(path, row.line(), "'" + value + "' is not a month. Write the month as year-month, like 2026-09.");
        return Optional.empty();
    }

    static Optional<Integer> count(Row row, int column, String name, String path, Problems problems) {
        String value = row.get(column);
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        problems.error(path, row.line(), name + " must be a whole number of 0 or more, not '" + value + "'. Write digits only, like 42.");
        return Optional.empty();
    }

    static Optional<Double> weeks(Row row, int column, String name, String path, Problems problems) {
        String value = row.get(column);
        try {
            double d = Double.parseDouble(value);
            if (d >= 0 && Double.isFinite(d) && value.matches("\\d+(\\.\\d+)?")) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        problems.error(path, row.line(), name + " must be a number of weeks of 0 or more, not '" + value
                + "'. Write a number like 12 or 12.5.");
        return Optional.empty();
    }
}
