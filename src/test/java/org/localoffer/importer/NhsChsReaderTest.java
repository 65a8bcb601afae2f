package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.data.WaitFigure;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class NhsChsReaderTest {

    private final Problems problems = new Problems();

    private List<WaitFigure> read(String fixture) {
        return read(ChsFixtures.demoMapping(), ChsFixtures.text(fixture), fixture);
    }

    private List<WaitFigure> read(ChsMapping mapping, String text, String path) {
        return new NhsChsReader(mapping, ChsFixtures.NOW).read(text, path, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private static List<String> rows(List<WaitFigure> figures, YearMonth month) {
        return figures.stream().filter(f -> f.month().equals(month)).map(f -> String.join(",", WaitingTimesMerge.values(f))).toList();
    }

    @Test
    void turnsTheSampleIntoOneFigurePerMonthServiceAndArea() {
        List<WaitFigure> figures = read("chs-sample.csv");
        assertEquals(List.of(), messages());
        // 3 months x 5 services x 2 areas; dietetics and the provider RYY03 are not in the mapping.
        assertEquals(30, figures.size());
        assertEquals(List.of(
                "2026-09,audiology,north,24,4.7,18",
                "2026-09,audiology,south,32,5.7,52",
                "2026-09,community-paediatrics,north,170,16.8,104",
                "2026-09,community-paediatrics,south,208,22.1,104",
                "2026-09,occupational-therapy,north,81,7.1,52",
                "2026-09,occupational-therapy,south,102,28,104",
                "2026-09,physiotherapy,north,37,6.4,52",
                "2026-09,physiotherapy,south,43,7.4,52",
                "2026-09,speech-and-language-therapy,north,115,13.8,104",
                "2026-09,speech-and-language-therapy,south,147,18.2,104"), rows(figures, YearMonth.of(2026, 9)));
        assertEquals(List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
                figures.stream().map(WaitFigure::month).distinct().toList());
    }

    @Test
    void matchesServiceNamesWhateverTheirCapitalsAndSpaces() {
        // August's file says "(CYP) Therapy Interventions: Occupational Therapy" and "speech  and language".
        List<String> august = rows(read("chs-sample.csv"), YearMonth.of(2026, 8));
        assertTrue(august.contains("2026-08,occupational-therapy,north,78,7.2,52"), august.toString());
        assertTrue(august.contains("2026-08,speech-and-language-therapy,north,110,13.7,104"), august.toString());
    }

    @Test
    void readsTheOlderLayoutWithOneBandOver52WeeksAndNamedMonths() {
        List<WaitFigure> figures = read("chs-older-layout.csv");
        assertEquals(List.of(), messages());
        // August: 99 waiting; the 49.5th child is 15.5 of 56 into the 18-52 band: 18 + 15.5/56 x 34 = 27.41.
        assertEquals(List.of("2026-08,occupational-therapy,south,99,27.4,52"), rows(figures, YearMonth.of(2026, 8)));
        assertEquals(List.of("2026-09,occupational-therapy,south,102,28,52"), rows(figures, YearMonth.of(2026, 9)));
    }

    @Test
    void addsUpProvidersThatFeedTheSameArea() {
        ChsMapping mapping = new ChsMapping(List.of(new ChsMapping.Provider("RXX01", "north", 2),
                new ChsMapping.Provider("Brackenford Children's Therapy CIC", "north", 4)),
                List.of(new ChsMapping.Service("(CYP) Therapy interventions: Speech and language", "speech-and-language-therapy", 7)));
        List<WaitFigure> figures = read(mapping, ChsFixtures.text("chs-sample.csv"), "chs-sample.csv");
        assertEquals(List.of(), messages());
        // RXX01 (115) and RYY03 (23), matched by its OrgName: 7, 8, 13, 39, 26, 43, 2, 0 in the bands.
        assertEquals(List.of("2026-09,speech-and-language-therapy,north,138,12.5,104"), rows(figures, YearMonth.of(2026, 9)));
    }

    @Test
    void findsColumnsByNameInAnyOrder() {
        String text = """
                MetricValue,MetricDescription,Service,OrgName,OrgRef,Period
                4,Total waiting list,(CYP) Audiology,North,RXX01,Sep-26
                1,Waiting 0-1 weeks,(CYP) Audiology,North,RXX01,Sep-26
                1,Waiting >1-2 weeks,(CYP) Audiology,North,RXX01,Sep-26
                1,Waiting >2-4 weeks,(CYP) Audiology,North,RXX01,Sep-26
                1,Waiting >4-12 weeks,(CYP) Audiology,North,RXX01,Sep-26
                0,Waiting >12-18 weeks,(CYP) Audiology,North,RXX01,Sep-26
                0,Waiting >18-52 weeks,(CYP) Audiology,North,RXX01,Sep-26
                0,Waiting >52 weeks,(CYP) Audiology,North,RXX01,Sep-26
                """;
        assertEquals(List.of("2026-09,audiology,north,4,2,12"),
                rows(read(ChsFixtures.demoMapping(), text, "in.csv"), YearMonth.of(2026, 9)));
        assertEquals(List.of(), messages());
    }

    @Test
    void reportsEveryBadRowAtOnceAndReturnsNothing() {
        List<WaitFigure> figures = read("chs-bad-rows.csv");
        assertEquals(List.of(), figures);
        assertEquals(List.of(
                "chs-bad-rows.csv:11: error: there is already a row for RXX01, '(CYP) Therapy interventions: Speech and language', "
                        + "2026-09, 'Waiting >4-12 weeks' (line 6). Keep one row per organisation, period, service and metric.",
                "chs-bad-rows.csv:14: error: the period 'Q2 2026-27' is not a month. Write the period as 2026-09, Sep-26 or September 2026.",
                "chs-bad-rows.csv:24: error: the MetricValue for 'Waiting >2-4 weeks' must be a whole number of 0 or more, not '-3'. "
                        + "Check the figure in NHS England's file; a blank, suppressed or negative count cannot be imported.",
                "chs-bad-rows.csv:26: error: the MetricValue for 'Waiting >12-18 weeks' must be a whole number of 0 or more, not '*'. "
                        + "Check the figure in NHS England's file; a blank, suppressed or negative count cannot be imported.",
                "chs-bad-rows.csv:30: error: the period 2026-12 is in the future. Check the Period column; "
                        + "figures can only be for months that have happened."), messages());
    }

    @Test
    void saysWhichBandsAreMissing() {
        assertEquals(List.of(), read("chs-missing-bands.csv"));
        assertEquals(List.of(
                "chs-missing-bands.csv:2: error: RXX02 '(CYP) Audiology' in 2026-09 has no row for 'Waiting >2-4 weeks' and "
                        + "'Waiting >104 weeks'. Add the missing rows from NHS England's file; a band with nobody in it needs a row "
                        + "with MetricValue 0.",
                "chs-missing-bands.csv:9: error: RXX02 '(CYP) Therapy interventions: Physiotherapy' in 2026-09 has no row for "
                        + "'Total waiting list' and 'Waiting >52 weeks' (or 'Waiting >52-104 weeks' and 'Waiting >104 weeks'). "
                        + "Add the missing rows from NHS England's file; a band with nobody in it needs a row with MetricValue 0."),
                messages());
    }

    @Test
    void refusesAFileWithoutTheLongFormatColumns() {
        assertEquals(List.of(), read("chs-wide-layout.csv"));
        assertEquals(List.of("chs-wide-layout.csv:1: error: the first line should be the column names of NHS England's CHS "
                + "waiting-list CSV, Period,Month,OrgRef,OrgName,Region_Name,STP_Code,STP_Name,Service,ServiceType,MetricID,"
                + "MetricDescription,TextResponses,MetricValue, but it has no Period, OrgRef, OrgName, Service, MetricDescription "
                + "and MetricValue column. Check that this is the long-format CHS file, with one row per organisation, month, "
                + "service and metric, and that its column names are on the first line."), messages());
    }

    @Test
    void warnsWhenTheTotalIsNotTheSumOfTheBands() {
        String text = """
                Period,OrgRef,OrgName,Service,MetricDescription,MetricValue
                2026-09,RXX01,North,(CYP) Audiology,Total waiting list,30
                2026-09,RXX01,North,(CYP) Audiology,Waiting 0-1 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >1-2 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >2-4 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >4-12 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >12-18 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >18-52 weeks,4
                2026-09,RXX01,North,(CYP) Audiology,Waiting >52-104 weeks,1
                2026-09,RXX01,North,(CYP) Audiology,Waiting >104 weeks,0
                2026-09,RXX01,North,(CYP) Audiology,Average (mean) waiting time in weeks,14.2
                """;
        List<WaitFigure> figures = read(ChsFixtures.demoMapping(), text, "in.csv");
        assertEquals(List.of("in.csv:2: warning: the total waiting list for RXX01 '(CYP) Audiology' in 2026-09 is 30, but the "
                + "wait bands add up to 25. The import uses 30 as the number waiting and the bands for the median and longest "
                + "waits; check the figures with the provider."), messages());
        // 25 counted: the 12.5th child is 0.5 of 4 into the 4-12 band: 4 + 0.5/4 x 8 = 5.
        assertEquals(List.of("2026-09,audiology,north,30,5,104"), rows(figures, YearMonth.of(2026, 9)));

        Problems within1 = new Problems();
        new NhsChsReader(ChsFixtures.demoMapping(), ChsFixtures.NOW).read(text.replace(",30\n", ",26\n"), "in.csv", within1);
        assertTrue(within1.isEmpty(), within1.sorted().toString());
    }

    @Test
    void saysSoWhenNothingIsForTheMappedProvidersAndServices() {
        String text = """
                Period,OrgRef,OrgName,Service,MetricDescription,MetricValue
                2026-09,RZZ99,Elsewhere,(CYP) Audiology,Total waiting list,30
                """;
        assertEquals(List.of(), read(ChsFixtures.demoMapping(), text, "in.csv"));
        assertEquals(List.of("in.csv: error: no row is for both a provider and a service line in the mapping, so there is "
                + "nothing to import. Check the OrgRef, OrgName and Service columns against the 'org' and 'nhs' entries of "
                + "the mapping."), messages());
    }

    @Test
    void readsCountsWithThousandsSeparatorsButNotFractions() {
        assertEquals(java.util.Optional.of(1234), NhsChsReader.count("1,234"));
        assertEquals(java.util.Optional.of(12), NhsChsReader.count("12.0"));
        assertTrue(NhsChsReader.count("12.5").isEmpty());
        assertTrue(NhsChsReader.count("").isEmpty());
        assertTrue(NhsChsReader.count("-1").isEmpty());
        assertTrue(NhsChsReader.count("12,34").isEmpty());
    }
}
