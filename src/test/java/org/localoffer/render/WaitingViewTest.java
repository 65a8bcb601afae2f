package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.data.EhcMonth;
import org.localoffer.data.WaitFigure;
import org.localoffer.data.WaitingData;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestData;
import org.localoffer.testing.TestSite;

class WaitingViewTest {

    private final Page ot = new PageReader(TestData.site(), TestData.data()).read("services/ot.md",
            TestSite.service("Occupational therapy", "").replace("availability: waiting-list",
                    "availability: waiting-list\nwaiting_times: occupational-therapy"), new Problems()).orElseThrow();

    private static WaitFigure f(String month, String area, double median, double longest) {
        return new WaitFigure(YearMonth.parse(month), "occupational-therapy", area, 50, median, longest, 0);
    }

    private WaitingView view(List<WaitFigure> figures, YearMonth now) {
        return new WaitingView(TestData.site(), new WaitingData(figures, List.of()), now);
    }

    @Test
    void summarisesTheLatestMonthPerAreaWithChangesAndTheGapInWords() {
        List<WaitFigure> figures = new ArrayList<>(List.of(
                f("2025-10", "north", 8, 15), f("2025-10", "south", 17, 30),
                f("2026-07", "north", 10, 19), f("2026-07", "south", 26, 55),
                f("2026-10", "north", 9, 18), f("2026-10", "south", 24, 50)));
        WaitingView.ServiceWaits w = view(figures, YearMonth.of(2026, 11)).forPage(ot).orElseThrow();
        assertEquals("October 2026", w.month());
        assertEquals(18, w.target());
        assertFalse(w.stale());
        assertEquals("Children in South wait about 15 weeks longer than in North for occupational therapy.", w.gapSentence());
        WaitingView.AreaWait north = w.areas().get(0);
        assertEquals("north", north.area());
        assertEquals("Down 1 week", north.change3Text());
        assertEquals("Up 1 week", north.change12Text());
        assertTrue(north.targetMet(), "longest 18 weeks is within 18");
        assertFalse(w.areas().get(1).targetMet());
        assertEquals("/waiting-times/occupational-therapy/", w.url());
        assertEquals(3, w.history().size());
        assertTrue(w.chart().startsWith("<svg"), w.chart());
    }

    @Test
    void saysNothingAboutASmallGapAndMarksOldFigures() {
        WaitingView.ServiceWaits w = view(List.of(f("2026-05", "north", 9, 18), f("2026-05", "south", 11, 20)),
                YearMonth.of(2026, 11)).forPage(ot).orElseThrow();
        assertEquals("", w.gapSentence());
        assertTrue(w.stale(), "May is more than 3 months before November");
        assertEquals("No figure for 3 months before", w.areas().get(0).change3Text());
    }

    @Test
    void leavesServicesWithoutFiguresAlone() {
        assertTrue(view(List.of(), YearMonth.of(2026, 11)).forPage(ot).isEmpty());
    }

    @Test
    void worksOutTwelveMonthEhcTimelinessAndItsTrend() {
        List<EhcMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            YearMonth m = YearMonth.of(2024, 11).plusMonths(i);
            months.add(new EhcMonth(m, 10, i < 12 ? 2 : 4, 0));
        }
        WaitingView.EhcView e = new WaitingView(TestData.site(), new WaitingData(List.of(), months), YearMonth.of(2026, 11))
                .ehc().orElseThrow();
        assertEquals("October 2026", e.month());
        assertEquals(40, e.percent12());
        assertEquals(48, e.within12());
        assertEquals("up from 20% in the 12 months before", e.trendText());
    }
}
