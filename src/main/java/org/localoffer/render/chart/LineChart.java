package org.localoffer.render.chart;

import static org.localoffer.render.chart.Svg.DARK_GREY;
import static org.localoffer.render.chart.Svg.GRID;
import static org.localoffer.render.chart.Svg.TEXT;
import static org.localoffer.render.chart.Svg.escape;
import static org.localoffer.render.chart.Svg.num;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An accessible line chart of monthly figures (such as waiting times by area), drawn at build time as inline
 * SVG: no script, no {@code style} attributes or elements (it works under a strict Content-Security-Policy),
 * and valid in HTML5.
 *
 * <p>The chart is one image to assistive technology ({@code role="img"}, named by its {@code <title>} and
 * described by its {@code <desc>}); the page should show the same figures in a table as well. Lines are told
 * apart by colour, line pattern and marker shape together, and each is labelled directly at its end as well
 * as in a legend. A month with no figure breaks the line: nothing is ever interpolated.
 *
 * <p>The SVG has no width or height: it scales to the width of its container. Style it with the
 * {@code chart} class, for example {@code .chart { display: block; width: 100%; max-width: 40em; height: auto; }}.
 * Inner parts carry classes too ({@code chart-line}, {@code chart-marker}, {@code chart-label},
 * {@code chart-target}, {@code chart-grid}...), should a stylesheet want to restyle them.
 */
public final class LineChart {

    /** The most series one chart can show: there are four distinct line styles. */
    public static final int MAX_SERIES = 4;

    static final int WIDTH = 640;
    static final int HEIGHT = 360;

    /** Font sizes in viewBox units; no text is smaller than 12. */
    static final double FONT = 13;
    static final double SMALL_FONT = 12;
    private static final double LINE_HEIGHT = 15;

    private static final double EDGE = 8;
    private static final double LEGEND_ROW = 22;
    private static final double LEGEND_SWATCH = 30;
    /** Room at the right for the labels at the ends of the lines. */
    private static final double LABEL_MARGIN = 120;
    /** Room at the bottom for the month labels. */
    private static final double BOTTOM_MARGIN = 40;
    /** The first and last months sit this far inside the plot, so their markers clear the axis. */
    private static final double INSET = 12;
    private static final double LINE_WIDTH = 2.5;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private LineChart() {
    }

    /**
     * @param id          unique id prefix for this chart on the page (used for {@code <title>}/{@code <desc>} ids),
     *                    e.g. "chart-ot": a letter, then letters, digits, '-' or '_'
     * @param title       short title, e.g. "Median wait for occupational therapy, by area"
     * @param description a full text description of what the chart shows (the same figures are also in a table
     *                    below it on the page); if blank, the chart is named by its title alone
     * @param unit        y-axis unit, e.g. "weeks"; null or blank for none
     * @param target      optional horizontal target line value (e.g. 18.0), null for none
     * @param series      one to four lines; an empty list, or lines with no figures, give a chart that says
     *                    "No figures yet"
     * @return SVG markup: {@code <svg ...>...</svg>}
     * @throws IllegalArgumentException for a bad id, a blank title or series label, more than four series,
     *                                  a month given twice in one series, or a negative or non-finite figure
     */
    public static String render(String id, String title, String description, String unit, Double target,
            List<ChartSeries> series) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(series, "series");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id '" + id
                    + "' must be a letter followed by letters, digits, '-' or '_'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("chart " + id + " has no title");
        }
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("chart " + id + " has " + series.size()
                    + " series; at most " + MAX_SERIES + " can be told apart");
        }
        if (target != null && (target.isNaN() || target.isInfinite() || target < 0)) {
            throw new IllegalArgumentException("chart " + id + ": target " + target + " must be finite and not negative");
        }
        String unitText = unit == null ? "" : unit.strip();
        String desc = description == null ? "" : description.strip();

        List<Line> lines = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (int i = 0; i < series.size(); i++) {
            ChartSeries s = Objects.requireNonNull(series.get(i), "series " + (i + 1));
            if (s.label().isBlank()) {
                throw new IllegalArgumentException("chart " + id + ": series " + (i + 1) + " has no label");
            }
            TreeMap<YearMonth, Double> figures = Svg.figures("chart " + id + ", series '" + s.label() + "'",
                    s.points());
            s.points().forEach(p -> months.add(p.month()));
            lines.add(new Line(s.label().strip(), SeriesStyle.of(i), figures));
        }
        if (lines.stream().allMatch(line -> line.figures.isEmpty())) {
            return empty(id, title.strip());
        }
        return new Drawing(id, title.strip(), desc, unitText, target, lines,
                Svg.monthsBetween(months.first(), months.last())).draw();
    }

    /** The chart for no figures at all: says so in its name and in the picture. */
    private static String empty(String id, String title) {
        StringBuilder out = new StringBuilder(512);
        open(out, id, title + ": No figures yet", "No figures yet.");
        out.append("<text class=\"chart-empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                .append("\" text-anchor=\"middle\" font-size=\"16\" fill=\"").append(TEXT)
                .append("\">No figures yet</text>");
        return out.append("</svg>").toString();
    }

    private static void open(StringBuilder out, String id, String title, String desc) {
        boolean hasDesc = !desc.isEmpty();
        out.append("<svg xmlns=\"").append(Svg.NS).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title")
                .append(hasDesc ? " " + id + "-desc" : "").append("\" class=\"chart\" focusable=\"false\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        if (hasDesc) {
            out.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        }
    }

    /**
     * The y scale: the smallest "nice" step (1, 2 or 5 times a power of ten, at least 0.1) that covers
     * {@code max} in at most six steps, and the top of the axis, {@code steps * step}, with at least four
     * steps. For example 24 gives 5 steps of 5 (top 25); 31 gives 4 of 10 (top 40); 13 gives 4 of 5 (top 20).
     *
     * @return {step, number of steps}
     */
    static double[] niceScale(double max) {
        double step = 0.1;
        int[] factors = {1, 2, 5};
        for (int exponent = -1; ; exponent++) {
            for (int f : factors) {
                step = f * Math.pow(10, exponent);
                // Round away the binary noise of 0.1 * 3 and the like before comparing.
                double steps = Math.ceil(Math.round(max / step * 1e6) / 1e6);
                if (steps <= 6) {
                    return new double[] {step, Math.max(4, steps)};
                }
            }
        }
    }

    /** One series and its figures by month (months with no figure left out). */
    private record Line(String label, SeriesStyle style, TreeMap<YearMonth, Double> figures) {
    }

    /** A block of text to be kept clear of the others: the label at the end of a line, or the target's. */
    private static final class Label {
        final double x;
        final double width;
        final double height;
        final double wanted;
        final List<String> lines;
        final double fontSize;
        final String colour;
        final SeriesStyle.Marker marker;
        final int order;
        double top;

        Label(double x, double wanted, List<String> lines, double fontSize, String colour, double textWidth,
                SeriesStyle.Marker marker, int order) {
            this.x = x;
            this.wanted = wanted;
            this.lines = lines;
            this.fontSize = fontSize;
            this.colour = colour;
            this.marker = marker;
            this.order = order;
            this.width = textWidth + (marker == null ? 0 : MARKER_GAP);
            this.height = lines.size() * LINE_HEIGHT;
            this.top = wanted - height / 2;
        }

        double bottom() {
            return top + height;
        }

        boolean sharesColumnWith(Label other) {
            return x < other.x + other.width && other.x < x + width;
        }
    }

    /** Room for the small marker drawn before a line's label. */
    private static final double MARKER_GAP = 14;

    /** The layout and drawing of one chart. */
    private static final class Drawing {
        final String id;
        final String title;
        final String desc;
        final String unit;
        final Double target;
        final List<Line> lines;
        final List<YearMonth> months;
        final StringBuilder out = new StringBuilder(8192);

        double plotLeft;
        double plotTop;
        double plotRight;
        double plotBottom;
        double x0;
        double x1;
        double step;
        double steps;
        double yMax;
        double legendBottom;

        Drawing(String id, String title, String desc, String unit, Double target, List<Line> lines,
                List<YearMonth> months) {
            this.id = id;
            this.title = title;
            this.desc = desc;
            this.unit = unit;
            this.target = target;
            this.lines = lines;
            this.months = months;
        }

        String draw() {
            double max = target == null ? 0 : target;
            for (Line line : lines) {
                for (double v : line.figures.values()) {
                    max = Math.max(max, v);
                }
            }
            double[] scale = niceScale(max);
            step = scale[0];
            steps = scale[1];
            yMax = step * steps;

            open(out, id, title, desc);
            legend();
            layOut();
            grid();
            monthAxis();
            if (target != null) {
                targetLine();
            }
            for (Line line : lines) {
                series(line);
            }
            labels();
            return out.append("</svg>").toString();
        }

        /** The legend row(s) at the top: each line's pattern and marker, then its label. */
        private void legend() {
            out.append("<g class=\"chart-legend\" aria-hidden=\"true\">");
            double x = EDGE;
            double row = 0;
            for (Line line : lines) {
                String text = line.figures.isEmpty() ? line.label + " (no figures)" : line.label;
                double width = LEGEND_SWATCH + 6 + Svg.textWidth(text, FONT) + 18;
                if (x > EDGE && x + width - 18 > WIDTH - EDGE) {
                    x = EDGE;
                    row++;
                }
                double y = EDGE + row * LEGEND_ROW + LEGEND_ROW / 2;
                out.append("<path class=\"chart-legend-line\" d=\"M").append(num(x)).append(' ').append(num(y))
                        .append('h').append(num(LEGEND_SWATCH)).append('"')
                        .append(line.style.lineAttributes(LINE_WIDTH)).append("/>");
                line.style.marker.draw(out, x + LEGEND_SWATCH / 2, y, 4.5, line.style.colour);
                text(x + LEGEND_SWATCH + 6, y + FONT * 0.35, "start", FONT, TEXT, "chart-legend-label", text);
                x += width;
            }
            out.append("</g>");
            legendBottom = EDGE + (row + 1) * LEGEND_ROW;
        }

        /** Places the plot area: below the legend and unit, right of the tick labels, left of the line labels. */
        private void layOut() {
            double widest = 0;
            for (int i = 0; i <= steps; i++) {
                widest = Math.max(widest, Svg.textWidth(num(i * step), SMALL_FONT));
            }
            plotLeft = Math.max(40, EDGE + widest + 10);
            plotTop = legendBottom + (unit.isEmpty() ? 14 : 30);
            plotRight = WIDTH - LABEL_MARGIN;
            plotBottom = HEIGHT - BOTTOM_MARGIN;
            x0 = plotLeft + INSET;
            x1 = plotRight - INSET;
        }

        double x(YearMonth month) {
            int n = months.size();
            if (n == 1) {
                return (x0 + x1) / 2;
            }
            return x0 + months.indexOf(month) * (x1 - x0) / (n - 1);
        }

        double y(double value) {
            return plotBottom - value / yMax * (plotBottom - plotTop);
        }

        /** Horizontal gridlines with their values, the zero line darker, and the unit once above them. */
        private void grid() {
            out.append("<g class=\"chart-grid\" aria-hidden=\"true\">");
            for (int i = (int) steps; i >= 0; i--) {
                double value = i * step;
                double y = y(value);
                out.append("<path class=\"").append(i == 0 ? "chart-axis" : "chart-gridline").append("\" d=\"M")
                        .append(num(plotLeft)).append(' ').append(num(y)).append('H').append(num(plotRight))
                        .append("\" fill=\"none\" stroke=\"").append(i == 0 ? DARK_GREY : GRID)
                        .append("\" stroke-width=\"1\"/>");
                text(plotLeft - 6, y + SMALL_FONT * 0.35, "end", SMALL_FONT, TEXT, "chart-tick", num(value));
            }
            if (!unit.isEmpty()) {
                text(EDGE, plotTop - 14, "start", SMALL_FONT, TEXT, "chart-unit", unit);
            }
            out.append("</g>");
        }

        /** Month labels: every third month from the first (further apart if crowded), and always the last. */
        private void monthAxis() {
            int n = months.size();
            double spacing = n == 1 ? Double.MAX_VALUE : (x1 - x0) / (n - 1);
            double room = Svg.textWidth("May 2025", SMALL_FONT) + 10;
            int every = 3;
            while (every * spacing < room) {
                every *= 2;
            }
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < n; i += every) {
                shown.add(i);
            }
            if (shown.get(shown.size() - 1) != n - 1) {
                if (shown.size() > 1 && (n - 1 - shown.get(shown.size() - 1)) * spacing < room) {
                    shown.remove(shown.size() - 1);
                }
                shown.add(n - 1);
            }
            out.append("<g class=\"chart-months\" aria-hidden=\"true\">");
            for (int i : shown) {
                double x = x(months.get(i));
                out.append("<path class=\"chart-tick-mark\" d=\"M").append(num(x)).append(' ').append(num(plotBottom))
                        .append("v5\" fill=\"none\" stroke=\"").append(DARK_GREY).append("\" stroke-width=\"1\"/>");
                text(x, plotBottom + 20, "middle", SMALL_FONT, TEXT, "chart-month", Svg.month(months.get(i)));
            }
            out.append("</g>");
        }

        private void targetLine() {
            double y = y(target);
            out.append("<g class=\"chart-target\" aria-hidden=\"true\"><path class=\"chart-target-line\" d=\"M")
                    .append(num(plotLeft)).append(' ').append(num(y)).append('H').append(num(x1 + 6))
                    .append("\" fill=\"none\" stroke=\"").append(DARK_GREY)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/></g>");
        }

        /** One line: a path broken at every month with no figure, then a marker on every figure. */
        private void series(Line line) {
            if (line.figures.isEmpty()) {
                return;
            }
            int index = lines.indexOf(line) + 1;
            out.append("<g class=\"chart-series chart-series-").append(index).append("\" aria-hidden=\"true\">");
            StringBuilder d = new StringBuilder();
            for (List<Map.Entry<YearMonth, Double>> run : Svg.runs(line.figures)) {
                char command = 'M';
                for (Map.Entry<YearMonth, Double> point : run) {
                    d.append(command).append(num(x(point.getKey()))).append(' ').append(num(y(point.getValue())));
                    command = 'L';
                }
            }
            out.append("<path class=\"chart-line\" d=\"").append(d).append('"')
                    .append(line.style.lineAttributes(LINE_WIDTH)).append(" stroke-linejoin=\"round\"/>");
            double spacing = months.size() == 1 ? 100 : (x1 - x0) / (months.size() - 1);
            double r = Math.max(3, Math.min(4.5, spacing * 0.3));
            for (Map.Entry<YearMonth, Double> point : line.figures.entrySet()) {
                line.style.marker.draw(out, x(point.getKey()), y(point.getValue()), r, line.style.colour);
            }
            out.append("</g>");
        }

        /** Each line's label beside its last figure, and the target's label, nudged apart so none overlap. */
        private void labels() {
            List<Label> labels = new ArrayList<>();
            int order = 0;
            for (Line line : lines) {
                if (line.figures.isEmpty()) {
                    continue;
                }
                Map.Entry<YearMonth, Double> last = line.figures.lastEntry();
                double x = x(last.getKey()) + 10;
                double room = Math.max(80, WIDTH - EDGE / 2 - x - MARKER_GAP);
                List<String> wrapped = Svg.wrap(line.label, FONT, room);
                double width = wrapped.stream().mapToDouble(l -> Svg.textWidth(l, FONT)).max().orElse(0);
                labels.add(new Label(x, y(last.getValue()), wrapped, FONT, line.style.colour, width,
                        line.style.marker, order++));
            }
            if (target != null) {
                String text = "Target: " + num(target) + (unit.isEmpty() ? "" : " " + unit);
                double x = x1 + 10;
                List<String> wrapped = Svg.wrap(text, SMALL_FONT, WIDTH - EDGE / 2 - x);
                double width = wrapped.stream().mapToDouble(l -> Svg.textWidth(l, SMALL_FONT)).max().orElse(0);
                labels.add(new Label(x, y(target), wrapped, SMALL_FONT, DARK_GREY, width, null, order));
            }
            spread(labels, legendBottom + 2, plotBottom + 8, 3);
            out.append("<g class=\"chart-labels\" aria-hidden=\"true\">");
            for (Label label : labels) {
                double firstLine = label.top + LINE_HEIGHT / 2;
                double textX = label.x;
                if (label.marker != null && Math.abs(label.top + label.height / 2 - label.wanted) > 3) {
                    // Moved away from its line's end: the line's marker before it says which line it names.
                    label.marker.draw(out, label.x + 5, firstLine, 4, label.colour);
                    textX += MARKER_GAP;
                }
                String cls = label.marker == null ? "chart-target-label" : "chart-label";
                String weight = label.marker == null ? "" : " font-weight=\"bold\"";
                out.append("<text class=\"").append(cls).append("\" x=\"").append(num(textX)).append("\" y=\"")
                        .append(num(firstLine + label.fontSize * 0.35)).append("\" font-size=\"")
                        .append(num(label.fontSize)).append("\" fill=\"").append(label.colour).append('"')
                        .append(weight).append('>');
                for (int i = 0; i < label.lines.size(); i++) {
                    String line = escape(label.lines.get(i));
                    if (label.lines.size() == 1) {
                        out.append(line);
                    } else {
                        out.append("<tspan x=\"").append(num(textX)).append('"')
                                .append(i == 0 ? "" : " dy=\"" + num(LINE_HEIGHT) + '"').append('>').append(line)
                                .append("</tspan>");
                    }
                }
                out.append("</text>");
            }
            out.append("</g>");
        }

        private void text(double x, double y, String anchor, double size, String fill, String cls, String text) {
            out.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                    .append('"');
            if (!"start".equals(anchor)) {
                out.append(" text-anchor=\"").append(anchor).append('"');
            }
            out.append(" font-size=\"").append(num(size)).append("\" fill=\"").append(fill).append("\">")
                    .append(escape(text)).append("</text>");
        }
    }

    /**
     * Moves labels up or down so that no two that share a column overlap, each as little as it can: labels in
     * a column that would overlap are stacked, in the order of their points, centred on where they want to be
     * (the mean of their points), and kept between {@code minTop} and {@code maxBottom} where they fit.
     */
    private static void spread(List<Label> labels, double minTop, double maxBottom, double gap) {
        labels.sort(Comparator.comparingDouble((Label l) -> l.wanted).thenComparingInt(l -> l.order));
        // Columns: labels joined, directly or through others, by overlapping horizontally.
        List<List<Label>> columns = new ArrayList<>();
        for (Label label : labels) {
            List<List<Label>> touching = columns.stream()
                    .filter(column -> column.stream().anyMatch(label::sharesColumnWith)).toList();
            List<Label> column = new ArrayList<>();
            for (List<Label> other : touching) {
                column.addAll(other);
                columns.remove(other);
            }
            column.add(label);
            column.sort(Comparator.comparingDouble((Label l) -> l.wanted).thenComparingInt(l -> l.order));
            columns.add(column);
        }
        for (List<Label> column : columns) {
            dodge(column, minTop, maxBottom, gap);
        }
    }

    /** Stacks overlapping labels of one column, sorted top to bottom by where they want to be. */
    private static void dodge(List<Label> column, double minTop, double maxBottom, double gap) {
        List<List<Label>> stacks = new ArrayList<>();
        for (Label label : column) {
            stacks.add(new ArrayList<>(List.of(label)));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            stacks.forEach(stack -> place(stack, minTop, maxBottom, gap));
            for (int i = 0; i + 1 < stacks.size(); i++) {
                List<Label> upper = stacks.get(i);
                List<Label> lower = stacks.get(i + 1);
                if (upper.get(upper.size() - 1).bottom() + gap > lower.get(0).top) {
                    upper.addAll(stacks.remove(i + 1));
                    merged = true;
                    break;
                }
            }
        }
    }

    /** Places one stack of labels where their total distance from where they want to be is least. */
    private static void place(List<Label> stack, double minTop, double maxBottom, double gap) {
        double offset = 0;
        double sum = 0;
        for (Label label : stack) {
            sum += label.wanted - (offset + label.height / 2);
            offset += label.height + gap;
        }
        double total = offset - gap;
        double top = Math.max(minTop, Math.min(sum / stack.size(), maxBottom - total));
        for (Label label : stack) {
            label.top = top;
            top += label.height + gap;
        }
    }
}
