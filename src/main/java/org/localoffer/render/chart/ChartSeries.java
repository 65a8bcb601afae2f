package org.localoffer.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * One line, e.g. one locality.
 *
 * @param label  the name shown in the legend and beside the end of the line
 * @param points the monthly figures, in any order; a month may appear at most once
 */
public record ChartSeries(String label, List<ChartPoint> points) {

    public ChartSeries {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
    }
}
