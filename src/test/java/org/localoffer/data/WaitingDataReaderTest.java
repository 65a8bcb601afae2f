package org.localoffer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class WaitingDataReaderTest {

    private static final String HEADER = "month,service,area,waiting,median_weeks,longest_weeks\n";
    private final Problems problems = new Problems();
    private final WaitingDataReader reader = new WaitingDataReader(List.of("occupational-therapy", "audiology"),
            List.of("north", "south"), YearMonth.of(2026, 11));

    private List<WaitFigure> read(String rows) {
        return reader.readWaits(HEADER + rows, WaitingData.WAITS_FILE, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void readsRowsWithTheirLines() {
        List<WaitFigure> w = read("2026-10,occupational-therapy,south,101,24.2,50\n\n2026-10,audiology,north,24,6,13\n");
        assertTrue(problems.isEmpty(), messages().toString());
        assertEquals(List.of(new WaitFigure(YearMonth.of(2026, 10), "occupational-therapy", "south", 101, 24.2, 50, 2),
                new WaitFigure(YearMonth.of(2026, 10), "audiology", "north", 24, 6, 13, 4)), w);
    }

    @Test
    void reportsAnUnknownServiceOrArea() {
        read("2026-10,occupational-therapi,south,1,2,3\n2026-10,audiology,west,1,2,3\n");
        assertEquals(List.of(
                "content/data/waiting-times.csv:2: error: no service page has 'waiting_times: occupational-therapi'. "
                        + "Did you mean 'occupational-therapy'? Use the waiting_times key of a service page: audiology, occupational-therapy.",
                "content/data/waiting-times.csv:3: error: 'west' is not a locality. Use one of the locality ids in site.yml: north, south."),
                messages());
    }

    @Test
    void reportsNegativeAndNonNumericValues() {
        read("2026-10,audiology,north,-4,six,3\n");
        assertEquals(List.of(
                "content/data/waiting-times.csv:2: error: median_weeks must be a number of weeks of 0 or more, not 'six'. Write a number like 12 or 12.5.",
                "content/data/waiting-times.csv:2: error: waiting must be a whole number of 0 or more, not '-4'. Write digits only, like 42."),
                messages());
    }

    @Test
    void reportsDuplicateRows() {
        read("2026-10,audiology,north,1,2,3\n2026-10,audiology,north,1,2,3\n");
        assertEquals(List.of("content/data/waiting-times.csv:3: error: there is already a row for audiology in north for 2026-10 "
                + "(line 2). Keep one row per month, service and area."), messages());
    }

    @Test
    void reportsMonthsInTheFutureAndMalformedMonths() {
        read("2026-12,audiology,north,1,2,3\n10/2026,audiology,north,1,2,3\n2026-13,audiology,north,1,2,3\n");
        assertEquals(List.of(
                "content/data/waiting-times.csv:2: error: the month 2026-12 is in the future. Check the year and month; figures can only be for months that have happened.",
                "content/data/waiting-times.csv:3: error: '10/2026' is not a month. Write the month as year-month, like 2026-09.",
                "content/data/waiting-times.csv:4: error: '2026-13' is not a month. Write the month as year-month, like 2026-09."),
                messages());
    }

    @Test
    void reportsAWrongHeader() {
        reader.readWaits("month,service,area,waiting,median,longest\n", WaitingData.WAITS_FILE, problems);
        assertEquals(List.of("content/data/waiting-times.csv:1: error: the first line should be the column names "
                + "'month,service,area,waiting,median_weeks,longest_weeks', but it is 'month,service,area,waiting,median,longest'. "
                + "Put those column names, in that order, on the first line."), messages());
    }

    @Test
    void reportsRowsWithTheWrongNumberOfValuesAndImpossibleWaits() {
        read("2026-10,audiology,north,1,2\n2026-10,audiology,south,1,9,3\n");
        assertEquals(List.of(
                "content/data/waiting-times.csv:2: error: this line has 5 values but there are 6 columns (month, service, area, waiting, median_weeks, longest_weeks). Give one value for each column, separated by commas.",
                "content/data/waiting-times.csv:3: error: the longest wait (3 weeks) is shorter than the median wait (9 weeks). Check the two numbers; the longest wait cannot be shorter than the middle one."),
                messages());
    }
}
