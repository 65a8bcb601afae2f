package org.localoffer.render.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Figures for the tests and for the sample page. */
final class ChartSamples {

    private ChartSamples() {
    }

    /** Consecutive months from {@code first}, one per value; null values are months with no figure. */
    static List<ChartPoint> points(YearMonth first, Double... values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(first.plusMonths(i), values[i]));
        }
        return points;
    }

    static ChartSeries series(String label, YearMonth first, Double... values) {
        return new ChartSeries(label, points(first, values));
    }

    /** Four areas over 18 months: a gap, an isolated figure, a line that stops early, two that end close. */
    static List<ChartSeries> waitingTimes() {
        YearMonth jan = YearMonth.of(2024, 1);
        return List.of(
                series("North", jan, 22.0, 23.0, 24.5, 24.0, 25.0, 26.0, 25.5, 24.0, 23.0, 22.0, 21.5, 20.0,
                        19.0, 18.5, 19.0, 18.0, 17.5, 17.0),
                series("South & West", jan, 14.0, 15.0, 15.5, null, null, 17.0, 18.0, 19.5, 21.0, 22.0, 23.5,
                        24.0, 25.0, 26.5, 27.0, 28.0, 29.5, 31.0),
                series("East coast and the Broads", jan, 30.0, 29.0, 28.0, 27.5, 26.0, null, 24.0, null, 22.0,
                        21.0, 20.5, 19.0, 18.0, 17.0, 16.5),
                series("Central", jan, 12.0, 12.5, 13.0, 14.0, 14.5, 15.0, 16.0, 16.5, 16.0, 16.5, 17.0, 17.5,
                        18.0, 17.5, 17.0, 17.5, 17.0, 17.5));
    }
}
