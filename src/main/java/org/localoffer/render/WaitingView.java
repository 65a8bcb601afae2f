package org.localoffer.render;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.Page;
import org.localoffer.data.EhcMonth;
import org.localoffer.data.WaitFigure;
import org.localoffer.data.WaitingData;
import org.localoffer.render.chart.ChartPoint;
import org.localoffer.render.chart.ChartSeries;
import org.localoffer.render.chart.LineChart;
import org.localoffer.render.chart.Sparkline;

/**
 * Waiting times and EHC timeliness worked out for pages: the latest figures per area, changes
 * over 3 and 12 months, whether the target is met, the gap between areas said in words, and
 * build-time SVG charts.
 */
public final class WaitingView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** A gap between areas is worth saying in words when it is at least this many weeks... */
    static final double GAP_WEEKS = 4;
    /** ...and the longer wait is at least this many times the shorter one. */
    static final double GAP_RATIO = 1.5;

    private final SiteConfig site;
    private final WaitingData data;
    private final YearMonth currentMonth;

    public WaitingView(SiteConfig site, WaitingData data, YearMonth currentMonth) {
        this.site = site;
        this.data = data;
        this.currentMonth = currentMonth;
    }

    public static String monthText(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** One area's latest figures for one service. */
    public record AreaWait(String area, String areaName, WaitFigure latest, Double change3, Double change12,
                           boolean targetMet, String sparkline) {

        public String change3Text() {
            return changeText(change3, 3);
        }

        public String change12Text() {
            return changeText(change12, 12);
        }

        static String changeText(Double change, int months) {
            if (change == null) {
                return "No figure for " + months + " months before";
            }
            if (Math.abs(change) < 0.5) {
                return "About the same";
            }
            return (change > 0 ? "Up " : "Down ") + weeks(Math.abs(change));
        }
    }

    /** One month of the history table: a figure per area, null where there is none. */
    public record HistoryRow(String month, List<WaitFigure> byArea) {
    }

    /** Everything a page says about one service's waits. */
    public record ServiceWaits(Page page, String key, int target, String month, boolean stale, List<AreaWait> areas,
                               String gapSentence, String chart, List<String> areaNames, List<HistoryRow> history) {

        public String url() {
            return "/waiting-times/" + key + "/";
        }
    }

    /** EHC plans issued within 20 weeks: the last 12 months, the 12 before, and each month. */
    public record EhcView(String month, boolean stale, int issued12, int within12, Integer previousPercent,
                          String sparkline, List<EhcMonth> months) {

        public int percent12() {
            return issued12 == 0 ? 0 : (int) Math.round(100.0 * within12 / issued12);
        }

        public String trendText() {
            if (previousPercent == null) {
                return "";
            }
            int diff = percent12() - previousPercent;
            if (Math.abs(diff) < 2) {
                return "about the same as the 12 months before (" + previousPercent + "%)";
            }
            return (diff > 0 ? "up from " : "down from ") + previousPercent + "% in the 12 months before";
        }

        public static int percent(EhcMonth m) {
            return (int) Math.round(100 * m.share());
        }
    }

    public Optional<ServiceWaits> forPage(Page page) {
        if (page.waitingTimes() == null) {
            return Optional.empty();
        }
        List<WaitFigure> figures = data.forService(page.waitingTimes());
        Optional<YearMonth> latest = data.latestMonth(page.waitingTimes());
        if (figures.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        YearMonth month = latest.get();
        List<Locality> localities = site.localities().stream()
                .filter(l -> figures.stream().anyMatch(f -> f.area().equals(l.id()))).toList();
        List<AreaWait> areas = new ArrayList<>();
        List<ChartSeries> series = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        figures.forEach(f -> months.add(f.month()));
        for (Locality l : localities) {
            Optional<WaitFigure> now = data.figure(page.waitingTimes(), l.id(), month);
            Double change3 = now.flatMap(n -> data.figure(page.waitingTimes(), l.id(), month.minusMonths(3))
                    .map(b -> n.medianWeeks() - b.medianWeeks())).orElse(null);
            Double change12 = now.flatMap(n -> data.figure(page.waitingTimes(), l.id(), month.minusMonths(12))
                    .map(b -> n.medianWeeks() - b.medianWeeks())).orElse(null);
            List<ChartPoint> points = months.stream()
                    .map(m -> new ChartPoint(m, data.figure(page.waitingTimes(), l.id(), m).map(WaitFigure::medianWeeks).orElse(null)))
                    .toList();
            series.add(new ChartSeries(l.name(), points));
            List<ChartPoint> lastYear = points.stream().filter(p -> !p.month().isBefore(month.minusMonths(11))).toList();
            String spark = Sparkline.render("weeks", lastYear);
            areas.add(new AreaWait(l.id(), l.name(), now.orElse(null), change3, change12,
                    now.map(n -> n.longestWeeks() <= page.waitingTargetWeeks()).orElse(false), spark));
        }
        String name = lowerFirst(page.title());
        String chart = LineChart.render("chart-" + page.waitingTimes(), "Median wait for " + name + ", by area",
                chartDescription(name, areas, months, page.waitingTargetWeeks()), "weeks",
                (double) page.waitingTargetWeeks(), series);
        List<HistoryRow> history = new ArrayList<>();
        for (YearMonth m : months.descendingSet()) {
            List<WaitFigure> row = new ArrayList<>();
            for (Locality l : localities) {
                row.add(data.figure(page.waitingTimes(), l.id(), m).orElse(null));
            }
            history.add(new HistoryRow(monthText(m), row));
        }
        return Optional.of(new ServiceWaits(page, page.waitingTimes(), page.waitingTargetWeeks(), monthText(month),
                isStale(month), areas, gapSentence(name, areas), chart, localities.stream().map(Locality::name).toList(), history));
    }

    public Optional<EhcView> ehc() {
        List<EhcMonth> months = data.ehcByMonth();
        if (months.isEmpty()) {
            return Optional.empty();
        }
        YearMonth latest = months.get(months.size() - 1).month();
        int issued = 0;
        int within = 0;
        int prevIssued = 0;
        int prevWithin = 0;
        for (EhcMonth m : months) {
            if (m.month().isAfter(latest.minusMonths(12))) {
                issued += m.plansIssued();
                within += m.issuedWithinTwentyWeeks();
            } else if (m.month().isAfter(latest.minusMonths(24))) {
                prevIssued += m.plansIssued();
                prevWithin += m.issuedWithinTwentyWeeks();
            }
        }
        Integer previous = prevIssued == 0 ? null : (int) Math.round(100.0 * prevWithin / prevIssued);
        List<ChartPoint> points = months.stream().filter(m -> m.month().isAfter(latest.minusMonths(12)))
                .map(m -> new ChartPoint(m.month(), 100 * m.share())).toList();
        String spark = Sparkline.render("per cent", points);
        List<EhcMonth> newestFirst = months.stream().sorted(Comparator.comparing(EhcMonth::month).reversed()).toList();
        return Optional.of(new EhcView(monthText(latest), isStale(latest), issued, within, previous, spark, newestFirst));
    }

    public boolean isStale(YearMonth month) {
        return month.isBefore(currentMonth.minusMonths(site.figuresStaleAfterMonths()));
    }

    static String gapSentence(String serviceName, List<AreaWait> areas) {
        List<AreaWait> withFigures = areas.stream().filter(a -> a.latest() != null).toList();
        if (withFigures.size() < 2) {
            return "";
        }
        AreaWait longest = withFigures.stream().max(Comparator.comparingDouble(a -> a.latest().medianWeeks())).orElseThrow();
        AreaWait shortest = withFigures.stream().min(Comparator.comparingDouble(a -> a.latest().medianWeeks())).orElseThrow();
        double gap = longest.latest().medianWeeks() - shortest.latest().medianWeeks();
        if (gap < GAP_WEEKS || longest.latest().medianWeeks() < GAP_RATIO * shortest.latest().medianWeeks()) {
            return "";
        }
        return "Children in " + longest.areaName() + " wait about " + Math.round(gap) + " weeks longer than in "
                + shortest.areaName() + " for " + serviceName + ".";
    }

    private static String chartDescription(String name, List<AreaWait> areas, TreeSet<YearMonth> months, int target) {
        StringBuilder d = new StringBuilder("Median wait in weeks for " + name + " each month from "
                + monthText(months.first()) + " to " + monthText(months.last()) + ", one line per area, with the "
                + target + "-week target.");
        for (AreaWait a : areas) {
            if (a.latest() != null) {
                d.append(" ").append(a.areaName()).append(": ").append(weeks(a.latest().medianWeeks())).append(" in ")
                        .append(monthText(a.latest().month())).append(".");
            }
        }
        d.append(" The table below gives every figure.");
        return d.toString();
    }

    public static String weeks(double w) {
        long rounded = Math.round(w);
        return rounded + (rounded == 1 ? " week" : " weeks");
    }

    public static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
