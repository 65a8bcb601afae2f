package org.localoffer.render.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * A minimal page with the sample chart, its figures in a table and a sparkline per area, for a person to look
 * at (and for the Nu Html Checker). Styles are in a separate file, as the site's Content-Security-Policy needs.
 */
final class SamplePage {

    static final String TITLE = "Median wait for occupational therapy, by area";

    private static final String CSS = """
            body { margin: 0 8px; font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; background: #fff; }
            h1 { font-size: 1.1rem; margin: 8px 0 4px; }
            .chart { display: block; width: 100%; max-width: 640px; height: auto; }
            table { border-collapse: collapse; margin: 16px 0; font-size: 0.9rem; }
            th, td { border-bottom: 1px solid #b1b4b6; padding: 4px 10px 4px 0; text-align: left; }
            td.num { text-align: right; }
            .sparkline { vertical-align: middle; }
            """;

    private SamplePage() {
    }

    /** Writes chart-sample.html and chart-sample.css into the folder; returns the page. */
    static Path write(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("chart-sample.css"), CSS, StandardCharsets.UTF_8);
        Path page = folder.resolve("chart-sample.html");
        Files.writeString(page, html(), StandardCharsets.UTF_8);
        return page;
    }

    static String html() {
        List<ChartSeries> series = ChartSamples.waitingTimes();
        String chart = LineChart.render("chart-ot", TITLE,
                "Median weeks waited for a first occupational therapy appointment in four areas, January 2024 to "
                        + "June 2025, against the 18-week target. Waits rose in South & West from 14 to 31 weeks "
                        + "and fell in North from 22 to 17 weeks. The figures are in the table below.",
                "weeks", 18.0, series);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Chart sample</title>\n<link rel=\"stylesheet\" href=\"chart-sample.css\">\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(Svg.escape(TITLE)).append("</h1>\n")
                .append(chart).append('\n');

        TreeSet<YearMonth> months = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> months.add(p.month())));
        html.append("<table>\n<caption>Median wait in weeks, by month and area</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Month</th>");
        for (ChartSeries s : series) {
            html.append("<th scope=\"col\">").append(Svg.escape(s.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (YearMonth month : months) {
            html.append("<tr><th scope=\"row\">").append(Svg.month(month)).append("</th>");
            for (ChartSeries s : series) {
                Double value = s.points().stream().filter(p -> p.month().equals(month)).map(ChartPoint::value)
                        .filter(v -> v != null).findFirst().orElse(null);
                html.append("<td class=\"num\">").append(value == null ? "No figure" : Svg.num(value)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");

        html.append("<table>\n<caption>Trend by area</caption>\n<thead><tr><th scope=\"col\">Area</th>")
                .append("<th scope=\"col\">Trend</th></tr></thead>\n<tbody>\n");
        for (ChartSeries s : series) {
            html.append("<tr><th scope=\"row\">").append(Svg.escape(s.label())).append("</th><td>")
                    .append(Sparkline.render("weeks", s.points())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
