package org.localoffer.render.chart;

import static org.localoffer.render.chart.Svg.escape;
import static org.localoffer.render.chart.Svg.num;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tiny trend line for a table row, drawn at build time as inline SVG. It is one image to assistive
 * technology, named in words by its {@code aria-label}, for example "Trend over 12 months: from 20 to 24
 * weeks"; the row itself should give the figures. Months with no figure break the line; a dot marks the
 * latest figure.
 *
 * <p>The SVG is 100 by 24 by default ({@code width} and {@code height} attributes, so it has a sensible size
 * even without a stylesheet); a stylesheet can resize it through the {@code sparkline} class.
 */
public final class Sparkline {

    static final String COLOUR = SeriesStyle.SOLID.colour;
    static final double WIDTH = 100;
    static final double HEIGHT = 24;
    /** Keeps the 2-wide line and the end dot inside the box. */
    private static final double PAD = 3.5;

    private Sparkline() {
    }

    /**
     * A tiny decorative-but-labelled trend line for a table row: role="img" with an aria-label such as
     * "Trend over 12 months: from 20 to 24 weeks".
     *
     * @param label  the unit the figures are in, written after the numbers in the accessible name, e.g.
     *               "weeks"; null or blank for none
     * @param points the monthly figures in any order; null values are months with no figure
     * @return SVG markup: {@code <svg ...>...</svg>}
     * @throws IllegalArgumentException for a month given twice, or a negative or non-finite figure
     */
    public static String render(String label, List<ChartPoint> points) {
        Objects.requireNonNull(points, "points");
        String unit = label == null || label.isBlank() ? "" : " " + label.strip();
        TreeMap<YearMonth, Double> figures = Svg.figures("sparkline", points);

        StringBuilder out = new StringBuilder(512);
        out.append("<svg xmlns=\"").append(Svg.NS).append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ')
                .append(num(HEIGHT)).append("\" width=\"").append(num(WIDTH)).append("\" height=\"")
                .append(num(HEIGHT)).append("\" role=\"img\" aria-label=\"")
                .append(escape(ariaLabel(figures, unit))).append("\" class=\"sparkline\" focusable=\"false\">");
        if (figures.isEmpty()) {
            return out.append("</svg>").toString();
        }

        YearMonth first = figures.firstKey();
        YearMonth last = figures.lastKey();
        int span = monthsSpanned(first, last);
        double min = figures.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = figures.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);

        StringBuilder d = new StringBuilder();
        for (List<Map.Entry<YearMonth, Double>> run : Svg.runs(figures)) {
            char command = 'M';
            for (Map.Entry<YearMonth, Double> point : run) {
                d.append(command).append(num(x(point.getKey(), first, span))).append(' ')
                        .append(num(y(point.getValue(), min, max)));
                command = 'L';
            }
            if (run.size() == 1) {
                // A figure with gaps either side: a zero-length stroke with round caps draws it as a dot.
                d.append("h0");
            }
        }
        out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(COLOUR)
                .append("\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
        out.append("<circle cx=\"").append(num(x(last, first, span))).append("\" cy=\"")
                .append(num(y(figures.lastEntry().getValue(), min, max))).append("\" r=\"3\" fill=\"")
                .append(COLOUR).append("\"/>");
        return out.append("</svg>").toString();
    }

    /** "Trend over 12 months: from 20 to 24 weeks", saying also how many months in between had no figure. */
    static String ariaLabel(TreeMap<YearMonth, Double> figures, String unit) {
        if (figures.isEmpty()) {
            return "No figures yet";
        }
        if (figures.size() == 1) {
            return "One month's figure only: " + num(figures.firstEntry().getValue()) + unit;
        }
        int span = monthsSpanned(figures.firstKey(), figures.lastKey());
        StringBuilder label = new StringBuilder("Trend over ").append(span).append(" months: from ")
                .append(num(figures.firstEntry().getValue())).append(" to ")
                .append(num(figures.lastEntry().getValue())).append(unit);
        int missing = span - figures.size();
        if (missing > 0) {
            label.append(" (no figure for ").append(missing).append(missing == 1 ? " month)" : " months)");
        }
        return label.toString();
    }

    private static int monthsSpanned(YearMonth first, YearMonth last) {
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    private static double x(YearMonth month, YearMonth first, int span) {
        if (span == 1) {
            return WIDTH / 2;
        }
        return PAD + first.until(month, java.time.temporal.ChronoUnit.MONTHS) * (WIDTH - 2 * PAD) / (span - 1);
    }

    /** Scaled to the figures' own range, as sparklines are: the shape of the trend, not its size. */
    private static double y(double value, double min, double max) {
        if (max == min) {
            return HEIGHT / 2;
        }
        return HEIGHT - PAD - (value - min) / (max - min) * (HEIGHT - 2 * PAD);
    }
}
