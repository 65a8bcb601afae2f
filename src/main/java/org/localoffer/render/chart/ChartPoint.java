package org.localoffer.render.chart;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's value; {@code value == null} means no figure that month (a gap, never interpolated).
 *
 * @param month the month the figure is for
 * @param value the figure, or null when there is none for that month
 */
public record ChartPoint(YearMonth month, Double value) {

    public ChartPoint {
        Objects.requireNonNull(month, "month");
    }
}
