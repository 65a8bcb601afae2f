package org.localoffer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localoffer.problem.Problems;
import org.localoffer.problem.Suggestions;

/**
 * Reads content/data/waiting-times.csv and content/data/ehc-timeliness.csv. Both are optional;
 * when present, every row must name a known service and area, hold sensible numbers, be for a
 * month that has happened, and appear once.
 */
public final class WaitingDataReader {

    private final Collection<String> services;
    private final Collection<String> areas;
    private final YearMonth currentMonth;

    /**
     * @param services the waiting_times keys used by service pages
     * @param areas    the locality ids in site.yml
     */
    public WaitingDataReader(Collection<String> services, Collection<String> areas, YearMonth currentMonth) {
        this.services = services;
        this.areas = areas;
        this.currentMonth = currentMonth;
    }

    public WaitingData read(Path siteRoot, Problems problems) {
        Path waitsFile = siteRoot.resolve(WaitingData.WAITS_FILE);
        Path ehcFile = siteRoot.resolve(WaitingData.EHC_FILE);
        List<WaitFigure> waits = Files.exists(waitsFile)
                ? CsvTable.read(waitsFile, WaitingData.WAITS_FILE, WaitingData.WAITS_HEADER, problems)
                        .map(rows -> waits(rows, problems)).orElse(List.of())
                : List.of();
        List<EhcMonth> ehc = Files.exists(ehcFile)
                ? CsvTable.read(ehcFile, WaitingData.EHC_FILE, WaitingData.EHC_HEADER, problems)
                        .map(rows -> ehc(rows, problems)).orElse(List.of())
                : List.of();
        return new WaitingData(waits, ehc);
    }

    /** Reads waiting-time rows from text, for the importer and tests. */
    public List<WaitFigure> readWaits(String text, String path, Problems problems) {
        return CsvTable.read(text, path, WaitingData.WAITS_HEADER, problems).map(rows -> waits(rows, problems)).orElse(List.of());
    }

    List<WaitFigure> waits(List<CsvTable.Row> rows, Problems problems) {
        String path = WaitingData.WAITS_FILE;
        List<WaitFigure> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            int before = problems.errorCount();
            Optional<YearMonth> month = CsvTable.month(row, 0, path, currentMonth, problems);
            String service = row.get(1);
            if (!services.contains(service)) {
                problems.error(path, row.line(), "no service page has 'waiting_times: " + service + "'."
                        + Suggestions.didYouMean(service, services)
                        + " Use the waiting_times key of a service page" + (services.isEmpty() ? "." : ": " + String.join(", ", services.stream().sorted().toList()) + "."));
            }
            String area = row.get(2);
            if (!areas.contains(area)) {
                problems.error(path, row.line(), "'" + area + "' is not a locality." + Suggestions.didYouMean(area, areas)
                        + " Use one of the locality ids in site.yml: " + String.join(", ", areas) + ".");
            }
            Optional<Integer> waiting = CsvTable.count(row, 3, "waiting", path, problems);
            Optional<Double> median = CsvTable.weeks(row, 4, "median_weeks", path, problems);
            Optional<Double> longest = CsvTable.weeks(row, 5, "longest_weeks", path, problems);
            if (median.isPresent() && longest.isPresent() && longest.get() < median.get()) {
                problems.error(path, row.line(), "the longest wait (" + row.get(5) + " weeks) is shorter than the median wait ("
                        + row.get(4) + " weeks). Check the two numbers; the longest wait cannot be shorter than the middle one.");
            }
            if (problems.errorCount() > before) {
                continue;
            }
            String key = month.get() + "," + service + "," + area;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.error(path, row.line(), "there is already a row for " + service + " in " + area + " for " + month.get()
                        + " (line " + first + "). Keep one row per month, service and area.");
                continue;
            }
            out.add(new WaitFigure(month.get(), service, area, waiting.get(), median.get(), longest.get(), row.line()));
        }
        return out;
    }

    List<EhcMonth> ehc(List<CsvTable.Row> rows, Problems problems) {
        String path = WaitingData.EHC_FILE;
        List<EhcMonth> out = new ArrayList<>();
        Map<YearMonth, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            int before = problems.errorCount();
            Optional<YearMonth> month = CsvTable.month(row, 0, path, currentMonth, problems);
            Optional<Integer> issued = CsvTable.count(row, 1, "plans_issued", path, problems);
            Optional<Integer> within = CsvTable.count(row, 2, "issued_within_20_weeks", path, problems);
            if (issued.isPresent() && within.isPresent() && within.get() > issued.get()) {
                problems.error(path, row.line(), "more plans were issued within 20 weeks (" + within.get() + ") than were issued ("
                        + issued.get() + "). Check the two numbers.");
            }
            if (problems.errorCount() > before) {
                continue;
            }
            Integer first = seen.putIfAbsent(month.get(), row.line());
            if (first != null) {
                problems.error(path, row.line(), "there is already a row for " + month.get() + " (line " + first
                        + "). Keep one row per month.");
                continue;
            }
            out.add(new EhcMonth(month.get(), issued.get(), within.get(), row.line()));
        }
        return out;
    }
}
