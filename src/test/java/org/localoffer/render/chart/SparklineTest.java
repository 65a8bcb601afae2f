package org.localoffer.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);

    private static Element root(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(1, doc.children().size());
        return doc.child(0);
    }

    private static List<ChartPoint> rising() {
        return ChartSamples.points(JAN_2025, 20.0, 20.5, 21.0, 21.0, 21.5, 22.0, 22.0, 22.5, 23.0, 23.0, 23.5, 24.0);
    }

    @Test
    void isALabelledImageWithOneLineAndADotOnTheLastPoint() {
        String svg = Sparkline.render("weeks", rising());
        Element root = root(svg);
        assertEquals("svg", root.tagName());
        assertEquals("http://www.w3.org/2000/svg", root.attr("xmlns"));
        assertEquals("0 0 100 24", root.attr("viewBox"));
        assertEquals("img", root.attr("role"));
        assertEquals("sparkline", root.attr("class"));
        assertEquals("Trend over 12 months: from 20 to 24 weeks", root.attr("aria-label"));
        assertFalse(root.hasAttr("aria-hidden"));
        for (Element e : root.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().equals("style") || a.getKey().equals("id"), a.getKey());
            }
        }
        assertTrue(root.select("style, script, title, text").isEmpty());

        List<Element> paths = root.select("path, polyline");
        assertEquals(1, paths.size());
        Element line = paths.get(0);
        assertEquals("#1d4f91", line.attr("stroke"));
        assertEquals("2", line.attr("stroke-width"));
        assertEquals("none", line.attr("fill"));
        String d = line.attr("d");
        assertEquals(1, d.chars().filter(c -> c == 'M').count(), d);
        assertEquals(11, d.chars().filter(c -> c == 'L').count(), d);

        List<Element> dots = root.select("circle");
        assertEquals(1, dots.size());
        Element dot = dots.get(0);
        assertEquals("#1d4f91", dot.attr("fill"));
        assertTrue(d.endsWith("L" + dot.attr("cx") + " " + dot.attr("cy")), d + " / " + dot.outerHtml());
        // Rising figures: the line ends higher (smaller y) than it starts, and stays in the box.
        String[] first = d.substring(1, d.indexOf('L')).split(" ");
        assertTrue(Double.parseDouble(dot.attr("cy")) < Double.parseDouble(first[1]));
        for (String number : d.split("[MLh ]")) {
            if (!number.isEmpty()) {
                double v = Double.parseDouble(number);
                assertTrue(v >= 0 && v <= 100, d);
            }
        }
        assertTrue(Double.parseDouble(dot.attr("cx")) + 3 <= 100);
    }

    @Test
    void gapsBreakTheLineAndAreMentioned() {
        List<ChartPoint> points = ChartSamples.points(JAN_2025, 20.0, 21.0, null, null, 23.0, 24.0);
        Element root = root(Sparkline.render("weeks", points));
        String d = root.selectFirst("path").attr("d");
        assertEquals(2, d.chars().filter(c -> c == 'M').count(), d);
        assertEquals(2, d.chars().filter(c -> c == 'L').count(), d);
        assertEquals("Trend over 6 months: from 20 to 24 weeks (no figure for 2 months)", root.attr("aria-label"));
    }

    @Test
    void anIsolatedFigureIsStillDrawn() {
        List<ChartPoint> points = ChartSamples.points(JAN_2025, 20.0, null, 22.0, null, 23.0, 24.0);
        String d = root(Sparkline.render("weeks", points)).selectFirst("path").attr("d");
        assertEquals(3, d.chars().filter(c -> c == 'M').count(), d);
        assertEquals(2, d.split("h0", -1).length - 1, "a dot for each lone figure: " + d);
    }

    @Test
    void pointsMayComeInAnyOrder() {
        List<ChartPoint> points = new ArrayList<>(rising());
        Collections.reverse(points);
        assertEquals(Sparkline.render("weeks", rising()), Sparkline.render("weeks", points));
    }

    @Test
    void theLabelIsEscapedAndNumbersUseADot() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            String svg = Sparkline.render("\"days\" & <nights>",
                    ChartSamples.points(JAN_2025, 2.25, 3.0, 4.75));
            assertTrue(svg.contains("aria-label=\"Trend over 3 months: from 2.3 to 4.8 &quot;days&quot; &amp; &lt;nights&gt;\""),
                    svg);
            assertEquals("Trend over 3 months: from 2.3 to 4.8 \"days\" & <nights>", root(svg).attr("aria-label"));
            assertFalse(svg.contains(","), svg);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fewOrNoFigures() {
        Element none = root(Sparkline.render("weeks", List.of()));
        assertEquals("No figures yet", none.attr("aria-label"));
        assertEquals("img", none.attr("role"));
        assertTrue(none.select("path, circle").isEmpty());

        Element blanks = root(Sparkline.render("weeks", ChartSamples.points(JAN_2025, null, null)));
        assertEquals("No figures yet", blanks.attr("aria-label"));

        Element one = root(Sparkline.render("weeks", ChartSamples.points(JAN_2025, null, 7.0)));
        assertEquals("One month's figure only: 7 weeks", one.attr("aria-label"));
        assertEquals(1, one.select("circle").size());

        Element flat = root(Sparkline.render("weeks", ChartSamples.points(JAN_2025, 5.0, 5.0, 5.0)));
        assertEquals("Trend over 3 months: from 5 to 5 weeks", flat.attr("aria-label"));
        assertTrue(flat.selectFirst("path").attr("d").matches("M[\\d.]+ 12(L[\\d.]+ 12)+"));

        Element noUnit = root(Sparkline.render(null, ChartSamples.points(JAN_2025, 1.0, 2.0)));
        assertEquals("Trend over 2 months: from 1 to 2", noUnit.attr("aria-label"));
    }

    @Test
    void badFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Sparkline.render("weeks", ChartSamples.points(JAN_2025, 1.0, -3.0)));
        assertThrows(IllegalArgumentException.class, () -> Sparkline.render("weeks",
                List.of(new ChartPoint(JAN_2025, 1.0), new ChartPoint(JAN_2025, null))));
    }
}
