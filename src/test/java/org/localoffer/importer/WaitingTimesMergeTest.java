package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.data.WaitFigure;
import org.localoffer.data.WaitingData;
import org.localoffer.data.WaitingDataReader;
import org.localoffer.problem.Problems;

class WaitingTimesMergeTest {

    private static final String EXISTING = """
            month,service,area,waiting,median_weeks,longest_weeks
            2026-09,occupational-therapy,south,102,24.2,47
            2024-11,community-paediatrics,south,168,21.0,43

            2026-08,speech-and-language-therapy,north,121,15.1,32
            2026-09,autism-assessment,north, 237 ,39.4,83.50
            """;

    private static List<WaitFigure> existing(String text) {
        Problems problems = new Problems();
        List<WaitFigure> rows = new WaitingDataReader(ChsFixtures.SERVICES, ChsFixtures.AREAS, ChsFixtures.NOW)
                .readWaits(text, WaitingData.WAITS_FILE, problems);
        assertEquals(List.of(), problems.sorted());
        return rows;
    }

    private static WaitFigure figure(String month, String service, String area, int waiting, double median, double longest) {
        return new WaitFigure(YearMonth.parse(month), service, area, waiting, median, longest, 0);
    }

    @Test
    void replacesTheSameMonthServiceAndAreaAndKeepsEveryOtherRowAsWritten() {
        WaitingTimesMerge.Result r = WaitingTimesMerge.merge(EXISTING, existing(EXISTING), List.of(
                figure("2026-09", "occupational-therapy", "south", 102, 28.0, 104.0),
                figure("2026-09", "physiotherapy", "north", 37, 6.4, 52.0),
                figure("2026-07", "audiology", "north", 22, 4.75, 18.0)));
        assertEquals("""
                month,service,area,waiting,median_weeks,longest_weeks
                2024-11,community-paediatrics,south,168,21.0,43
                2026-07,audiology,north,22,4.8,18
                2026-08,speech-and-language-therapy,north,121,15.1,32
                2026-09,autism-assessment,north,237,39.4,83.50
                2026-09,occupational-therapy,south,102,28,104
                2026-09,physiotherapy,north,37,6.4,52
                """, r.text());
        assertEquals(3, r.imported());
        assertEquals(2, r.added());
        assertEquals(1, r.replaced());
        assertEquals(YearMonth.of(2026, 7), r.firstMonth());
        assertEquals(YearMonth.of(2026, 9), r.lastMonth());
        // The result is a valid waiting-times file with every row there.
        assertEquals(6, existing(r.text()).size());
    }

    @Test
    void startsAFileWhenThereIsNone() {
        WaitingTimesMerge.Result r = WaitingTimesMerge.merge("", List.of(),
                List.of(figure("2026-09", "audiology", "south", 32, 5.65, 52.0)));
        assertEquals("month,service,area,waiting,median_weeks,longest_weeks\n2026-09,audiology,south,32,5.7,52\n", r.text());
        assertEquals(1, r.added());
        assertEquals(0, r.replaced());
    }

    @Test
    void writesWeeksWithAtMostOneDecimalPlace() {
        assertEquals("12", WaitingTimesMerge.weeks(12.0));
        assertEquals("8.6", WaitingTimesMerge.weeks(8.6));
        assertEquals("0", WaitingTimesMerge.weeks(0));
        assertEquals("28", WaitingTimesMerge.weeks(27.96));
        assertEquals("0.5", WaitingTimesMerge.weeks(0.5));
        assertEquals(27.4, NhsChsReader.oneDecimal(18 + 15.5 / 56 * 34));
        assertEquals(6.3, NhsChsReader.oneDecimal(6.25));
    }
}
