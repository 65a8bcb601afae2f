package org.localoffer.data;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every waiting-time figure and EHC timeliness figure of the site. */
public record WaitingData(List<WaitFigure> waits, List<EhcMonth> ehc) {

    public static final String WAITS_FILE = "content/data/waiting-times.csv";
    public static final String EHC_FILE = "content/data/ehc-timeliness.csv";
    public static final List<String> WAITS_HEADER = List.of("month", "service", "area", "waiting", "median_weeks", "longest_weeks");
    public static final List<String> EHC_HEADER = List.of("month", "plans_issued", "issued_within_20_weeks");

    public static WaitingData empty() {
        return new WaitingData(List.of(), List.of());
    }

    public List<WaitFigure> forService(String service) {
        return waits.stream().filter(w -> w.service().equals(service))
                .sorted(Comparator.comparing(WaitFigure::month)).toList();
    }

    public Optional<WaitFigure> figure(String service, String area, YearMonth month) {
        return waits.stream().filter(w -> w.service().equals(service) && w.area().equals(area) && w.month().equals(month))
                .findFirst();
    }

    /** The newest month with any figure for the service. */
    public Optional<YearMonth> latestMonth(String service) {
        return waits.stream().filter(w -> w.service().equals(service)).map(WaitFigure::month).max(Comparator.naturalOrder());
    }

    public List<EhcMonth> ehcByMonth() {
        return ehc.stream().sorted(Comparator.comparing(EhcMonth::month)).toList();
    }
}
