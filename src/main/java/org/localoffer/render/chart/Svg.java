package org.localoffer.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers shared by the chart renderers: escaping, number formatting, text measuring. */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";

    /** Body text colour: near black, 19.6:1 on white. */
    static final String TEXT = "#0b0c0c";
    /** Secondary text, axis and target line colour: 7.0:1 on white. */
    static final String DARK_GREY = "#505a5f";
    /** Gridlines: decorative, so they need no particular contrast. */
    static final String GRID = "#b1b4b6";

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private Svg() {
    }

    /** Escapes text for use in XML or HTML text and in double- or single-quoted attribute values. */
    static String escape(String text) {
        return org.localoffer.render.Markup.escape(text);
    }

    /**
     * A number with at most one decimal place and '.' as the decimal point, whatever the default locale:
     * 18.0 gives "18", 17.25 gives "17.3", -0.01 gives "0".
     */
    static String num(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** "Jan 2025": English month abbreviations, independent of the JDK's locale data. */
    static String month(YearMonth month) {
        return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /**
     * A generous estimate of the width of text in a proportional sans-serif font. Used only for layout
     * (wrapping and keeping labels apart), so erring wide is safe.
     */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtfI.,:;'!|".indexOf(c) >= 0) {
                em += 0.32;
            } else if (c == ' ') {
                em += 0.3;
            } else if ("mwMW@".indexOf(c) >= 0) {
                em += 0.9;
            } else if (Character.isUpperCase(c)) {
                em += 0.7;
            } else {
                em += 0.55;
            }
        }
        return em * fontSize;
    }

    /** Splits text at spaces into lines no wider than maxWidth where possible (a single long word stays whole). */
    static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() == 0) {
                line.append(word);
            } else if (textWidth(line + " " + word, fontSize) <= maxWidth) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Months from first to last inclusive. */
    static List<YearMonth> monthsBetween(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The points of one series by month, checking each figure: a finite number, not negative. Non-null
     * figures only; months with a null value are left out (they are gaps, like months with no point).
     */
    static TreeMap<YearMonth, Double> figures(String what, Collection<ChartPoint> points) {
        TreeMap<YearMonth, Double> byMonth = new TreeMap<>();
        java.util.Set<YearMonth> seen = new java.util.HashSet<>();
        for (ChartPoint point : points) {
            if (point == null) {
                throw new IllegalArgumentException(what + ": a point is null");
            }
            if (!seen.add(point.month())) {
                throw new IllegalArgumentException(what + ": more than one figure for " + month(point.month()));
            }
            Double value = point.value();
            if (value == null) {
                continue;
            }
            if (value.isNaN() || value.isInfinite() || value < 0) {
                throw new IllegalArgumentException(what + ": the figure for " + month(point.month())
                        + " is " + value + "; figures must be finite and not negative (use null for no figure)");
            }
            byMonth.put(point.month(), value);
        }
        return byMonth;
    }

    /** Runs of consecutive months that all have figures: each run is one unbroken stretch of line. */
    static List<List<Map.Entry<YearMonth, Double>>> runs(TreeMap<YearMonth, Double> figures) {
        List<List<Map.Entry<YearMonth, Double>>> runs = new ArrayList<>();
        List<Map.Entry<YearMonth, Double>> run = null;
        YearMonth previous = null;
        for (Map.Entry<YearMonth, Double> e : figures.entrySet()) {
            if (run == null || !e.getKey().equals(previous.plusMonths(1))) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(e);
            previous = e.getKey();
        }
        return runs;
    }
}
