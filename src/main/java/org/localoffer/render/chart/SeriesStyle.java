package org.localoffer.render.chart;

import static org.localoffer.render.chart.Svg.num;

/**
 * How the up-to-four lines of a chart are told apart: by colour, line pattern and marker shape together, so
 * no one of them (colour least of all) is needed to follow a line. Every colour has at least 4.5:1 contrast
 * on white, enough for the lines and markers (WCAG 1.4.11 needs 3:1) and for the labels written in it.
 */
enum SeriesStyle {
    /** Dark blue, solid line, circles. 8.1:1 on white. */
    SOLID("#1d4f91", null, Marker.CIRCLE),
    /** Dark orange, dashed line, squares. 4.8:1 on white. */
    DASHED("#b35900", "9 5", Marker.SQUARE),
    /** Green, dotted line, triangles. 6.2:1 on white. */
    DOTTED("#00703c", "2.5 3.5", Marker.TRIANGLE),
    /** Purple, dash-dot line, diamonds. 8.4:1 on white. */
    DASH_DOT("#6f3092", "11 4 2.5 4", Marker.DIAMOND);

    final String colour;
    /** The stroke-dasharray, or null for a solid line. */
    final String dashes;
    final Marker marker;

    SeriesStyle(String colour, String dashes, Marker marker) {
        this.colour = colour;
        this.dashes = dashes;
        this.marker = marker;
    }

    static SeriesStyle of(int index) {
        return values()[index];
    }

    /** Stroke attributes for a line in this style, with a leading space. */
    String lineAttributes(double width) {
        return " fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\""
                + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND;

        String className() {
            return "chart-marker chart-marker-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * One marker centred on (x, y), about 2r across, filled with the colour and ringed in white so that
         * markers on crossing lines stay apart.
         */
        void draw(StringBuilder out, double x, double y, double r, String colour) {
            String paint = " fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
            switch (this) {
                case CIRCLE -> out.append("<circle class=\"").append(className()).append("\" cx=\"").append(num(x))
                        .append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r)).append('"').append(paint);
                case SQUARE -> {
                    double s = r * 0.9;
                    out.append("<rect class=\"").append(className()).append("\" x=\"").append(num(x - s))
                            .append("\" y=\"").append(num(y - s)).append("\" width=\"").append(num(2 * s))
                            .append("\" height=\"").append(num(2 * s)).append('"').append(paint);
                }
                case TRIANGLE -> {
                    double s = r * 1.25;
                    polygon(out, paint, x, y - s, x + s, y + s * 0.75, x - s, y + s * 0.75);
                }
                case DIAMOND -> {
                    double s = r * 1.25;
                    polygon(out, paint, x, y - s, x + s, y, x, y + s, x - s, y);
                }
                default -> throw new IllegalStateException(name());
            }
        }

        private void polygon(StringBuilder out, String paint, double... xy) {
            out.append("<polygon class=\"").append(className()).append("\" points=\"");
            for (int i = 0; i < xy.length; i += 2) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(num(xy[i])).append(',').append(num(xy[i + 1]));
            }
            out.append('"').append(paint);
        }
    }
}
