package org.localoffer.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localoffer.render.chart.ChartSamples.series;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class LineChartTest {

    private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);
    private static final String TITLE = "Median wait for occupational therapy, by area";
    private static final String DESCRIPTION = "Median weeks waited, January to December 2025.";

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static Element root(String svg) {
        Document doc = parse(svg);
        assertEquals(1, doc.children().size(), "one root element");
        return doc.child(0);
    }

    private static String render(Double target, List<ChartSeries> series) {
        return LineChart.render("chart-ot", TITLE, DESCRIPTION, "weeks", target, series);
    }

    private static ChartSeries twelveMonths(String label, double from) {
        Double[] values = new Double[12];
        for (int i = 0; i < 12; i++) {
            values[i] = from + i;
        }
        return series(label, JAN_2025, values);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    @Test
    void rootHasTheAccessibleAttributesAndTitleAndDescComeFirst() {
        String svg = render(18.0, List.of(twelveMonths("North", 20)));
        Element root = root(svg);

        assertEquals("svg", root.tagName());
        assertEquals("http://www.w3.org/2000/svg", root.attr("xmlns"));
        assertEquals("0 0 640 360", root.attr("viewBox"));
        assertEquals("img", root.attr("role"));
        assertEquals("chart-ot-title chart-ot-desc", root.attr("aria-labelledby"));
        assertEquals("chart", root.attr("class"));
        assertEquals("false", root.attr("focusable"));
        for (String absent : List.of("width", "height", "aria-hidden", "preserveAspectRatio", "style")) {
            assertFalse(root.hasAttr(absent), "root has " + absent);
        }

        Element title = root.child(0);
        assertEquals("title", title.tagName());
        assertEquals("chart-ot-title", title.id());
        assertEquals(TITLE, title.text());
        Element desc = root.child(1);
        assertEquals("desc", desc.tagName());
        assertEquals("chart-ot-desc", desc.id());
        assertEquals(DESCRIPTION, desc.text());
        assertTrue(svg.startsWith("<svg "), svg);
        assertTrue(svg.endsWith("</svg>"), svg);
    }

    @Test
    void noStylesScriptsOrForeignMarkupAnywhere() {
        String svg = render(18.0, ChartSamples.waitingTimes());
        Element root = root(svg);
        assertTrue(root.select("style, script, foreignObject, use, image, a").isEmpty());
        for (Element e : root.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().equals("style") || a.getKey().startsWith("on") || a.getKey().contains(":"),
                        "attribute " + a.getKey() + " on " + e.tagName());
            }
            if (e != root) {
                assertFalse(e.hasAttr("xmlns"), "xmlns on " + e.tagName());
            }
        }
    }

    @Test
    void innerGroupsAreHiddenFromAssistiveTechnology() {
        Element root = root(render(18.0, ChartSamples.waitingTimes()));
        for (Element child : root.children()) {
            if (!child.tagName().equals("title") && !child.tagName().equals("desc")) {
                assertEquals("g", child.tagName());
                assertEquals("true", child.attr("aria-hidden"), child.className());
            }
        }
    }

    @Test
    void idsArePrefixedAndUnique() {
        Element root = root(render(18.0, ChartSamples.waitingTimes()));
        List<String> ids = root.getAllElements().stream().map(Element::id).filter(id -> !id.isEmpty()).toList();
        assertEquals(List.of("chart-ot-title", "chart-ot-desc"), ids);

        Element other = root(LineChart.render("chart-slt", "Speech", "Speech waits", "weeks", null,
                List.of(twelveMonths("North", 3))));
        assertEquals(Set.of("chart-slt-title", "chart-slt-desc"),
                other.getAllElements().stream().map(Element::id).filter(id -> !id.isEmpty()).collect(Collectors.toSet()));
        assertEquals("chart-slt-title chart-slt-desc", other.attr("aria-labelledby"));
    }

    @Test
    void oneLinePerSeries() {
        Element root = root(render(null, ChartSamples.waitingTimes()));
        assertEquals(4, root.select("path.chart-line").size());
        assertEquals(4, root.select("g.chart-series").size());
        assertEquals(4, root.select("path.chart-legend-line").size());

        Element one = root(render(null, List.of(twelveMonths("North", 1))));
        assertEquals(1, one.select("path.chart-line").size());
    }

    @Test
    void aGapStartsANewSubpathAndIsNeverBridged() {
        ChartSeries gappy = series("North", JAN_2025, 10.0, 11.0, 12.0, null, null, 15.0, 16.0, 17.0);
        Element root = root(render(null, List.of(gappy)));
        String d = root.selectFirst("path.chart-line").attr("d");
        assertEquals(2, count(d, 'M'), d);
        assertEquals(4, count(d, 'L'), "3 + 3 points joined by 2 + 2 segments: " + d);
        assertEquals(6, root.select("g.chart-series .chart-marker").size(), "one marker per figure");
        assertEquals("Aug 2025", root.select("text.chart-month").last().text(), "the months still span the gap");
    }

    @Test
    void aMissingMonthIsAGapToo() {
        List<ChartPoint> points = new ArrayList<>(ChartSamples.points(JAN_2025, 5.0, 6.0));
        points.add(new ChartPoint(JAN_2025.plusMonths(5), 9.0));
        points.add(new ChartPoint(JAN_2025.plusMonths(6), 10.0));
        String d = root(render(null, List.of(new ChartSeries("North", points)))).selectFirst("path.chart-line").attr("d");
        assertEquals(2, count(d, 'M'), d);
    }

    @Test
    void anIsolatedFigureStillHasItsMarker() {
        ChartSeries lonely = series("North", JAN_2025, 10.0, null, 12.0, null, 14.0, 15.0);
        Element root = root(render(null, List.of(lonely)));
        String d = root.selectFirst("path.chart-line").attr("d");
        assertEquals(3, count(d, 'M'), d);
        assertEquals(1, count(d, 'L'), d);
        assertEquals(4, root.select("g.chart-series circle.chart-marker").size());
    }

    @Test
    void seriesDifferInMarkerLinePatternAndColour() {
        Element root = root(render(null, ChartSamples.waitingTimes()));
        Set<String> markerShapes = new LinkedHashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<String> colours = new HashSet<>();
        for (Element group : root.select("g.chart-series")) {
            Set<String> shapesInGroup = group.select(".chart-marker").stream()
                    .map(m -> m.tagName() + " " + m.className()).collect(Collectors.toSet());
            assertEquals(1, shapesInGroup.size(), "one marker shape per series: " + shapesInGroup);
            markerShapes.addAll(shapesInGroup);
            Element line = group.selectFirst("path.chart-line");
            dashes.add(line.attr("stroke-dasharray"));
            colours.add(line.attr("stroke"));
            assertEquals(line.attr("stroke"), group.selectFirst(".chart-marker").attr("fill"));
        }
        assertEquals(List.of("circle chart-marker chart-marker-circle", "rect chart-marker chart-marker-square",
                "polygon chart-marker chart-marker-triangle", "polygon chart-marker chart-marker-diamond"),
                List.copyOf(markerShapes));
        assertEquals(4, dashes.size(), "solid, dashed, dotted and dash-dot: " + dashes);
        assertTrue(dashes.contains(""), "the first line is solid");
        assertEquals(4, colours.size());
        // Triangles and diamonds are both polygons: they must not be the same polygon.
        List<Element> polygons = root.select("g.chart-series polygon.chart-marker");
        assertEquals(Set.of(3, 4), polygons.stream().map(p -> p.attr("points").split(" ").length)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyColourHasAtLeast3To1ContrastOnWhiteAnd45To1ForItsLabels() {
        Element root = root(render(18.0, ChartSamples.waitingTimes()));
        Set<String> lineColours = root.select("path.chart-line").stream().map(e -> e.attr("stroke"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(List.of("#1d4f91", "#b35900", "#00703c", "#6f3092"), List.copyOf(lineColours));
        for (String colour : lineColours) {
            double ratio = Contrast.againstWhite(colour);
            assertTrue(ratio >= 3.0, colour + " has only " + ratio + ":1 (WCAG 1.4.11 needs 3:1)");
        }
        // Text, including the labels drawn in the series' colours, needs 4.5:1 (WCAG 1.4.3).
        for (Element text : root.select("text")) {
            String fill = text.attr("fill");
            double ratio = Contrast.againstWhite(fill);
            assertTrue(ratio >= 4.5, "text '" + text.text() + "' in " + fill + " has only " + ratio + ":1");
        }
        // Known values, so the formula itself is checked too.
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, Contrast.againstWhite("#ffffff"), 1e-9);
        assertEquals(4.54, Contrast.againstWhite("#767676"), 0.01);
        assertEquals(4.83, Contrast.againstWhite("#b35900"), 0.01);
    }

    @Test
    void everyTextIsAtLeast12Units() {
        Element root = root(render(18.0, ChartSamples.waitingTimes()));
        for (Element text : root.select("text")) {
            assertTrue(Double.parseDouble(text.attr("font-size")) >= 12, text.outerHtml());
        }
    }

    @Test
    void labelsAreWrittenAtTheEndOfEachLineAndEscaped() {
        ChartSeries ab = twelveMonths("A & B <north>", 2);
        ChartSeries quoted = twelveMonths("\"Quoted\" 'area'", 10);
        String svg = render(null, List.of(ab, quoted));
        assertTrue(svg.contains("A &amp; B &lt;north&gt;"), svg);
        assertTrue(svg.contains("&quot;Quoted&quot; &#39;area&#39;"), svg);
        assertFalse(svg.contains("A & B"));

        Element root = root(svg);
        List<String> labels = root.select("text.chart-label").eachText();
        assertEquals(List.of("\"Quoted\" 'area'", "A & B <north>"), labels.stream().sorted().toList());
        assertEquals(List.of("A & B <north>", "\"Quoted\" 'area'"), root.select("text.chart-legend-label").eachText());

        // Each label starts just right of its last point, level with it.
        Element lastMarker = root.select("g.chart-series-1 .chart-marker").last();
        double lastX = Double.parseDouble(lastMarker.attr("cx"));
        double lastY = Double.parseDouble(lastMarker.attr("cy"));
        Element label = root.select("text.chart-label").stream().filter(t -> t.text().startsWith("A &")).findFirst()
                .orElseThrow();
        double x = Double.parseDouble(label.attr("x"));
        double y = Double.parseDouble(label.attr("y"));
        assertTrue(x > lastX && x < lastX + 40, "label x " + x + " vs point " + lastX);
        assertTrue(Math.abs(y - lastY) < 10, "label y " + y + " vs point " + lastY);
        assertTrue(x < 640 - 80, "room for the label at the right");
        // Level with its point, it needs no marker of its own.
        assertTrue(root.select("g.chart-labels .chart-marker").isEmpty());
    }

    @Test
    void labelsThatWouldOverlapAreNudgedApart() {
        ChartSeries a = series("North", JAN_2025, 10.0, 12.0, 17.0);
        ChartSeries b = series("South", JAN_2025, 11.0, 13.0, 17.2);
        ChartSeries c = series("East", JAN_2025, 9.0, 14.0, 17.1);
        Element root = root(render(17.0, List.of(a, b, c)));
        List<Double> ys = new ArrayList<>();
        for (Element text : root.select("g.chart-labels text")) {
            ys.add(Double.parseDouble(text.attr("y")));
        }
        assertEquals(4, ys.size(), "three lines and the target");
        ys.sort(null);
        for (int i = 1; i < ys.size(); i++) {
            assertTrue(ys.get(i) - ys.get(i - 1) >= 13, "labels too close: " + ys);
        }
        // A label moved away from its line's end carries the line's marker, so it is clear which line it names.
        assertFalse(root.select("g.chart-labels .chart-marker").isEmpty());
        for (Element marker : root.select("g.chart-labels .chart-marker")) {
            String shape = marker.className();
            String colour = marker.attr("fill");
            assertTrue(root.select("g.chart-series .chart-marker").stream()
                    .anyMatch(m -> m.className().equals(shape) && m.attr("fill").equals(colour)), shape + " " + colour);
        }
    }

    @Test
    void longLabelsWrapInsideTheChart() {
        Element root = root(render(null, List.of(twelveMonths("East coast and the Norfolk Broads", 5))));
        Element label = root.selectFirst("text.chart-label");
        assertTrue(label.select("tspan").size() >= 2, label.outerHtml());
        for (Element tspan : label.select("tspan")) {
            double right = Double.parseDouble(tspan.attr("x")) + Svg.textWidth(tspan.text(), LineChart.FONT);
            assertTrue(right <= 640, tspan.text() + " reaches " + right);
        }
    }

    @Test
    void aLegendShowsEachLineStyleMarkerAndLabel() {
        Element root = root(render(null, ChartSamples.waitingTimes()));
        Element legend = root.selectFirst("g.chart-legend");
        assertNotNull(legend);
        assertEquals(List.of("North", "South & West", "East coast and the Broads", "Central"),
                legend.select("text").eachText());
        assertEquals(4, legend.select(".chart-marker").size());
        List<String> legendDashes = legend.select("path.chart-legend-line").eachAttr("stroke-dasharray");
        List<String> lineDashes = new ArrayList<>();
        for (Element line : root.select("path.chart-line")) {
            lineDashes.add(line.attr("stroke-dasharray"));
        }
        assertEquals(lineDashes.size(), legend.select("path.chart-legend-line").size());
        assertEquals(lineDashes.stream().filter(s -> !s.isEmpty()).toList(), legendDashes);
        // The legend sits above the plot.
        double legendY = Double.parseDouble(legend.selectFirst("text").attr("y"));
        double topGridline = root.select("text.chart-tick").stream().mapToDouble(t -> Double.parseDouble(t.attr("y")))
                .min().orElseThrow();
        assertTrue(legendY < topGridline - 20, legendY + " vs " + topGridline);
    }

    @Test
    void theTargetIsADashedGreyLineWithALabel() {
        Element root = root(render(18.0, List.of(twelveMonths("North", 10))));
        Element line = root.selectFirst("path.chart-target-line");
        assertNotNull(line);
        assertEquals("#505a5f", line.attr("stroke"));
        assertFalse(line.attr("stroke-dasharray").isEmpty());
        assertEquals("Target: 18 weeks", root.selectFirst("text.chart-target-label").text());
        // Horizontal, at 18 on the axis.
        Matcher m = Pattern.compile("M([\\d.]+) ([\\d.]+)H([\\d.]+)").matcher(line.attr("d"));
        assertTrue(m.matches(), line.attr("d"));
        double y = Double.parseDouble(m.group(2));
        assertEquals(y, yOfTick(root, "0") + (yOfTick(root, "25") - yOfTick(root, "0")) * 18 / 25, 0.2);

        Element none = root(render(null, List.of(twelveMonths("North", 10))));
        assertTrue(none.select(".chart-target, .chart-target-label").isEmpty());
        assertFalse(none.text().contains("Target"));
    }

    /** The y of the gridline labelled {@code value}: the tick label's baseline sits 0.35em below it. */
    private static double yOfTick(Element root, String value) {
        Element tick = root.select("text.chart-tick").stream().filter(t -> t.text().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no tick " + value));
        return Double.parseDouble(tick.attr("y")) - LineChart.SMALL_FONT * 0.35;
    }

    @Test
    void theYAxisRunsFromZeroToANiceMaximum() {
        // Figures up to 21 (10 + 11), target 18: 0, 5, 10 ... 25.
        Element root = root(render(18.0, List.of(twelveMonths("North", 10))));
        assertEquals(List.of("25", "20", "15", "10", "5", "0"), root.select("text.chart-tick").eachText());
        assertEquals(5, root.select("path.chart-gridline").size());
        assertEquals(1, root.select("path.chart-axis").size());
        assertEquals("#b1b4b6", root.selectFirst("path.chart-gridline").attr("stroke"));
        assertEquals(List.of("weeks"), root.select("text.chart-unit").eachText());

        // A target above every figure raises the axis to cover it.
        Element high = root(render(48.0, List.of(twelveMonths("North", 1))));
        assertEquals("50", high.select("text.chart-tick").first().text());
    }

    @Test
    void niceScalesHaveFourToSixStepsOf1Or2Or5() {
        double[][] cases = {
            // max, step, steps
            {24, 5, 5}, {25, 5, 5}, {31, 10, 4}, {13, 5, 4}, {50, 10, 5}, {7, 2, 4}, {12, 2, 6}, {59, 10, 6},
            {61, 20, 4}, {120, 20, 6}, {0.3, 0.1, 4}, {0.55, 0.1, 6}, {0, 0.1, 4}, {1, 0.2, 5}, {1234, 500, 4},
        };
        for (double[] c : cases) {
            double[] scale = LineChart.niceScale(c[0]);
            assertEquals(c[1], scale[0], 1e-9, "step for " + c[0]);
            assertEquals(c[2], scale[1], 1e-9, "steps for " + c[0]);
            assertTrue(scale[0] * scale[1] >= c[0], "covers " + c[0]);
        }
        for (double max = 0.1; max < 5000; max *= 1.07) {
            double[] scale = LineChart.niceScale(max);
            assertTrue(scale[1] >= 4 && scale[1] <= 6, max + " gives " + scale[1] + " steps");
            assertTrue(scale[0] * scale[1] >= max - 1e-9, max + " not covered");
        }
    }

    @Test
    void monthsAreLabelledEveryThreeMonthsAndAtBothEnds() {
        ChartSeries firstHalf = series("North", JAN_2025, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        ChartSeries secondHalf = series("South", YearMonth.of(2025, 4), 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0,
                12.0);
        Element root = root(render(null, List.of(firstHalf, secondHalf)));
        List<Element> months = root.select("text.chart-month");
        assertEquals(List.of("Jan 2025", "Apr 2025", "Jul 2025", "Oct 2025", "Dec 2025"),
                months.stream().map(Element::text).toList());
        for (Element month : months) {
            assertEquals("middle", month.attr("text-anchor"));
        }
        // Evenly spaced in time.
        double jan = Double.parseDouble(months.get(0).attr("x"));
        double apr = Double.parseDouble(months.get(1).attr("x"));
        double dec = Double.parseDouble(months.get(4).attr("x"));
        assertEquals((apr - jan) / 3 * 11, dec - jan, 0.5);
    }

    @Test
    void crowdedMonthLabelsThinOut() {
        Double[] values = new Double[48];
        java.util.Arrays.fill(values, 5.0);
        Element root = root(render(null, List.of(series("North", YearMonth.of(2022, 1), values))));
        List<Element> months = root.select("text.chart-month");
        assertEquals("Jan 2022", months.get(0).text());
        assertEquals("Dec 2025", months.get(months.size() - 1).text());
        for (int i = 1; i < months.size(); i++) {
            double gap = Double.parseDouble(months.get(i).attr("x")) - Double.parseDouble(months.get(i - 1).attr("x"));
            assertTrue(gap >= Svg.textWidth("May 2025", 12) + 4, "month labels overlap: " + months.stream().map(Element::text).toList());
        }
    }

    @Test
    void numbersUseADotAndAtMostOneDecimalWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String svg = LineChart.render("c", "T", "D", "weeks", 17.25,
                    List.of(series("North", JAN_2025, 3.14159, 2.0 / 3, 12.0)));
            assertTrue(svg.contains("Target: 17.3 weeks"), svg);
            Matcher numbers = Pattern.compile("-?\\d+(?:[.,]\\d+)?").matcher(
                    svg.replaceAll("<title.*?</desc>", "").replaceAll("class=\"[^\"]*\"", "").replaceAll("#[0-9a-f]{6}", ""));
            while (numbers.find()) {
                String n = numbers.group();
                assertFalse(n.contains(","), "comma in " + n);
                assertTrue(!n.contains(".") || n.length() - n.indexOf('.') == 2, "more than one decimal: " + n);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noFiguresGiveAChartThatSaysSo() {
        for (List<ChartSeries> nothing : List.of(List.<ChartSeries>of(),
                List.of(series("North", JAN_2025, null, null), new ChartSeries("South", List.of())))) {
            String svg = LineChart.render("chart-ot", TITLE, DESCRIPTION, "weeks", 18.0, nothing);
            Element root = root(svg);
            assertEquals("img", root.attr("role"));
            assertEquals("0 0 640 360", root.attr("viewBox"));
            assertEquals("chart-ot-title chart-ot-desc", root.attr("aria-labelledby"));
            assertEquals("title", root.child(0).tagName());
            assertTrue(root.child(0).text().contains("No figures yet"), root.child(0).text());
            assertTrue(root.child(0).text().contains(TITLE));
            assertTrue(root.child(1).text().contains("No figures yet"));
            Element text = root.selectFirst("text");
            assertEquals("No figures yet", text.text());
            assertEquals("middle", text.attr("text-anchor"));
            assertEquals("320", text.attr("x"));
            assertTrue(root.select("path").isEmpty());
        }
    }

    @Test
    void aSeriesWithNoFiguresIsInTheLegendOnly() {
        Element root = root(render(null, List.of(twelveMonths("North", 2), series("South", JAN_2025, null, null))));
        assertEquals(1, root.select("path.chart-line").size());
        assertEquals(List.of("North", "South (no figures)"), root.select("text.chart-legend-label").eachText());
        assertEquals(List.of("North"), root.select("text.chart-label").eachText());
    }

    @Test
    void aSingleMonthIsCentred() {
        Element root = root(render(null, List.of(series("North", JAN_2025, 7.0))));
        assertEquals(List.of("Jan 2025"), root.select("text.chart-month").eachText());
        assertEquals(1, root.select("g.chart-series .chart-marker").size());
    }

    @Test
    void badInputIsRefused() {
        List<ChartSeries> five = List.of(twelveMonths("A", 1), twelveMonths("B", 1), twelveMonths("C", 1),
                twelveMonths("D", 1), twelveMonths("E", 1));
        assertThrows(IllegalArgumentException.class, () -> render(null, five));
        assertThrows(IllegalArgumentException.class,
                () -> LineChart.render("two words", "T", "D", "weeks", null, List.of(twelveMonths("A", 1))));
        assertThrows(IllegalArgumentException.class,
                () -> LineChart.render("c", " ", "D", "weeks", null, List.of(twelveMonths("A", 1))));
        assertThrows(IllegalArgumentException.class, () -> render(null, List.of(series("A", JAN_2025, -1.0))));
        assertThrows(IllegalArgumentException.class, () -> render(null, List.of(series("A", JAN_2025, Double.NaN))));
        assertThrows(IllegalArgumentException.class, () -> render(null, List.of(series(" ", JAN_2025, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> render(-2.0, List.of(series("A", JAN_2025, 1.0))));
        List<ChartPoint> twice = List.of(new ChartPoint(JAN_2025, 1.0), new ChartPoint(JAN_2025, 2.0));
        assertThrows(IllegalArgumentException.class, () -> render(null, List.of(new ChartSeries("A", twice))));
    }

    /** Renders the sample chart into a page a person can open: target/chart-sample.html. */
    @Test
    void writesASamplePage() throws Exception {
        Path page = SamplePage.write(Path.of("target"));
        String html = Files.readString(page);
        Document doc = Jsoup.parse(html);
        assertEquals(1, doc.select("svg.chart").size());
        assertEquals(4, doc.select("svg.sparkline").size());
        assertTrue(doc.select("[style], style, script").isEmpty());
    }

    /** The sample page, chart and sparklines included, passes the Nu Html Checker (as vnu --html would run it). */
    @Test
    void theSamplePageIsValidHtml() throws Exception {
        assertEquals(List.of(), nuHtmlChecker(SamplePage.html()));
        String empty = SamplePage.html().replaceFirst("(?s)<svg .*?</svg>",
                LineChart.render("chart-none", "Nothing", "", "weeks", null, List.of()));
        assertEquals(List.of(), nuHtmlChecker(empty));
    }

    /** Guards the test above: the checker must complain about a bad attribute and a duplicate id in SVG. */
    @Test
    void theCheckerFindsErrorsInSvg() throws Exception {
        String broken = SamplePage.html().replaceFirst("class=\"chart\"", "class=\"chart\" bogus=\"1\"")
                .replace("id=\"chart-ot-desc\"", "id=\"chart-ot-title\"");
        List<String> errors = nuHtmlChecker(broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains("bogus")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
    }

    /**
     * Runs the Nu Html Checker in-process with vnu's html5-all schema and checkers. The checker's language
     * detector needs Jetty's {@code JSON} class, which the project supplies to tests in place of Jetty 9 (see
     * pom.xml); without it the checker cannot start at all, so these tests are skipped rather than failed.
     */
    private static List<String> nuHtmlChecker(String html) throws Exception {
        boolean checkerCanStart;
        try {
            Class.forName("org.eclipse.jetty.util.ajax.JSON", false, LineChartTest.class.getClassLoader());
            checkerCanStart = true;
        } catch (ClassNotFoundException e) {
            checkerCanStart = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(checkerCanStart,
                "the Nu Html Checker needs org.eclipse.jetty.util.ajax.JSON on the test classpath");
        nu.validator.validation.SimpleDocumentValidator validator =
                new nu.validator.validation.SimpleDocumentValidator(true, false, false);
        List<String> messages = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add("warning: " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                messages.add("error: " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setSystemId("file:/chart-sample.html");
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return messages;
    }
}
